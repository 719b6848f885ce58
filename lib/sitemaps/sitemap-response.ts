import "server-only";
import { listNewsSitemapArticles } from "@/lib/articles/list-news-sitemap-articles";
import { listSitemapArticles } from "@/lib/articles/list-sitemap-articles";
import { listSitemapRanges } from "@/lib/articles/list-sitemap-ranges";
import { tags } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { cacheableResponse } from "@/lib/http/cacheable-response";
import { listNavigationSections } from "@/lib/sections/list-navigation";
import { SITE_NAME } from "@/lib/seo/page-metadata";
import {
  articleSitemapPath,
  parseSitemapFile,
  SITEMAP_PATHS,
  type SitemapFile,
} from "@/lib/sitemaps/sitemap-files";
import { sitemapIndexXml, urlsetXml, type UrlEntry } from "@/lib/sitemaps/sitemap-xml";
import { listSitemapTopics } from "@/lib/topics/list-sitemap-topics";
import { listSitemapWriters } from "@/lib/users/list-sitemap-writers";

const url = (path: string) => new URL(path, env.SITE_URL).toString();
const XML = "application/xml; charset=utf-8";

const notFound = () =>
  new Response("Sitemap tidak ditemukan.", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/** /sitemap.xml: the taxonomy sitemaps, the news sitemap and one sitemap per article range. */
export async function sitemapIndexResponse(request: Request) {
  const ranges = await listSitemapRanges();
  const xml = sitemapIndexXml([
    { loc: url(SITEMAP_PATHS.news) },
    { loc: url(SITEMAP_PATHS.sections) },
    { loc: url(SITEMAP_PATHS.topics) },
    { loc: url(SITEMAP_PATHS.writers) },
    ...ranges.map((r) => ({ loc: url(articleSitemapPath(r.key)), lastmod: r.lastmod })),
  ]);
  return cacheableResponse(request, xml, { contentType: XML, tags: [tags.articles] });
}

async function entriesOf(
  file: SitemapFile,
): Promise<{ entries: UrlEntry[]; tags: string[] } | null> {
  switch (file.kind) {
    case "articles": {
      const articles = await listSitemapArticles(file.start.toISOString(), file.end.toISOString());
      // A well-formed range without a single published article is not a sitemap either.
      if (articles.length === 0) return null;
      return {
        tags: [tags.articles, tags.sections],
        entries: articles.map((a) => ({
          loc: url(a.path),
          lastmod: a.lastmod,
          images: a.image ? [{ loc: url(a.image.url), title: a.image.title }] : undefined,
        })),
      };
    }
    case "news": {
      const articles = await listNewsSitemapArticles();
      return {
        tags: [tags.articles],
        entries: articles.map((a) => ({
          loc: url(a.path),
          news: {
            name: SITE_NAME,
            language: "id",
            title: a.title,
            publicationDate: a.publishedAt,
            keywords: a.keywords.join(", ") || undefined,
          },
        })),
      };
    }
    case "sections": {
      const sections = await listNavigationSections();
      return {
        tags: [tags.sections],
        entries: sections.flatMap((s) => [
          { loc: url(s.href) },
          ...s.children.map((c) => ({ loc: url(c.href) })),
        ]),
      };
    }
    case "topics":
      return {
        tags: [tags.articles, tags.topics],
        entries: (await listSitemapTopics()).map((slug) => ({ loc: url(`/topik/${slug}`) })),
      };
    case "writers":
      return {
        tags: [tags.articles],
        entries: (await listSitemapWriters()).map((u) => ({ loc: url(`/penulis/${u}`) })),
      };
  }
}

/** /sitemaps/{file}: one sitemap, or 404 for a malformed or empty one. */
export async function sitemapFileResponse(request: Request, name: string) {
  const file = parseSitemapFile(name);
  if (!file) return notFound();
  const result = await entriesOf(file);
  if (!result) return notFound();
  return cacheableResponse(request, urlsetXml(result.entries), {
    contentType: XML,
    tags: result.tags,
  });
}
