import { describe, expect, it } from "vitest";
import { articleJsonLd, breadcrumbJsonLd } from "@/components/article/article-json-ld";
import type { ArticlePageData } from "@/lib/articles/article-page-data";

const SITE = "https://warta.example";
const article = (verified: boolean): ArticlePageData => ({
  id: "a1",
  path: "/news/banjir-bandung",
  title: "Banjir di Bandung",
  subtitle: "",
  datelineCity: "Bandung",
  bodyHtml: "<p>Isi</p>",
  description: "Air naik sejak subuh.",
  sections: [],
  hero: {
    url: "/media/2026/12/0123456789abcdef-1200.webp",
    alt: "Banjir",
    caption: "",
    credit: "",
  },
  section: {
    name: "Jawa Barat",
    href: "/news/jawa-barat",
    parent: { name: "News", href: "/news" },
  },
  topics: [{ name: "Cuaca", slug: "cuaca" }],
  writer: {
    displayName: "Sinta",
    username: "sinta",
    avatarUrl: null,
    bio: "",
    verified,
    isDemo: false,
  },
  editorName: "Rudi Editor",
  publishedAt: "2026-12-01T02:00:00.000Z",
  contentUpdatedAt: null,
  publicChanges: [],
  source: null,
  wordCount: 120,
});

describe("article structured data", () => {
  it("is a NewsArticle for a Verified Writer and a BlogPosting otherwise, both naming the editor", () => {
    expect(articleJsonLd(article(true), SITE)["@type"]).toBe("NewsArticle");
    const post = articleJsonLd(article(false), SITE);
    expect(post).toMatchObject({
      "@type": "BlogPosting",
      editor: { "@type": "Person", name: "Rudi Editor" },
      author: { name: "Sinta", url: `${SITE}/penulis/sinta` },
      image: [`${SITE}/media/2026/12/0123456789abcdef-1200.webp`],
      publisher: {
        name: "Warta",
        logo: { "@type": "ImageObject", url: `${SITE}/icons/icon-512.png`, width: 512 },
      },
    });
  });

  it("has a breadcrumb from the home page through the sections to the article", () => {
    const crumbs = breadcrumbJsonLd(article(true), SITE).itemListElement;
    expect(crumbs.map((c) => [c.position, c.name, c.item])).toEqual([
      [1, "Beranda", `${SITE}/`],
      [2, "News", `${SITE}/news`],
      [3, "Jawa Barat", `${SITE}/news/jawa-barat`],
      [4, "Banjir di Bandung", `${SITE}/news/banjir-bandung`],
    ]);
  });

  it("names the English breadcrumb in English, with the English pages' URLs", () => {
    const crumbs = breadcrumbJsonLd(article(true), SITE, "en", "Home").itemListElement;
    expect(crumbs.map((c) => [c.name, c.item])).toEqual([
      ["Home", `${SITE}/en`],
      ["News", `${SITE}/en/news`],
      ["Jawa Barat", `${SITE}/en/news/jawa-barat`],
      ["Banjir di Bandung", `${SITE}/en/news/banjir-bandung`],
    ]);
    expect(articleJsonLd(article(true), SITE).inLanguage).toBe("id-ID");
    // On the English page it points at that page, whose canonical URL it is.
    const english = articleJsonLd(article(true), SITE, "en");
    expect(english.inLanguage).toBe("id-ID");
    expect(english.mainEntityOfPage).toMatch(/\/en\//);
  });
});
