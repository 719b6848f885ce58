import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleLayout } from "@/components/site/article-layout";
import { getArticlePage } from "@/lib/articles/get-article-page";
import { listLatestArticles } from "@/lib/articles/list-latest-articles";
import { env } from "@/lib/env";
import { getSection } from "@/lib/sections/get-section";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { listTrendingTopics } from "@/lib/topics/list-trending-topics";
import { listPopularArticles } from "@/lib/views/list-popular-articles";
import { SectionListing, sectionMetadata } from "../section-listing";
import { ArticleView } from "@/components/article/article-view";
import { WithdrawnNotice } from "./withdrawn-notice";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { localizedPath } from "@/lib/i18n/paths";

// /{section}/{slug} is either an article (/news/judul-artikel) or a sub-section (/news/dunia).
// Article slugs never equal a section slug; articles are far more common, so they are looked up first.
type Props = { params: Promise<{ locale: string; section: string; slug: string }> };

export const revalidate = 3600;
export const generateStaticParams = async () => [];

const LATEST_IN_ASIDE = 5;
const MORE_BELOW = 6;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const { section, slug } = await params;
  const lookup = await getArticlePage(section, slug);
  if (lookup.kind === "not-found" && (await getSection([section, slug])).kind === "found")
    return sectionMetadata(locale, [section, slug]);
  if (lookup.kind === "gone")
    return pageMetadata({
      locale,
      title: lookup.title,
      description: (await getTranslations({ locale, namespace: "site.withdrawn" }))("description"),
      path: `/${section}/${slug}`,
      noIndex: true,
    });
  if (lookup.kind !== "found") return {};
  const { article } = lookup;
  return pageMetadata({
    locale,
    title: article.title,
    description: article.description,
    path: article.path,
    image: article.hero?.url,
    type: "article",
    publishedTime: article.publishedAt,
    modifiedTime: article.contentUpdatedAt ?? undefined,
  });
}

export default async function ArticleOrSubsectionPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { section, slug } = await params;
  // All at once (one round trip of waiting, not four); the lists are the same for every article
  // (one cache entry each, not one per article), minus the article itself.
  const [lookup, newest, popular, topics] = await Promise.all([
    getArticlePage(section, slug),
    listLatestArticles(LATEST_IN_ASIDE + MORE_BELOW + 1),
    listPopularArticles(5),
    listTrendingTopics(10),
  ]);
  if (lookup.kind === "not-found") {
    const sectionLookup = await getSection([section, slug]);
    if (sectionLookup.kind === "found") return <SectionListing path={[section, slug]} />;
    if (sectionLookup.kind === "redirect")
      permanentRedirect(localizedPath(locale, sectionLookup.to));
    notFound();
  }
  if (lookup.kind === "redirect") permanentRedirect(localizedPath(locale, lookup.to));
  if (lookup.kind === "gone")
    return <WithdrawnNotice title={lookup.title} reason={lookup.reason} />;

  const latest = newest.filter((card) => card.id !== lookup.article.id);
  return (
    <ArticleLayout
      aside={{ popular, latest: latest.slice(0, LATEST_IN_ASIDE), topics }}
      more={latest.slice(LATEST_IN_ASIDE, LATEST_IN_ASIDE + MORE_BELOW)}
    >
      <ArticleView article={lookup.article} siteUrl={env.SITE_URL} />
    </ArticleLayout>
  );
}
