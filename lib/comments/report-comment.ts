import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commentTags } from "@/lib/comments/comment-tags";
import { throttleComment } from "@/lib/comments/comment-throttle";
import { loadComment } from "@/lib/comments/load-comment";
import { refreshCommentCount } from "@/lib/comments/refresh-comment-count";
import { commentReportReasonSchema } from "@/lib/comments/report-reason-schemas";

/** This many distinct open reports take a comment out of view until a moderator decides. */
export const HIDE_AFTER_REPORTS = 3;

export const reportCommentSchema = z.object({
  reason: commentReportReasonSchema,
  note: z.string().trim().max(500, "Keterangan paling banyak 500 karakter.").optional(),
});

const REPORT_LIMITS = [{ name: "hour", limit: 20, windowSeconds: 3600 }] as const;

/** A signed-in reader reports someone else's comment, once per comment. */
export async function reportComment(
  actor: Actor | null,
  commentId: string,
  rawInput: unknown,
  { ip }: { ip: string },
) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Masuk terlebih dahulu untuk melapor.");
  const comment = await loadComment(commentId);
  authorize(actor, "comment:report", comment);
  const input = reportCommentSchema.parse(rawInput);
  await throttleComment("comment-report", { userId: actor.id, ip }, REPORT_LIMITS);

  const hidden = await db
    .$transaction(async (tx) => {
      await tx.commentReport.create({
        data: { commentId, reporterId: actor.id, reason: input.reason, note: input.note || null },
        select: { id: true },
      });
      // One statement: concurrent third reports cannot both miss the threshold.
      const [row] = await tx.$queryRaw<{ reportCount: number; status: string }[]>`
        UPDATE "Comment" SET "reportCount" = "reportCount" + 1,
          status = CASE WHEN "reportCount" + 1 >= ${HIDE_AFTER_REPORTS} AND status = 'PUBLISHED'
                        THEN 'HIDDEN'::"CommentStatus" ELSE status END
        WHERE id = ${commentId}
        RETURNING "reportCount", status::text AS status`;
      if (row?.status === "HIDDEN") await refreshCommentCount(tx, comment.articleId);
      return row?.status === "HIDDEN";
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new AppError("CONFLICT", "Anda sudah melaporkan komentar ini. Terima kasih.");
      throw error;
    });
  return { hidden, tags: hidden ? commentTags(comment.articleId, comment.authorId) : [] };
}
