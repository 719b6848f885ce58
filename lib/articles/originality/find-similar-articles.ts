import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { similarToArchive } from "@/lib/articles/originality/similar-to-archive";

export type SimilarArticle = {
  id: string;
  title: string;
  href: string;
  /** Share of the submission's five-word shingles found in this article, 0..1. */
  overlap: number;
  /** The longest passage of the submission found in this article. */
  passage: string;
};

/**
 * Published articles whose text the submission repeats, closest first. PostgreSQL narrows the
 * archive to a few candidates (full-text match on the submission's rarest words, using the
 * SearchWord vocabulary's document counts, plus near-identical titles by trigram); TypeScript then
 * measures the exact overlap of five-word shingles. Editors only.
 */
export async function findSimilarArticles(
  actor: Actor | null,
  articleId: string,
): Promise<SimilarArticle[]> {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, title: true, subtitle: true, bodyText: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", article);

  return similarToArchive(articleId, article);
}
