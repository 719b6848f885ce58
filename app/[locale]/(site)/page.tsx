import { PlainImage } from "@/components/site/plain-image";
import { getTranslations } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { ArticleCard } from "@/components/site/article-card";
import { PopularBlock, TopicsBlock } from "@/components/site/aside-blocks";
import { getHomePage } from "@/lib/articles/get-home-page";
import { formatWib } from "@/lib/format/dates";
import { pageMetadata, SITE_NAME } from "@/lib/seo/page-metadata";
import { listTrendingTopics } from "@/lib/topics/list-trending-topics";
import { enterLocale } from "@/lib/i18n/enter-locale";

// Publishing revalidates by tag at once; the timer only refreshes "Terpopuler" as views come in.
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  const title = `${SITE_NAME} — ${t("tagline")}`;
  return {
    ...pageMetadata({ locale, title, description: t("siteDescription"), path: "/" }),
    title: { absolute: title },
  };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const [home, topics, t, common] = await Promise.all([
    getHomePage(),
    listTrendingTopics(12),
    getTranslations("site.home"),
    getTranslations("common"),
  ]);
  const { headline } = home;
  return (
    <div className="home">
      <h1 className="visually-hidden">
        {SITE_NAME} — {common("tagline")}
      </h1>
      {headline && (
        <section aria-labelledby="headline-title" className="headline">
          {headline.heroImageUrl && (
            <PlainImage
              src={headline.heroImageUrl}
              alt={headline.heroImageAlt}
              width={1200}
              height={675}
              sizes="(min-width: 1120px) 640px, (min-width: 800px) 58vw, 100vw"
              priority
              className="headline-image"
            />
          )}
          <div className="headline-text">
            <p className="card-kicker">{t("headlineKicker", { section: headline.sectionName })}</p>
            <h2 id="headline-title" className="headline-title">
              <Link prefetch={false} href={headline.href}>
                {headline.title}
              </Link>
            </h2>
            {headline.subtitle && <p className="headline-subtitle">{headline.subtitle}</p>}
            <p className="card-meta">
              {headline.writerName} ·{" "}
              <time dateTime={headline.publishedAt}>
                {formatWib(new Date(headline.publishedAt), locale)}
              </time>
            </p>
          </div>
        </section>
      )}

      <div className="home-columns">
        <section aria-labelledby="latest-title" className="home-latest">
          <h2 id="latest-title" className="block-title">
            {t("latest")}
          </h2>
          <ul className="article-list">
            {home.latest.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>

        <aside className="home-aside">
          <PopularBlock id="popular-title" title={t("popular")} items={home.popular} />
          <TopicsBlock id="topics-title" title={t("topics")} topics={topics} />
        </aside>
      </div>

      {home.sections.map((section) => (
        <section
          key={section.href}
          aria-labelledby={`section-${section.href.slice(1)}`}
          className="home-section"
        >
          <h2 id={`section-${section.href.slice(1)}`} className="block-title">
            <Link prefetch={false} href={section.href}>
              {section.name}
            </Link>
          </h2>
          <ul className="article-grid">
            {section.articles.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} layout="tile" showSubtitle={false} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
