import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { documentJson, documentSchema } from "@/lib/articles/document-schema";
import { countWords, documentText, renderDocumentHtml } from "@/lib/articles/render-document";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { sameContent } from "@/lib/articles/revisions/revision-text";
import { AppError } from "@/lib/errors";

export const restoreRevisionSchema = z.object({
  revisionId: z.string().min(1).max(40),
  /** The article version the editor was looking at; a newer one is a conflict. */
  expectedVersion: z.coerce.number().int().positive(),
});

const CONFLICT_MESSAGE =
  "Artikel ini sudah diubah sejak halaman dibuka. Muat ulang lalu pilih lagi versi yang ingin dipulihkan.";

/**
 * Brings back the title, subtitle and body of an earlier version. History is never rewritten: the
 * restored content becomes a new article version with its own revision ("Dipulihkan dari versi N"),
 * and the content it replaces is first kept as a revision if no revision holds it yet.
 */
export async function restoreRevision(actor: Actor | null, articleId: string, rawInput: unknown) {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      writerId: true,
      status: true,
      version: true,
      title: true,
      subtitle: true,
      body: true,
      lastEditedById: true,
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:publish", article);
  authorize(actor, "article:edit", article);
  const input = restoreRevisionSchema.parse(rawInput);

  const revision = await db.revision.findFirst({
    where: { id: input.revisionId, articleId },
    select: { version: true, title: true, subtitle: true, body: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", "Versi tidak ditemukan.");
  if (article.version !== input.expectedVersion) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  if (sameContent(revision, article))
    throw new AppError("INVALID", "Isi artikel saat ini sudah sama dengan versi ini.");
  const parsed = documentSchema.safeParse(revision.body);
  if (!parsed.success)
    throw new AppError(
      "INVALID",
      "Versi ini tidak dapat dipulihkan karena formatnya sudah tidak didukung.",
    );

  const doc = parsed.data;
  const bodyText = documentText(doc);
  const now = new Date();
  const newVersion = input.expectedVersion + 1;
  return db.$transaction(async (tx) => {
    // The content being replaced may exist only in the article row (a save that kept no revision).
    await tx.revision.createMany({
      data: [
        {
          articleId,
          version: article.version,
          authorId: article.lastEditedById,
          title: article.title,
          subtitle: article.subtitle,
          body: article.body ?? {},
          note: "Sebelum pemulihan",
        },
      ],
      skipDuplicates: true,
    });
    const { count } = await tx.article.updateMany({
      where: { id: articleId, version: input.expectedVersion },
      data: {
        title: revision.title,
        subtitle: revision.subtitle,
        body: documentJson(doc),
        bodyHtml: renderDocumentHtml(doc),
        bodyText,
        wordCount: countWords(bodyText),
        lastEditedById: actor.id,
        version: { increment: 1 },
        ...(article.status === "PUBLISHED" && { contentUpdatedAt: now }),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    await tx.revision.create({
      data: {
        articleId,
        version: newVersion,
        authorId: actor.id,
        title: revision.title,
        subtitle: revision.subtitle,
        body: documentJson(doc),
        note: `Dipulihkan dari versi ${revision.version}`,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.restore_revision",
      targetType: "Article",
      targetId: articleId,
      before: { version: article.version, title: article.title },
      after: { version: newVersion, title: revision.title, restoredFromVersion: revision.version },
    });
    return {
      version: newVersion,
      tags: article.status === "PUBLISHED" ? [tags.articles, tags.article(articleId)] : [],
    };
  });
}
