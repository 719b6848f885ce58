import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const setArticleCommentsSchema = z.object({
  /** "closed", "open", or "default" to follow the site default again. */
  mode: z.enum(["closed", "open", "default"], { error: "Pilih status komentar." }),
});

/** An editor closes comments on one article (sensitive news) or opens them again. */
export async function setArticleComments(
  actor: Actor | null,
  articleId: string,
  rawInput: unknown,
) {
  authorize(actor, "comments:configure", undefined);
  const { mode } = setArticleCommentsSchema.parse(rawInput);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { commentsClosed: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  const commentsClosed = mode === "default" ? null : mode === "closed";
  await db.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: articleId },
      data: { commentsClosed },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.comments",
      targetType: "Article",
      targetId: articleId,
      before: { commentsClosed: article.commentsClosed },
      after: { commentsClosed },
    });
  });
  return { tags: [tags.comments(articleId)] };
}
