import { ArticleAside } from "@/components/site/article-aside";
import { ArticleCard } from "@/components/site/article-card";
import type { ArticleCard as Card } from "@/lib/articles/article-card";
import { useTranslations } from "next-intl";
import { Suspense, type ComponentProps } from "react";

type Props = {
  children: React.ReactNode;
  /** The right-hand column on wide screens, below the article on phones. */
  aside: ComponentProps<typeof ArticleAside>;
  /** "Berita Terkini Lainnya" under the article: the newest ones not already in the column. */
  more: Card[];
};

/**
 * The article page's frame: the reading column (the article and whatever follows it, e.g. share
 * buttons and comments: pass them as children, after the article) beside the aside from 900 px,
 * and "Berita Terkini Lainnya" across the reading column below. On phones: article, aside, more.
 */
export function ArticleLayout({ children, aside, more }: Props) {
  const t = useTranslations("site.aside");
  return (
    <div className="article-layout">
      <div className="article-main">{children}</div>
      {/* Suspense boundaries (never suspending) let React hydrate these in their own, later tasks
          instead of one long task for the whole page (Lighthouse TBT on phones). */}
      <Suspense>
        <ArticleAside {...aside} />
      </Suspense>
      {more.length > 0 && (
        <Suspense>
          <section className="more-latest" aria-labelledby="more-latest-title">
            <h2 id="more-latest-title" className="block-title">
              {t("more")}
            </h2>
            <ul className="article-grid">
              {more.map((item) => (
                <li key={item.id}>
                  <ArticleCard article={item} layout="tile" showSubtitle={false} />
                </li>
              ))}
            </ul>
          </section>
        </Suspense>
      )}
    </div>
  );
}
