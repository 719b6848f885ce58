import "server-only";
import { db } from "@/lib/db";
import { HEADLINE_OPTIONS, headlineToHtml, MARK_START, MARK_STOP } from "@/lib/search/snippet";
import {
  parseSearchQuery,
  SEARCH_MESSAGES,
  type SearchQueryProblem,
} from "@/lib/search/search-query";
import { suggestQuery } from "@/lib/search/suggest-query";

// Full-text search over published articles, with PostgreSQL's `indonesian` configuration (stemming:
// "pertandingan" finds "bertanding"). Article."searchVector" is kept by a trigger: title weight A,
// subtitle B, body C. One round trip: candidates + capped count + rank + page, ts_headline only for
// the rows of the page.
//
// Bounded at archive scale: ranking every match of a common word ("jakarta": a quarter of a million
// articles at 1 M) took seconds, and so does finding the newest matches through the GIN index (it
// visits every match to sort them by date; the posting list alone of such a word costs 50–200 ms).
// So only a candidate set is ranked:
//  - the matches among the newest RECENT_WINDOW articles, read in date order (a fixed amount of
//    work), and, when the whole archive has at most COUNT_CAP matches, all of them (GIN: few);
//  - for a query of several words, up to TITLE_CANDIDATES articles whose title holds them all,
//    however old (an article's title typed in full has few such matches).
// Of the archive-wide matches only the newest RANKED_ARCHIVE are ranked.
// The trade: a query with more than COUNT_CAP matches ranks only the recent ones — an old
// body-only match is not reachable, a more specific query finds it; the total is counted up to
// COUNT_CAP ("lebih dari 1.000 hasil"), and for a word frequent in the window it is estimated
// (see `scope` below) rather than counted.

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;
export const CANDIDATES = 1000;
export const COUNT_CAP = 1000;
export const RECENT_WINDOW = 1000;
/** The window's share of matches, extrapolated to the archive, is this many times COUNT_CAP: "more". */
export const SURE_FACTOR = 10;
export const TITLE_CANDIDATES = 100;
/**
 * Of a large archive's matches (at most COUNT_CAP, all counted), the newest this many are ranked:
 * ranking reads each candidate's whole search vector from disk, and a query of several common
 * words has hundreds of old matches at 1 M articles where it has a handful at 10 k.
 */
export const RANKED_ARCHIVE = 200;

export type SearchHit = {
  id: string;
  title: string;
  slug: string;
  /** Top-level section slug for the article URL (the parent's slug for a sub-section). */
  sectionSlug: string;
  subtitle: string;
  publishedAt: Date;
  writer: { displayName: string; username: string };
  /** Safe HTML: escaped text, hits wrapped in <mark>…</mark>. */
  snippet: string;
};

export type SearchOutcome =
  | {
      kind: "ok";
      /** The normalized query (trimmed, whitespace collapsed). */
      query: string;
      /** Matches, counted up to COUNT_CAP (totalCapped: there are more). */
      total: number;
      totalCapped: boolean;
      page: number;
      pageSize: number;
      pageCount: number;
      results: SearchHit[];
      /** "Mungkin maksud Anda": computed only when there are no results, else null. */
      suggestion: string | null;
    }
  | {
      kind: SearchQueryProblem;
      query: string;
      /** Indonesian, for the reader. */
      message: string;
      total: 0;
      totalCapped: false;
      page: number;
      pageSize: number;
      pageCount: 0;
      results: [];
      suggestion: null;
    };

type Row = {
  searchable: boolean;
  total: number;
  ranked: number;
  id: string | null;
  title: string;
  slug: string;
  sectionSlug: string;
  subtitle: string;
  publishedAt: Date;
  writerDisplayName: string;
  writerUsername: string;
  headline: string | null;
};

export type SearchInput = {
  /** Raw user input (string, repeated parameter or absent): validated here. */
  query: unknown;
  page?: number;
  pageSize?: number;
};

