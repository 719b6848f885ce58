import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { documentSchema } from "@/lib/articles/document-schema";
import { documentText } from "@/lib/articles/render-document";
import { diffWords, hasChanges, type DiffPart } from "@/lib/articles/text-diff";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type EditorChanges = {
  /** The writer's last submitted version. */
  from: { version: number; at: string };
  /** The editor's version: what is published, or the editor's latest revision. */
  to: { version: number; at: string; editorName: string | null };
  title: DiffPart[];
  subtitle: DiffPart[];
  body: DiffPart[];
  changed: boolean;
};

export type EditorChangesPage = {
  article: { id: string; title: string; status: ArticleStatus };
  /** Null when the editor has not touched the text since the writer last submitted it. */
  changes: EditorChanges | null;
};

type Content = { title: string; subtitle: string; body: Prisma.JsonValue };

function textOf(body: Prisma.JsonValue) {
  const parsed = documentSchema.safeParse(body);
  return parsed.success ? documentText(parsed.data) : "";
}

/**
 * What the desk changed in the writer's text: the writer's last submitted revision against the
 * editor's version, word by word (title, subtitle, body). The editor's version is the article as it
 * stands when an editor saved it last (that is what readers see once published), otherwise the
 * newest revision an editor made after the submission. Private editorial notes are never part of it.
 */
export async function getEditorChanges(
  actor: Actor | null,
  articleId: string,
): Promise<EditorChangesPage> {
  authorize(actor, "article:list-own", undefined);
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
      updatedAt: true,
      lastEditedById: true,
    },
  });
  if (!article || !can(actor, "article:open", article))
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  const summary = { id: article.id, title: article.title, status: article.status };

  const base = await db.revision.findFirst({
    where: { articleId, authorId: article.writerId },
    orderBy: { version: "desc" },
    select: { version: true, title: true, subtitle: true, body: true, createdAt: true },
  });
  if (!base) return { article: summary, changes: null };

  let target: (Content & { version: number; at: Date; editorId: string | null }) | null = null;
  if (
    article.lastEditedById &&
    article.lastEditedById !== article.writerId &&
    article.version > base.version
  ) {
    target = { ...article, at: article.updatedAt, editorId: article.lastEditedById };
  } else {
    const revision = await db.revision.findFirst({
      where: { articleId, version: { gt: base.version }, authorId: { not: article.writerId } },
      orderBy: { version: "desc" },
      select: {
        version: true,
        title: true,
        subtitle: true,
        body: true,
        createdAt: true,
        authorId: true,
      },
    });
    if (revision) target = { ...revision, at: revision.createdAt, editorId: revision.authorId };
  }
  if (!target) return { article: summary, changes: null };

  const editor = target.editorId
    ? await db.user.findUnique({ where: { id: target.editorId }, select: { displayName: true } })
    : null;
  const title = diffWords(base.title, target.title);
  const subtitle = diffWords(base.subtitle, target.subtitle);
  const body = diffWords(textOf(base.body), textOf(target.body));
  return {
    article: summary,
    changes: {
      from: { version: base.version, at: base.createdAt.toISOString() },
      to: {
        version: target.version,
        at: target.at.toISOString(),
        editorName: editor?.displayName ?? null,
      },
      title,
      subtitle,
      body,
      changed: hasChanges(title) || hasChanges(subtitle) || hasChanges(body),
    },
  };
}
