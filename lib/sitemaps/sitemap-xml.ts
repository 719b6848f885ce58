import { XMLBuilder } from "fast-xml-parser";

// Sitemap documents are built as objects and serialised by fast-xml-parser, which escapes every
// text and attribute value: no XML is put together from strings.

const NS = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  image: "http://www.google.com/schemas/sitemap-image/1.1",
  news: "http://www.google.com/schemas/sitemap-news/0.9",
};

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  suppressEmptyNode: true,
});

const declaration = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" } };

export type UrlEntry = {
  loc: string;
  lastmod?: string;
  images?: { loc: string; title?: string }[];
  news?: {
    name: string;
    language: string;
    title: string;
    publicationDate: string;
    keywords?: string;
  };
};

function urlNode(entry: UrlEntry) {
  return {
    loc: entry.loc,
    ...(entry.lastmod && { lastmod: entry.lastmod }),
    ...(entry.images?.length && {
      "image:image": entry.images.map((image) => ({
        "image:loc": image.loc,
        ...(image.title && { "image:title": image.title }),
      })),
    }),
    ...(entry.news && {
      "news:news": {
        "news:publication": {
          "news:name": entry.news.name,
          "news:language": entry.news.language,
        },
        "news:publication_date": entry.news.publicationDate,
        "news:title": entry.news.title,
        ...(entry.news.keywords && { "news:keywords": entry.news.keywords }),
      },
    }),
  };
}

/** A <urlset>, declaring the image and news namespaces only when an entry uses them. */
export function urlsetXml(entries: UrlEntry[]): string {
  const hasImages = entries.some((e) => e.images?.length);
  const hasNews = entries.some((e) => e.news);
  return builder.build({
    ...declaration,
    urlset: {
      "@_xmlns": NS.sitemap,
      ...(hasImages && { "@_xmlns:image": NS.image }),
      ...(hasNews && { "@_xmlns:news": NS.news }),
      url: entries.map(urlNode),
    },
  });
}

/** A <sitemapindex> of sitemap files. */
export function sitemapIndexXml(sitemaps: { loc: string; lastmod?: string }[]): string {
  return builder.build({
    ...declaration,
    sitemapindex: {
      "@_xmlns": NS.sitemap,
      sitemap: sitemaps.map((s) => ({ loc: s.loc, ...(s.lastmod && { lastmod: s.lastmod }) })),
    },
  });
}
