import type { Metadata } from "next";

export const SITE_NAME = "Warta";
export const SITE_DESCRIPTION =
  "Warta: portal berita komunitas. Tulisan para penulis komunitas, diperiksa dan disunting oleh redaksi.";

type PageMetadataInput = {
  title: string;
  description: string;
  /** Canonical path, e.g. "/news/judul-artikel" or "/news?halaman=2". */
  path: string;
  image?: string | null;
  type?: "website" | "article" | "profile";
  publishedTime?: string;
  modifiedTime?: string;
  noIndex?: boolean;
  /** A feed of this page's own articles (a section, topic or writer), advertised beside the site's. */
  feed?: { title: string; path: string };
};

/** `<link rel="alternate">` to the site's feeds, and to the page's own feeds when it has them. */
function feedAlternates(feed: PageMetadataInput["feed"]) {
  const feeds = [{ title: SITE_NAME, path: "" }, ...(feed ? [feed] : [])];
  return {
    "application/rss+xml": feeds.map((f) => ({
      url: `${f.path}/rss.xml`,
      title: `${f.title} (RSS)`,
    })),
    "application/atom+xml": feeds.map((f) => ({
      url: `${f.path}/atom.xml`,
      title: `${f.title} (Atom)`,
    })),
  };
}

/** Title, description, canonical URL, Open Graph and Twitter tags for one page. */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const images = input.image ? [{ url: input.image }] : undefined;
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: input.path, types: feedAlternates(input.feed) },
    robots: input.noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      title: input.title,
      description: input.description,
      url: input.path,
      siteName: SITE_NAME,
      locale: "id_ID",
      type: input.type ?? "website",
      images,
      ...(input.type === "article" && {
        publishedTime: input.publishedTime,
        modifiedTime: input.modifiedTime,
      }),
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: input.title,
      description: input.description,
      images: input.image ? [input.image] : undefined,
    },
  };
}

export function withPage(path: string, page: number) {
  return page > 1 ? `${path}?halaman=${page}` : path;
}
