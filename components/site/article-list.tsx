import type { ArticleCard as Card } from "@/lib/articles/article-card";
import { ArticleCard } from "@/components/site/article-card";

export function ArticleList({ articles, empty = "Belum ada artikel." }: { articles: Card[]; empty?: string }) {
  if (!articles.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} />
        </li>
      ))}
    </ul>
  );
}
