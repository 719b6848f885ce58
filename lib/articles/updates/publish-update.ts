import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articlePath, sectionPathSelect } from "@/lib/articles/article-card";
import { documentSchema } from "@/lib/articles/document-schema";
import { uniqueArticleSlug } from "@/lib/articles/publication/unique-article-slug";
import { countWords, documentText, renderDocumentHtml } from "@/lib/articles/render-document";
import { findLivePendingUpdate } from "@/lib/articles/updates/pending-update";
import { readableText } from "@/lib/articles/updates/readable-text";
import { notify } from "@/lib/notifications/notify";

export const publishUpdateSchema = z
  .object({
    /** MINOR: a typo-level fix, no public note. UPDATE ("Pembaruan") and CORRECTION ("Ralat") are public. */
    kind: z.enum(["MINOR", "UPDATE", "CORRECTION"], "Pilih jenis perubahan."),
    note: z.string().trim().max(1000, "Catatan paling banyak 1.000 karakter.").default(""),
    /** Give the article the new title's address; the old one keeps redirecting. */
    renameSlug: z.boolean().default(false),
  })
  .refine((input) => input.kind === "MINOR" || input.note.length >= 10, {
    message: "Tulis catatan untuk pembaca, minimal 10 karakter.",
    path: ["note"],
  });

const NOTE_PREFIX = { UPDATE: "Pembaruan", CORRECTION: "Ralat" } as const;

/**
 * Publishes the desk's pending update of a live article: its fields replace the live ones, a
 * revision records the new text, and a substantive update or correction adds its public note to
 * the article's log and moves "Diperbarui" (and dateModified) to now. A minor fix is a revision
 * only. Refused as a CONFLICT when the live article moved on since the update started.
 */
export async function publishUpdate(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
  now = new Date(),
) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:publish", article);
  authorize(actor, "article:edit", article);
  const input = publishUpdateSchema.parse(rawInput);

  return db.$transaction(async (tx) => {
    const [live] = await tx.$queryRaw<{ version: number; status: string }[]>`
      SELECT version, status::text FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    if (!live || live.status !== "PUBLISHED")
      throw new AppError("CONFLICT", "Artikel ini sudah tidak terbit. Muat ulang halaman.");
    const pending = await findLivePendingUpdate(articleId, live.version, tx);
    if (!pending)
      throw new AppError(
        "CONFLICT",
        "Tidak ada pembaruan yang tersimpan untuk versi yang sedang terbit. Muat ulang lalu sunting lagi.",
      );
    const before = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        title: true,
        subtitle: true,
        body: true,
        slug: true,
        section: { select: sectionPathSelect },
      },
    });
    const doc = documentSchema.parse(pending.body);
    const bodyText = documentText(doc);
    const version = pending.version + 1;
    const slug =
      input.renameSlug && pending.title !== before.title
        ? await uniqueArticleSlug(tx, pending.title, articleId)
        : before.slug;

    const updated = await tx.article.update({
      where: { id: articleId },
      data: {
        title: pending.title,
        subtitle: pending.subtitle,
        datelineCity: pending.datelineCity,
        sectionId: pending.sectionId,
        body: pending.body ?? {},
        bodyHtml: renderDocumentHtml(doc),
        bodyText,
        wordCount: countWords(bodyText),
        heroImageUrl: pending.heroImageUrl,
        heroImageAlt: pending.heroImageAlt,
        heroImageCaption: pending.heroImageCaption,
        heroImageCredit: pending.heroImageCredit,
        proposedTopics: pending.proposedTopics,
        slug,
        version,
        lastEditedById: actor.id,
        ...(input.kind !== "MINOR" && { contentUpdatedAt: now }),
      },
      select: { slug: true, writerId: true, section: { select: sectionPathSelect } },
    });
    if (slug !== before.slug) {
      await tx.slugRedirect.deleteMany({ where: { kind: "ARTICLE", oldSlug: slug } });
      await tx.slugRedirect.upsert({
        where: { kind_oldSlug: { kind: "ARTICLE", oldSlug: before.slug } },
        create: { kind: "ARTICLE", oldSlug: before.slug, targetId: articleId },
        update: { targetId: articleId },
      });
    }
    const topics = pending.topicIds.length
      ? await tx.topic.findMany({ where: { id: { in: pending.topicIds } }, select: { id: true } })
      : [];
    await tx.articleTopic.deleteMany({ where: { articleId } });
    if (topics.length)
      await tx.articleTopic.createMany({ data: topics.map((t) => ({ articleId, topicId: t.id })) });
    await tx.articlePendingUpdate.delete({ where: { articleId } });

    await tx.revision.create({
      data: {
        articleId,
        version,
        authorId: actor.id,
        title: pending.title,
        subtitle: pending.subtitle,
        body: pending.body ?? {},
        note:
          input.kind === "MINOR" ? "Perbaikan kecil" : `${NOTE_PREFIX[input.kind]}: ${input.note}`,
      },
    });
    if (input.kind !== "MINOR")
      await tx.articlePublicChange.create({
        data: {
          articleId,
          kind: input.kind,
          note: input.note,
          authorId: actor.id,
          beforeText: readableText(before),
          afterText: readableText({
            title: pending.title,
            subtitle: pending.subtitle,
            body: pending.body,
          }),
          version,
          createdAt: now,
        },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.update_published",
      targetType: "Article",
      targetId: articleId,
      before: { version: live.version, slug: before.slug },
      after: { version, slug, kind: input.kind, note: input.note || null },
    });
    const oldPath = articlePath(before.slug, before.section);
    const path = articlePath(updated.slug, updated.section);
    // The writer hears of every change the desk makes to their live story, and of their own
    // proposed update going out (only the writer submits one).
    if (updated.writerId !== actor.id)
      await notify(tx, {
        userId: updated.writerId,
        type: pending.submittedAt ? "article.update_accepted" : "article.update_published",
        data: { articleId, title: pending.title, path, ...(input.note && { note: input.note }) },
      });
    return {
      version,
      path,
      oldPath,
      tags: [
        tags.articles,
        tags.article(articleId),
        tags.writer(updated.writerId),
        `article-slug:${before.slug}`,
        `article-slug:${updated.slug}`,
      ],
    };
  });
}
