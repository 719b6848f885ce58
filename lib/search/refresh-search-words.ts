import "server-only";
import { db, Prisma } from "@/lib/db";
import { articleWords } from "@/lib/search/article-words";

// SearchWord is the vocabulary of published articles, for typo suggestions (rule: article-words.ts).

/** Rebuilds SearchWord from every published article (readers keep seeing the old rows until commit). */
export async function refreshSearchWords(): Promise<{ words: number }> {
  const [, words] = await db.$transaction([
    db.$executeRaw`DELETE FROM "SearchWord"`,
    db.$executeRaw`INSERT INTO "SearchWord" (word, docs) ${articleWords(Prisma.sql`TRUE`)}`,
  ]);
  return { words };
}

/**
 * Adds the words of one article when it is published. Incremental and cheap: a word already known
 * gets docs + 1, so publishing the same article twice over-counts `docs` (only a tie-breaker for
 * suggestions) until the next refreshSearchWords(). Does nothing for an unpublished article.
 */
export async function addSearchWordsForArticle(articleId: string): Promise<{ words: number }> {
  const words = await db.$executeRaw`
    INSERT INTO "SearchWord" (word, docs) ${articleWords(Prisma.sql`a.id = ${articleId}`)}
    ON CONFLICT (word) DO UPDATE SET docs = "SearchWord".docs + 1`;
  return { words };
}
