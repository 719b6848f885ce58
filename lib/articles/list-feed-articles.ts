import "server-only";
import { db } from "@/lib/db";
import { publicArticleSelect, toPublicArticles } from "@/lib/articles/public-article";
import { publishedWhere, type PublishedFilter } from "@/lib/articles/published-where";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

/** How many items a feed carries. */
export const FEED_SIZE = 50;

async function loadFeedArticles(filter: PublishedFilter) {
  const rows = await db.article.findMany({
    where: publishedWhere(filter),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: publicArticleSelect,
  });
  return toPublicArticles(rows);
}

/** The newest published articles of a feed, tagged like the listing pages they mirror. */
export const listFeedArticles = cached(loadFeedArticles, "feed-articles", ([filter]) => [
  tags.articles,
  ...(filter.writerId ? [tags.writer(filter.writerId)] : []),
  ...(filter.sectionId ? [tags.sections] : []),
  ...(filter.topicId ? [tags.topics] : []),
]);
