import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StudioArticle } from "@/lib/articles/studio-rows";
import { formatWib } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";

type Props = { status: StudioArticle["status"]; articles: StudioArticle[]; locale: Locale };

export async function StudioArticleList({ status, articles, locale }: Props) {
  const t = await getTranslations("studio");
  return (
    <ul className="studio-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/tulis/artikel/${article.id}`}>{article.title}</Link>
          <span className="muted small">
            {" "}
            · {t("home.changed", { date: formatWib(new Date(article.updatedAt), locale) })}
            {status === "PUBLISHED" && ` · ${t("home.readers", { count: article.viewCount })}`}
          </span>
          {article.reviewNote && status === "CHANGES_REQUESTED" && (
            <p className="review-note">{t("home.editorNote", { note: article.reviewNote })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
