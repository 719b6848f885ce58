import { useLocale, useTranslations } from "next-intl";
import { JsonLd } from "@/components/article/json-ld";
import type { ArticlePageData } from "@/lib/articles/article-page-data";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/paths";
import { SITE_NAME } from "@/lib/seo/page-metadata";

type Props = { article: ArticlePageData; siteUrl: string };

/** The publisher, with the logo search engines show beside its articles. */
export function publisherJsonLd(siteUrl: string) {
  return {
    "@type": "NewsMediaOrganization",
    name: SITE_NAME,
    url: new URL("/", siteUrl).toString(),
    logo: {
      "@type": "ImageObject",
      url: new URL("/icons/icon-512.png", siteUrl).toString(),
      width: 512,
      height: 512,
    },
  };
}

/**
 * NewsArticle for Verified Writers (the desk vouches for them as reporters), BlogPosting for
 * everyone else; both name the editor who approved the piece.
 */
export function articleJsonLd(article: ArticlePageData, siteUrl: string, locale: Locale = "id") {
  const url = (path: string) => new URL(path, siteUrl).toString();
  // The page it describes is this language's (its canonical URL); the text stays the article's.
  const page = url(localizedPath(locale, article.path));
  return {
    "@context": "https://schema.org",
    "@type": article.writer.verified ? "NewsArticle" : "BlogPosting",
    headline: article.title,
    description: article.description,
    datePublished: article.publishedAt,
    dateModified: article.contentUpdatedAt ?? article.publishedAt,
    mainEntityOfPage: page,
    url: page,
    image: article.hero ? [url(article.hero.url)] : undefined,
    author: {
      "@type": "Person",
      name: article.writer.displayName,
      url: url(`/penulis/${article.writer.username}`),
    },
    editor: article.editorName ? { "@type": "Person", name: article.editorName } : undefined,
    publisher: publisherJsonLd(siteUrl),
    articleSection: article.section.name,
    keywords: article.topics.map((t) => t.name).join(", ") || undefined,
    wordCount: article.wordCount,
    isBasedOn: article.source?.url ?? undefined,
    inLanguage: "id-ID",
  };
}

/**
 * Beranda › section (› sub-section) › article, as the breadcrumb on the page shows it: in the
 * page's language, with its URLs. The article itself (articleJsonLd) keeps its own language.
 */
export function breadcrumbJsonLd(
  article: ArticlePageData,
  siteUrl: string,
  locale: Locale = "id",
  homeName = "Beranda",
) {
  const url = (path: string) => new URL(localizedPath(locale, path), siteUrl).toString();
  const trail = [
    { name: homeName, item: url("/") },
    ...(article.section.parent
      ? [{ name: article.section.parent.name, item: url(article.section.parent.href) }]
      : []),
    { name: article.section.name, item: url(article.section.href) },
    { name: article.title, item: url(article.path) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, ...crumb })),
  };
}

export function ArticleJsonLd({ article, siteUrl }: Props) {
  const locale = useLocale();
  const t = useTranslations("common");
  return (
    <>
      <JsonLd data={articleJsonLd(article, siteUrl, locale)} />
      <JsonLd data={breadcrumbJsonLd(article, siteUrl, locale, t("home"))} />
    </>
  );
}
