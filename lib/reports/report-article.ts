import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { throttleComment } from "@/lib/comments/comment-throttle";
import { articleReportReasonSchema } from "@/lib/comments/report-reason-schemas";

export const reportArticleSchema = z
  .object({
    reason: articleReportReasonSchema,
    note: z.string().trim().max(2000, "Keterangan paling banyak 2.000 karakter.").default(""),
  })
  .refine((input) => input.reason !== "FALSE_FACT" || input.note.length >= 10, {
    path: ["note"],
    message: "Jelaskan fakta mana yang salah, minimal 10 karakter.",
  });

const LIMITS = [{ name: "hour", limit: 10, windowSeconds: 3600 }] as const;

/** Any reader reports a published article to the desk; a signed-in one hears the outcome. */
export async function reportArticle(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
  { ip }: { ip: string },
) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:report", article);
  const input = reportArticleSchema.parse(rawInput);
  await throttleComment("article-report", { userId: actor?.id, ip }, LIMITS);
  const report = await db.articleReport.create({
    data: { articleId, reporterId: actor?.id ?? null, reason: input.reason, note: input.note },
    select: { id: true },
  });
  return { id: report.id };
}
