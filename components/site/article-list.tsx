import type { ArticleCard as Card } from "@/lib/articles/article-card";
import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { ArticleCard, type CardLayout } from "@/components/site/article-card";

type Props = {
  articles: Card[];
  empty?: string;
  headingLevel?: 2 | 3;
  layout?: CardLayout;
  /** True when the list opens the page: its first picture is then the largest paint, not lazy. */
  leadsPage?: boolean;
  showSubtitle?: boolean;
};

/** How far down a list a picture can still be on the first screen of a phone. */
const ABOVE_THE_FOLD = 3;

/** A list of article cards; use headingLevel 2 when no section heading stands above the list. */
export function ArticleList({
  articles,
  empty,
  headingLevel = 3,
  layout = "row",
  leadsPage = false,
  showSubtitle = true,
}: Props) {
  const t = useTranslations("site.list");
  if (!articles.length) return <p className="muted">{empty ?? t("empty")}</p>;
  const firstPicture = leadsPage
    ? articles.slice(0, ABOVE_THE_FOLD).findIndex((a) => a.heroImageUrl)
    : -1;
  // A boundary that never suspends: React hydrates the list in its own task (see ArticleLayout).
  return (
    <Suspense>
      <ul className={layout === "tile" ? "article-grid" : "article-list"}>
        {articles.map((article, index) => (
          <li key={article.id}>
            <ArticleCard
              article={article}
              headingLevel={headingLevel}
              layout={layout}
              showSubtitle={showSubtitle}
              priority={index === firstPicture}
            />
          </li>
        ))}
      </ul>
    </Suspense>
  );
}
