import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { compareWithShingles, shingleSet } from "@/lib/articles/originality/shingles";

export type SimilarArticle = {
  id: string;
  title: string;
  href: string;
  /** Share of the submission's five-word shingles found in this article, 0..1. */
  overlap: number;
  /** The longest passage of the submission found in this article. */
  passage: string;
};

/** How many published articles the full-text prefilter hands to the exact comparison. */
const CANDIDATES = 30;
/** Words of the submission that steer the prefilter: the ones fewest published articles use. */
const DISTINCTIVE_WORDS = 30;
const RESULTS = 5;
const MIN_OVERLAP = 0.01;

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

  const text = [article.title, article.subtitle, article.bodyText].filter(Boolean).join("\n\n");
  const own = shingleSet(text);
  if (own.size === 0) return [];

  // Words are split on anything but letters and digits, so they cannot carry tsquery operators.
  const candidates = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH words AS (
      SELECT DISTINCT w.word FROM regexp_split_to_table(lower(${text}), '[^[:alnum:]]+') AS w(word)
      WHERE length(w.word) BETWEEN 4 AND 30 AND w.word ~ '[[:alpha:]]'
    ), distinctive AS (
      SELECT words.word FROM words LEFT JOIN "SearchWord" s ON s.word = words.word
      ORDER BY s.docs IS NULL, s.docs, length(words.word) DESC, words.word
      LIMIT ${DISTINCTIVE_WORDS}
    ), query AS (
      SELECT to_tsquery('indonesian', string_agg(word, ' | ')) AS q FROM distinctive
    ), by_words AS (
      SELECT a.id FROM "Article" a, query
      WHERE a.status = 'PUBLISHED' AND a.id <> ${articleId} AND a."searchVector" @@ query.q
      ORDER BY ts_rank(a."searchVector", query.q) DESC, a.id
      LIMIT ${CANDIDATES}
    ), by_title AS (
      SELECT a.id FROM "Article" a
      WHERE a.status = 'PUBLISHED' AND a.id <> ${articleId} AND similarity(a.title, ${article.title}) > 0.5
      ORDER BY similarity(a.title, ${article.title}) DESC, a.id
      LIMIT 5
    )
    SELECT id FROM by_words UNION SELECT id FROM by_title`);
  if (!candidates.length) return [];

  const rows = await db.article.findMany({
    where: { id: { in: candidates.map((c) => c.id) }, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      subtitle: true,
      bodyText: true,
      slug: true,
      section: { select: sectionPathSelect },
    },
  });
  return rows
    .map((row): SimilarArticle => {
      const { overlap, passage } = compareWithShingles(
        text,
        shingleSet([row.title, row.subtitle, row.bodyText].filter(Boolean).join("\n\n")),
      );
      return {
        id: row.id,
        title: row.title,
        href: articlePath(row.slug, row.section),
        overlap,
        passage,
      };
    })
    .filter((match) => match.overlap >= MIN_OVERLAP)
    .sort((a, b) => b.overlap - a.overlap || a.title.localeCompare(b.title))
    .slice(0, RESULTS);
}
