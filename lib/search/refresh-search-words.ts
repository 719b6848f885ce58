import "server-only";
import { db, Prisma } from "@/lib/db";

// SearchWord is the vocabulary of published articles (title, subtitle and body), for typo
// suggestions. Words are lowercased, split on anything that is not a letter or digit, 3–30
// characters long and contain at least one letter; `docs` counts the articles using the word.

const articleWords = (where: Prisma.Sql) => Prisma.sql`
  SELECT w.word, count(DISTINCT a.id)::int AS docs
  FROM "Article" a
  CROSS JOIN LATERAL regexp_split_to_table(
    lower(a.title || ' ' || a.subtitle || ' ' || a."bodyText"), '[^[:alnum:]]+'
  ) AS w(word)
  WHERE a.status = 'PUBLISHED' AND ${where}
    AND length(w.word) BETWEEN 3 AND 30 AND w.word ~ '[[:alpha:]]'
  GROUP BY w.word`;

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