/** Never throws for bad input: empty, too long or symbol-only queries come back as a `kind` with a message. */
export async function searchArticles({
  query: rawQuery,
  page: rawPage = 1,
  pageSize: rawPageSize = DEFAULT_PAGE_SIZE,
}: SearchInput): Promise<SearchOutcome> {
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;
  const pageSize = Number.isInteger(rawPageSize)
    ? Math.min(Math.max(rawPageSize, 1), MAX_PAGE_SIZE)
    : DEFAULT_PAGE_SIZE;
  const parsed = parseSearchQuery(rawQuery);
  if (parsed.kind !== "ok") return rejected(parsed.kind, parsed.query, page, pageSize);
  const { query } = parsed;

  // Ranking: a document whose title alone satisfies the query always comes first (+2); then
  // ts_rank_cd normalized to [0, 1) (flag 32), plus a small recency bonus (≤ 0.05, halving over
  // ~30 days) that only reorders near-equal ranks; ties by publication time. Only candidates are
  // ranked (see the top of this file); the count stops at COUNT_CAP + 1.
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (
      SELECT query, (numnode(query) > 0 AND querytree(query) <> 'T') AS searchable
      FROM websearch_to_tsquery('indonesian', ${query}) AS query
    ),
    -- The newest RECENT_WINDOW articles, read in date order from the index: a fixed amount of work.
    recent AS (
      SELECT r.id, r."publishedAt" FROM (
        SELECT a.id, a."publishedAt", a."searchVector" FROM "Article" a
        WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${RECENT_WINDOW}
      ) r, q
      WHERE q.searchable AND r."searchVector" @@ q.query
    ),
    -- How far the window answers for the whole archive: all of it (a small archive), or "more than
    -- COUNT_CAP" when its share of matches, extrapolated to the archive, is SURE_FACTOR times that
    -- (an estimate, not a count). Only otherwise does the GIN index count: a common word's posting
    -- list (a quarter of a million entries at 1 M) is what costs, not the articles it finds.
    counts AS (
      SELECT (SELECT count(*)::int FROM recent) AS found,
        coalesce((SELECT published FROM "ArticleListCount" WHERE key = 'all'), 0) AS archive
    ),
    scope AS (
      SELECT found, archive,
        archive > ${RECENT_WINDOW} AND found::bigint * archive >= ${SURE_FACTOR * COUNT_CAP * RECENT_WINDOW} AS sure
      FROM counts
    ),
    capped AS (
      SELECT a.id FROM "Article" a, q, scope
      WHERE scope.archive > ${RECENT_WINDOW} AND NOT scope.sure
        AND q.searchable AND a.status = 'PUBLISHED' AND a."searchVector" @@ q.query
      LIMIT ${COUNT_CAP + 1}
    ),
    -- At most COUNT_CAP matches in a large archive: capped holds them all.
    everything AS (
      SELECT id FROM capped WHERE (SELECT count(*) FROM capped) <= ${COUNT_CAP}
    ),
    -- Articles whose title holds every word of a query of several words, however old, when the
    -- matches are too many to rank them all: such a query (an article's title typed in full) has
    -- few title matches, so this stays cheap.
    titled AS (
      SELECT a.id FROM "Article" a, q, scope
      WHERE q.searchable AND numnode(q.query) > 1 AND scope.archive > ${RECENT_WINDOW}
        AND (scope.sure OR (SELECT count(*) FROM capped) > ${RANKED_ARCHIVE})
        AND a.status = 'PUBLISHED' AND a."searchVector" @@ q.query
        -- The title's own words (the search vector's weight A), through their own index. Asking
        -- the search vector for its A-weighted words instead reads every match's whole vector
        -- (65 s cold at 1 M); running to_tsvector over every match's title cost 10–40 ms.
        AND a."titleVector" @@ q.query
      LIMIT ${TITLE_CANDIDATES}
    ),
    -- Ranking reads each candidate's whole search vector (the body's words): of all the matches
    -- of a large archive, only the newest RANKED_ARCHIVE are ranked, besides the title matches.
    candidates AS (
      (SELECT id FROM recent ORDER BY "publishedAt" DESC, id DESC LIMIT ${CANDIDATES})
      UNION
      (SELECT e.id FROM everything e JOIN "Article" a ON a.id = e.id
       ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${RANKED_ARCHIVE})
      UNION
      SELECT id FROM titled
    ),
    matched AS (
      SELECT a.id, a."publishedAt",
        CASE WHEN a."titleVector" @@ q.query THEN 2 ELSE 0 END
        + ts_rank_cd(a."searchVector", q.query, 32)
        + 0.05 / (1 + greatest(extract(epoch FROM now() - a."publishedAt"), 0) / 2592000.0) AS score
      FROM candidates c JOIN "Article" a ON a.id = c.id, q
    ),
    page AS (
      SELECT id, score, "publishedAt" FROM matched
      ORDER BY score DESC, "publishedAt" DESC NULLS LAST, id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT q.searchable,
      (SELECT CASE WHEN archive <= ${RECENT_WINDOW} THEN found WHEN sure THEN ${COUNT_CAP + 1}
        ELSE (SELECT count(*)::int FROM capped) END FROM scope) AS total,
      (SELECT count(*)::int FROM matched) AS ranked,
      a.id, a.title, a.slug, coalesce(parent.slug, s.slug) AS "sectionSlug", a.subtitle, a."publishedAt",
      u."displayName" AS "writerDisplayName", u.username AS "writerUsername",
      CASE WHEN a.id IS NOT NULL THEN ts_headline('indonesian',
        translate(a."bodyText", ${MARK_START + MARK_STOP}, ''), q.query, ${HEADLINE_OPTIONS}) END AS headline
    FROM q
    LEFT JOIN page ON TRUE
    LEFT JOIN "Article" a ON a.id = page.id
    LEFT JOIN "Section" s ON s.id = a."sectionId"
    LEFT JOIN "Section" parent ON parent.id = s."parentId"
    LEFT JOIN "User" u ON u.id = a."writerId"
    ORDER BY page.score DESC, page."publishedAt" DESC NULLS LAST, page.id`;

  const first = rows[0];
  if (!first?.searchable) return rejected("no_terms", query, page, pageSize);

  const totalCapped = first.total > COUNT_CAP;
  const total = Math.min(first.total, COUNT_CAP);
  const results: SearchHit[] = rows
    .filter((row): row is Row & { id: string } => row.id !== null)
    .map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      sectionSlug: row.sectionSlug,
      subtitle: row.subtitle,
      publishedAt: row.publishedAt,
      writer: { displayName: row.writerDisplayName, username: row.writerUsername },
      snippet: headlineToHtml(row.headline ?? ""),
    }));

  return {
    kind: "ok",
    query,
    total,
    page,
    pageSize,
    totalCapped,
    // Only the ranked candidates can be paged through.
    pageCount: Math.ceil(Math.min(first.total, first.ranked) / pageSize),
    results,
    suggestion: total === 0 ? await suggestQuery(query) : null,
  };
}

function rejected(
  kind: SearchQueryProblem,
  query: string,
  page: number,
  pageSize: number,
): SearchOutcome {
  return {
    kind,
    query,
    message: SEARCH_MESSAGES[kind],
    total: 0,
    totalCapped: false,
    page,
    pageSize,
    pageCount: 0,
    results: [],
    suggestion: null,
  };
}
