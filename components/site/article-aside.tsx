import { useLocale, useTranslations } from "next-intl";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { PopularBlock, TopicsBlock } from "@/components/site/aside-blocks";
import type { ArticleCard } from "@/lib/articles/article-card";
import { formatDateShort } from "@/lib/format/dates";
import type { PopularLink } from "@/lib/views/list-popular-articles";

type Props = {
  popular: PopularLink[];
  latest: ArticleCard[];
  topics: { slug: string; name: string }[];
};

/**
 * The article page's right-hand column (below the article on phones): what readers of Kompas or
 * IDN Times look for next. Every list comes from a cached loader, so the page stays static.
 */
export function ArticleAside({ popular, latest, topics }: Props) {
  const t = useTranslations("site.aside");
  const locale = useLocale();
  return (
    <aside className="article-aside" aria-label={t("label")}>
      <PopularBlock id="aside-popular-title" title={t("popular")} items={popular} />
      {latest.length > 0 && (
        <section aria-labelledby="aside-latest-title">
          <h2 id="aside-latest-title" className="block-title">
            {t("latest")}
          </h2>
          <ol className="latest-links">
            {latest.map((item) => (
              <li key={item.id}>
                <Link prefetch={false} href={item.href}>
                  {item.title}
                </Link>
                <span className="latest-links-meta">
                  {item.sectionName} ·{" "}
                  <time dateTime={item.publishedAt}>
                    {formatDateShort(new Date(item.publishedAt), locale)}
                  </time>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <TopicsBlock id="aside-topics-title" title={t("topics")} topics={topics} />
    </aside>
  );
}
