import "server-only";
import type { Actor } from "@/lib/auth/can";
import { isEditor } from "@/lib/auth/rule";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { documentJson } from "@/lib/articles/document-schema";
import type { DraftInput } from "@/lib/articles/draft-input";
import { editableArticleSelect, toEditableArticle } from "@/lib/articles/editable-article";
import { findLivePendingUpdate, overlayPendingUpdate } from "@/lib/articles/updates/pending-update";

/**
 * Saves the desk's work on a published article aside (called by saveDraft for PUBLISHED articles,
 * after it checked the actor and the input). The save names the version it started from, exactly
 * like a draft's: the live version when no update is pending, the pending update's otherwise; any
 * other number is a CONFLICT carrying what is current, so the workspace shows its conflict dialog.
 */
export async function savePendingUpdate(
  actor: Actor,
  articleId: string,
  input: DraftInput,
  resolved: { heroImageUrl: string | null; topicIds: string[] },
) {
  const fields = {
    title: input.title.trim(),
    subtitle: input.subtitle.trim(),
    datelineCity: input.datelineCity,
    sectionId: input.sectionId,
    body: documentJson(input.body),
    heroImageUrl: resolved.heroImageUrl,
    heroImageAlt: resolved.heroImageUrl
      ? input.heroImageAlt.trim() || input.heroImageCaption.trim()
      : null,
    heroImageCaption: resolved.heroImageUrl ? input.heroImageCaption.trim() : null,
    heroImageCredit: resolved.heroImageUrl ? input.heroImageCredit.trim() : null,
    topicIds: resolved.topicIds,
    proposedTopics: [...new Set(input.proposedTopics)],
    authorId: actor.id,
  };
  return db.$transaction(async (tx) => {
    const [live] = await tx.$queryRaw<{ version: number; status: string }[]>`
      SELECT version, status::text FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    if (!live || live.status !== "PUBLISHED")
      throw new AppError("CONFLICT", "Artikel ini sudah tidak terbit. Muat ulang halaman.");
    const pending = await findLivePendingUpdate(articleId, live.version, tx);
    // A writer's update sent to the desk is the desk's until it is published or returned.
    if (pending?.submittedAt && !isEditor(actor))
      throw new AppError(
        "FORBIDDEN",
        "Pembaruan ini sudah dikirim ke redaksi. Tunggu keputusan redaksi sebelum mengubahnya lagi.",
      );
    const current = pending?.version ?? live.version;
    if (input.expectedVersion !== current) {
      const row = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: editableArticleSelect,
      });
      const by = pending?.authorId ?? row.lastEditedById;
      const editor =
        by && (await tx.user.findUnique({ where: { id: by }, select: { displayName: true } }));
      throw new AppError(
        "CONFLICT",
        "Artikel ini sudah diubah di tempat lain sejak Anda mulai menyunting.",
        {
          current: overlayPendingUpdate(toEditableArticle(row), pending),
          savedBy: editor ? editor.displayName : null,
        },
      );
    }
    const saved = await tx.articlePendingUpdate.upsert({
      where: { articleId },
      create: { articleId, baseVersion: live.version, version: current + 1, ...fields },
      update: { baseVersion: live.version, version: current + 1, ...fields },
      select: { version: true, updatedAt: true },
    });
    // Readers still see the live version: nothing to revalidate until the update is published.
    return { version: saved.version, savedAt: saved.updatedAt.toISOString(), published: false };
  });
}
