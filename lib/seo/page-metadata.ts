import type { Metadata } from "next";
import { catalogs } from "@/lib/i18n/catalog";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";

export const SITE_NAME = "Warta";
/** The default language's description, for what has no language of its own (manifest, feeds). */
export const SITE_DESCRIPTION = catalogs[defaultLocale].common.siteDescription;

type PageMetadataInput = {
  /** The interface's language: the canonical URL is this language's, with hreflang to the others. */
  locale: Locale;
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

/** hreflang: the same page in every language, Indonesian as the default for everyone else. */
function languageAlternates(path: string): Record<string, string> {
  const byLanguage = Object.fromEntries(locales.map((l) => [l, localizedPath(l, path)]));
  return { ...byLanguage, "x-default": localizedPath("id", path) };
}

/** Title, description, canonical URL, Open Graph and Twitter tags for one page. */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const images = input.image ? [{ url: input.image }] : undefined;
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: localizedPath(input.locale, input.path),
      languages: languageAlternates(input.path),
      types: feedAlternates(input.feed),
    },
    robots: input.noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      title: input.title,
      description: input.description,
      url: localizedPath(input.locale, input.path),
      siteName: SITE_NAME,
      locale: input.locale === "en" ? "en_GB" : "id_ID",
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
