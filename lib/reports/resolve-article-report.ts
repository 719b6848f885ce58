import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { addCorrection } from "@/lib/articles/publication/add-correction";
import { unpublishArticle } from "@/lib/articles/publication/unpublish-article";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { startJobs } from "@/lib/jobs/run-jobs";
import { notify } from "@/lib/notifications/notify";

export const RESOLUTION_LABELS = {
  NO_ACTION: "tidak ada tindakan",
  CORRECTED: "artikel diralat",
  UNPUBLISHED: "artikel ditarik",
} as const;

export const resolveArticleReportSchema = z.object({
  resolution: z.enum(["NO_ACTION", "CORRECTED", "UNPUBLISHED"], { error: "Pilih keputusan." }),
  /** The correction note, the unpublishing reason, or (no action) an optional word to the desk. */
  note: z.string().trim().max(1000, "Catatan paling banyak 1.000 karakter.").default(""),
});

/**
 * An editor decides on a report: no action, a correction on the article, or unpublishing it
 * (through the article's own verbs). Every open report on that article is closed with the same
 * decision and each signed-in reporter is told.
 */
export async function resolveArticleReport(
  actor: Actor | null,
  reportId: string,
  rawInput: unknown,
) {
  authorize(actor, "article-report:resolve", undefined);
  const input = resolveArticleReportSchema.parse(rawInput);
  const report = await db.articleReport.findUnique({
    where: { id: reportId },
    select: { articleId: true, resolvedAt: true, article: { select: { title: true } } },
  });
  if (!report) throw new AppError("NOT_FOUND", "Laporan tidak ditemukan.");
  if (report.resolvedAt) throw new AppError("CONFLICT", "Laporan ini sudah diputuskan.");

  const articleTags: string[] = [];
  if (input.resolution === "CORRECTED")
    articleTags.push(...(await addCorrection(actor, report.articleId, { note: input.note })).tags);
  if (input.resolution === "UNPUBLISHED")
    articleTags.push(
      ...(await unpublishArticle(actor, report.articleId, { reason: input.note })).tags,
    );

  const emails = await db.$transaction(async (tx) => {
    const open = await tx.articleReport.findMany({
      where: { articleId: report.articleId, resolvedAt: null },
      select: { id: true, reporterId: true },
    });
    await tx.articleReport.updateMany({
      where: { id: { in: open.map((r) => r.id) } },
      data: {
        resolution: input.resolution,
        resolutionNote: input.note || null,
        resolvedById: actor.id,
        resolvedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article_report.resolve",
      targetType: "Article",
      targetId: report.articleId,
      after: { resolution: input.resolution, reports: open.map((r) => r.id) },
    });
    const reporters = [...new Set(open.flatMap((r) => (r.reporterId ? [r.reporterId] : [])))];
    const label = RESOLUTION_LABELS[input.resolution];
    const emails = [];
    for (const userId of reporters)
      emails.push(
        await notify(tx, {
          userId,
          type: "article_report.resolved",
          data: { articleId: report.articleId, title: report.article.title, label },
        }),
      );
    return emails;
  });
  startJobs(emails.map((email) => email?.jobId));
  return { tags: [...articleTags, tags.comments(report.articleId)] };
}
