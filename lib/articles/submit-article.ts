import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { notify } from "@/lib/notifications/notify";
import { documentSchema } from "@/lib/articles/document-schema";
import { failedRequiredChecks, houseFormatChecks } from "@/lib/articles/house-format";

/**
 * Sends a draft (or a revision after "changes requested") to the review queue. The house format is
 * checked on the server with the same rules the studio shows; a stale version is a conflict.
 */
export async function submitArticle(
  actor: Actor | null,
  articleId: string,
  expectedVersion: number,
) {
  authorize(actor, "article:list-own", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      writerId: true,
      status: true,
      version: true,
      title: true,
      subtitle: true,
      datelineCity: true,
      sectionId: true,
      body: true,
      heroImageUrl: true,
      heroImageCaption: true,
      heroImageCredit: true,
      _count: { select: { topics: true } },
    },
  });
  if (!article || !can(actor, "article:open", article))
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:submit", article);
  const account = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, emailVerifiedAt: true },
  });
  authorize(actor, "user:reach-editors", account);
  if (article.version !== expectedVersion)
    throw new AppError(
      "CONFLICT",
      "Artikel ini sudah diubah di tempat lain. Muat ulang sebelum mengirim.",
    );

  const failed = failedRequiredChecks(
    houseFormatChecks({
      title: article.title,
      subtitle: article.subtitle,
      datelineCity: article.datelineCity,
      sectionId: article.sectionId,
      topicCount: article._count.topics,
      hero: {
        url: article.heroImageUrl,
        caption: article.heroImageCaption ?? "",
        credit: article.heroImageCredit ?? "",
      },
      body: documentSchema.parse(article.body),
    }),
  );
  if (failed.length) {
    throw new AppError(
      "INVALID",
      "Artikel belum memenuhi format: " + failed.map((c) => c.label).join("; ") + ".",
      { failedChecks: failed.map((c) => c.id) },
    );
  }

  const resubmission = article.status === "CHANGES_REQUESTED";
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, version: expectedVersion, status: article.status },
      data: {
        status: "SUBMITTED",
        submittedAt: new Date(),
        claimedById: null,
        claimedAt: null,
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        "Artikel ini sudah diubah di tempat lain. Muat ulang sebelum mengirim.",
      );
    const saved = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { version: true, title: true, subtitle: true, body: true },
    });
    await tx.revision.create({
      data: {
        articleId,
        version: saved.version,
        authorId: actor.id,
        title: saved.title,
        subtitle: saved.subtitle,
        body: saved.body ?? {},
        note: resubmission ? "Dikirim ulang" : "Dikirim untuk review",
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: resubmission ? "article.resubmit" : "article.submit",
      targetType: "Article",
      targetId: articleId,
      before: { status: article.status },
      after: { status: "SUBMITTED" },
    });
    const editors = await tx.user.findMany({
      where: { role: { in: ["EDITOR", "ADMIN"] }, suspendedAt: null },
      select: { id: true },
    });
    for (const editor of editors)
      await notify(tx, {
        userId: editor.id,
        type: resubmission ? "article.resubmitted" : "article.submitted",
        data: { articleId, title: saved.title },
      });
    return { version: saved.version };
  });
}
