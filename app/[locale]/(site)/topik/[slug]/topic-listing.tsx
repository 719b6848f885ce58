import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/paths";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import type { Locale } from "@/lib/i18n/locales";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { parsePageNumber } from "@/lib/pagination";
import { pageMetadata, withPage } from "@/lib/seo/page-metadata";
import { getTopic } from "@/lib/topics/get-topic";

export async function topicMetadata(locale: Locale, slug: string, rawPage?: string) {
  const lookup = await getTopic(slug);
  if (lookup.kind !== "found") return {};
  const page = parsePageNumber(rawPage) ?? 1;
  const { topic } = lookup;
  const t = await getTranslations({ locale, namespace: "site.topic" });
  return pageMetadata({
    locale,
    title:
      page > 1 ? t("pagedTitle", { name: topic.name, page }) : t("title", { name: topic.name }),
    description: topic.description || t("description", { name: topic.name }),
    path: withPage(`/topik/${topic.slug}`, page),
    feed: { title: `Topik ${topic.name}`, path: `/topik/${topic.slug}` },
  });
}

export async function TopicListing({ slug, rawPage }: { slug: string; rawPage?: string }) {
  const page = parsePageNumber(rawPage);
  if (!page) notFound();
  const lookup = await getTopic(slug);
  if (lookup.kind === "redirect")
    permanentRedirect(localizedPath(await getLocale(), withPage(lookup.to, page)));
  if (lookup.kind === "not-found") notFound();
  const { topic } = lookup;
  const articles = await listPublishedArticles({ topicId: topic.id }, page);
  if (page > articles.pageCount) notFound();
  const [t, common] = await Promise.all([getTranslations("site.topic"), getTranslations("common")]);
  return (
    <div className="listing">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              {common("home")}
            </Link>
          </li>
          <li aria-current="page">{t("breadcrumb")}</li>
        </ol>
      </nav>
      <h1 className="listing-title">{t("heading", { name: topic.name })}</h1>
      <p className="listing-description">
        {topic.description || t("count", { count: articles.total, name: topic.name })}
      </p>
      <ArticleList headingLevel={2} leadsPage articles={articles.items} empty={t("empty")} />
      <Pagination basePath={`/topik/${topic.slug}`} page={page} pageCount={articles.pageCount} />
    </div>
  );
}
