// Names of the sitemap files under /sitemaps/. Article sitemaps are ranges of publication time
// (a UTC month, or a UTC day for a month too large for one file), so a file's contents never
// move to another file as new articles are published: old sitemaps stay as search engines saw them.

export const SITEMAP_URL_LIMIT = 50_000;
export const NEWS_SITEMAP_LIMIT = 1_000;

export type SitemapFile =
  | { kind: "articles"; key: string; start: Date; end: Date }
  | { kind: "sections" | "topics" | "writers" | "news" };

const FIXED: Record<string, SitemapFile> = {
  "rubrik.xml": { kind: "sections" },
  "topik.xml": { kind: "topics" },
  "penulis.xml": { kind: "writers" },
  "berita.xml": { kind: "news" },
};

const ARTICLES = /^artikel-(\d{4})-(\d{2})(?:-(\d{2}))?\.xml$/;

/** Parses a file name; anything malformed (month 13, 31 February, "?halaman") is null → 404. */
export function parseSitemapFile(name: string): SitemapFile | null {
  if (FIXED[name]) return FIXED[name];
  const match = ARTICLES.exec(name);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] && Number(match[3])];
  if (year < 1970 || month < 1 || month > 12) return null;
  const start = new Date(Date.UTC(year, month - 1, day || 1));
  if (day && start.getUTCDate() !== day) return null;
  const end = day
    ? new Date(Date.UTC(year, month - 1, day + 1))
    : new Date(Date.UTC(year, month, 1));
  return { kind: "articles", key: name.slice("artikel-".length, -".xml".length), start, end };
}

export const articleSitemapPath = (key: string) => `/sitemaps/artikel-${key}.xml`;
export const SITEMAP_PATHS = {
  index: "/sitemap.xml",
  sections: "/sitemaps/rubrik.xml",
  topics: "/sitemaps/topik.xml",
  writers: "/sitemaps/penulis.xml",
  news: "/sitemaps/berita.xml",
} as const;
