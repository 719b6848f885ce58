import "server-only";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { diffWords, type DiffPart } from "@/lib/articles/text-diff";
import { trimDiffContext } from "@/lib/articles/corrections/trim-diff";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { pageCount, type Page } from "@/lib/pagination";

// The site-wide correction log (/ralat): every correction of a published article, newest first,
// with the word-level diff of what it changed when it changed the text.

const PAGE_SIZE = 20;

export type CorrectionEntry = {
  id: string;
  note: string;
  at: string;
  article: { title: string; path: string };
  diff: DiffPart[] | null;
};

async function loadCorrections(page: number): Promise<Page<CorrectionEntry>> {
  const where = { kind: "CORRECTION" as const, article: { status: "PUBLISHED" as const } };
  const [total, rows] = await Promise.all([
    db.articlePublicChange.count({ where }),
    db.articlePublicChange.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        note: true,
        createdAt: true,
        beforeText: true,
        afterText: true,
        article: { select: { title: true, slug: true, section: { select: sectionPathSelect } } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageCount: pageCount(total, PAGE_SIZE),
    items: rows.map((row) => ({
      id: row.id,
      note: row.note,
      at: row.createdAt.toISOString(),
      article: {
        title: row.article.title,
        path: articlePath(row.article.slug, row.article.section),
      },
      diff:
        row.beforeText !== null && row.afterText !== null
          ? trimDiffContext(diffWords(row.beforeText, row.afterText))
          : null,
    })),
  };
}

/** Cached like every reader list; a correction or update expires the `articles` tag. */
export const listCorrections = cached(loadCorrections, "corrections", () => [tags.articles]);
