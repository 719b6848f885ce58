import type { ArticleCard as Card } from "@/lib/articles/article-card";
import { ArticleCard } from "@/components/site/article-card";

type Props = { articles: Card[]; empty?: string; headingLevel?: 2 | 3 };

/** A list of article cards; use headingLevel 2 when no section heading stands above the list. */
export function ArticleList({ articles, empty = "Belum ada artikel.", headingLevel = 3 }: Props) {
  if (!articles.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
