import { Prisma } from "../generated/prisma/client";

// The vocabulary rule for typo suggestions, in one place for the app and the seed (which runs
// outside Next and so cannot import server-only modules): words of published articles' title,
// subtitle and body, lowercased, split on anything that is not a letter or digit, 3–30 characters
// with at least one letter; `docs` counts the articles using the word.
export const articleWords = (where: Prisma.Sql) => Prisma.sql`
  SELECT w.word, count(DISTINCT a.id)::int AS docs
  FROM "Article" a
  CROSS JOIN LATERAL regexp_split_to_table(
    lower(a.title || ' ' || a.subtitle || ' ' || a."bodyText"), '[^[:alnum:]]+'
  ) AS w(word)
  WHERE a.status = 'PUBLISHED' AND ${where}
    AND length(w.word) BETWEEN 3 AND 30 AND w.word ~ '[[:alpha:]]'
  GROUP BY w.word`;
