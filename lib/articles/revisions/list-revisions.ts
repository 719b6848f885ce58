import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { diffWords, type DiffPart } from "@/lib/articles/text-diff";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { bodyTextOf, sameContent } from "@/lib/articles/revisions/revision-text";

/** Older versions than this are not listed: a page of a hundred diffs is already more than anyone reads. */
const LIMIT = 100;

export type RevisionChanges = {
  title: DiffPart[] | null;
  subtitle: DiffPart[] | null;
  body: DiffPart[] | null;
};

export type RevisionEntry = {
  id: string;
  version: number;
  authorName: string | null;
  createdAt: string;
  note: string | null;
  /** The newest version whose content the article has now. */
  isCurrent: boolean;
  /** The version the changes are measured against; null for the first one. */
  previousVersion: number | null;
  /** Against the previous version; null for the first one. A field that did not change is null. */
  changes: RevisionChanges | null;
};

export type RevisionHistory = {
  article: { id: string; title: string; status: ArticleStatus; version: number };
  revisions: RevisionEntry[];
  canRestore: boolean;
};

const changed = (before: string, after: string) =>
  before === after ? null : diffWords(before, after);

/** Every saved version of an article, newest first, each with what changed since the one before. Editors only. */
export async function listRevisions(
  actor: Actor | null,
  articleId: string,
): Promise<RevisionHistory> {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      writerId: true,
      status: true,
      version: true,
      title: true,
      subtitle: true,
      body: true,
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:review", article);

  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    take: LIMIT + 1,
    select: {
      id: true,
      version: true,
      title: true,
      subtitle: true,
      body: true,
      note: true,
      createdAt: true,
      author: { select: { displayName: true } },
    },
  });
  const texts = rows.map((row) => bodyTextOf(row.body));
  const current = rows.findIndex((row) => sameContent(row, article));
  const revisions = rows.slice(0, LIMIT).map((row, i): RevisionEntry => {
    const previous = rows[i + 1];
    return {
      id: row.id,
      version: row.version,
      authorName: row.author?.displayName ?? null,
      createdAt: row.createdAt.toISOString(),
      note: row.note,
      isCurrent: i === current,
      previousVersion: previous?.version ?? null,
      changes: previous
        ? {
            title: changed(previous.title, row.title),
            subtitle: changed(previous.subtitle, row.subtitle),
            body: changed(texts[i + 1], texts[i]),
          }
        : null,
    };
  });
  return {
    article: {
      id: article.id,
      title: article.title,
      status: article.status,
      version: article.version,
    },
    revisions,
    canRestore: can(actor, "article:publish", article) && can(actor, "article:edit", article),
  };
}
