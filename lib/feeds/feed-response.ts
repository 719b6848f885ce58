import "server-only";
import { listFeedArticles } from "@/lib/articles/list-feed-articles";
import { tags } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { buildFeed, type FeedFormat } from "@/lib/feeds/build-feed";
import { feedPath, resolveFeedScope, type FeedRequest } from "@/lib/feeds/feed-scope";
import { cacheableResponse } from "@/lib/http/cacheable-response";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

function tagsOf(feed: FeedRequest, writerId?: string) {
  return [
    tags.articles,
    ...(feed.kind === "section" ? [tags.sections] : []),
    ...(feed.kind === "topic" ? [tags.topics] : []),
    ...(writerId ? [tags.writer(writerId)] : []),
  ];
}

/** Answers one feed URL: the feed, a 308 to a renamed subject's feed, or 404 for an unknown one. */
export async function feedResponse(request: Request, format: FeedFormat, feed: FeedRequest) {
  const lookup = await resolveFeedScope(feed);
  if (lookup.kind === "not-found")
    return new Response("Feed tidak ditemukan.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  if (lookup.kind === "redirect")
    return Response.redirect(new URL(feedPath(lookup.to, format), env.SITE_URL), 308);
  const articles = await listFeedArticles(lookup.scope.filter);
  const xml = buildFeed(format, lookup.scope, articles, env.SITE_URL);
  return cacheableResponse(request, xml, {
    contentType: CONTENT_TYPES[format],
    tags: tagsOf(feed, lookup.scope.filter.writerId),
  });
}
