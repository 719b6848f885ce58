import { Feed, type Item } from "feed";
import type { PublicArticle } from "@/lib/articles/public-article";
import { escapeHtml } from "@/lib/articles/render-document";
import { feedPath, type FeedScope } from "@/lib/feeds/feed-scope";
import { imageTypeOf } from "@/lib/feeds/image-type";
import { SITE_NAME } from "@/lib/seo/page-metadata";

export type FeedFormat = "rss" | "atom";

/**
 * Rendered HTML carries site-relative links and images; a feed reader shows it on another origin.
 * The renderer (render-document.ts) escapes every attribute, so a `="/` can only open a URL.
 */
function absoluteLinks(html: string, siteUrl: string) {
  const origin = siteUrl.replace(/\/$/, "");
  return html.replace(/(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

/** Identifies an article for good: the id never changes when a slug or a section is renamed. */
export function articleGuid(articleId: string, siteUrl: string) {
  return `tag:${new URL(siteUrl).hostname},2026:article:${articleId}`;
}

function itemOf(article: PublicArticle, format: FeedFormat, siteUrl: string): Item {
  const url = (path: string) => new URL(path, siteUrl).toString();
  const writer = {
    name: article.writer.displayName,
    link: url(`/penulis/${article.writer.username}`),
  };
  const hero = article.hero && url(article.hero.url);
  // Titles and summaries travel as HTML in both formats (RSS by custom, Atom's type="html"), so
  // plain text is escaped: a title with "<b>" shows the characters, it does not become bold.
  return {
    title: escapeHtml(article.title),
    id: articleGuid(article.id, siteUrl),
    guid: articleGuid(article.id, siteUrl),
    link: url(article.path),
    date: new Date(article.updatedAt),
    published: new Date(article.publishedAt),
    description: escapeHtml(article.summary),
    // Every Warta feed is full-text: the body is the same allow-listed HTML the article page shows.
    content: absoluteLinks(article.bodyHtml, siteUrl),
    category: [
      { name: article.section.name, domain: url(article.section.path), term: article.section.slug },
      ...article.topics.map((t) => ({
        name: t.name,
        domain: url(`/topik/${t.slug}`),
        term: t.slug,
      })),
    ],
    image: hero
      ? { url: hero, type: imageTypeOf(hero), length: 0, title: article.hero?.alt }
      : undefined,
    // RSS 2.0's <author> wants an e-mail address, which Warta never publishes: RSS names the
    // writer (and the approving editor) with Dublin Core instead, Atom with <author>/<contributor>.
    ...(format === "atom"
      ? {
          author: [writer],
          contributor: article.editor ? [{ name: article.editor.displayName }] : undefined,
        }
      : {
          extensions: [
            // RSS has no element for the last change; Atom's, in the atom namespace the feed declares.
            { name: "atom:updated", objects: { _text: article.updatedAt } },
            { name: "dc:creator", objects: { _text: writer.name } },
            ...(article.editor
              ? [{ name: "dc:contributor", objects: { _text: article.editor.displayName } }]
              : []),
          ],
        }),
  };
}

/** One feed document (RSS 2.0 or Atom 1.0) of the scope's newest articles, built by the `feed` library. */
export function buildFeed(
  format: FeedFormat,
  scope: FeedScope,
  articles: PublicArticle[],
  siteUrl: string,
): string {
  const url = (path: string) => new URL(path, siteUrl).toString();
  // The newest change, not "now": an unchanged feed keeps its bytes and so its ETag.
  const updated = articles.reduce(
    (latest, a) => (a.updatedAt > latest ? a.updatedAt : latest),
    articles[0]?.publishedAt ?? new Date(0).toISOString(),
  );
  const feed = new Feed({
    id: url(scope.path),
    title: scope.title,
    description: scope.description,
    link: url(scope.path),
    language: "id",
    updated: new Date(updated),
    generator: SITE_NAME,
    image: url("/icons/icon-512.png"),
    favicon: url("/favicon.ico"),
    copyright: `Hak cipta tulisan pada para penulisnya; diterbitkan oleh ${SITE_NAME}.`,
    feedLinks: {
      rss: url(feedPath(scope.path, "rss")),
      atom: url(feedPath(scope.path, "atom")),
    },
    ttl: 15,
  });
  for (const article of articles) feed.addItem(itemOf(article, format, siteUrl));
  return format === "rss" ? feed.rss2() : feed.atom1();
}
