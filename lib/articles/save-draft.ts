import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { draftInputSchema } from "@/lib/articles/draft-input";
import { documentJson } from "@/lib/articles/document-schema";
import { editableArticleSelect, toEditableArticle } from "@/lib/articles/editable-article";
import { countWords, documentText, renderDocumentHtml } from "@/lib/articles/render-document";
import { findOwnedMedia } from "@/lib/media/find-owned-media";
import { assertDocumentShape } from "@/lib/articles/document-shape";
import { draftUnchanged, unchangedSelect } from "@/lib/articles/draft-unchanged";
import { cleanDeep } from "@/lib/text/clean-text";
import { savePendingUpdate } from "@/lib/articles/updates/save-pending-update";
import { authorizeEdit } from "@/lib/articles/updates/authorize-live-edit";

const CLAIMED_BY_OTHER = (name: string) =>
  `Artikel ini sedang direview oleh ${name}. Perubahan Anda tidak disimpan; salinannya tetap ada di peramban ini.`;

/**
 * Saves the studio's copy of an article. The save names the version it started from; if the
 * article moved on since (another tab, an editor), nothing is written and the caller gets a
 * CONFLICT carrying the newer version, so the person can choose.
 */
export async function saveDraft(actor: Actor | null, articleId: string, rawInput: unknown) {
  authorize(actor, "article:list-own", undefined);
  assertDocumentShape((rawInput as { body?: unknown } | null)?.body);
  const input = draftInputSchema.parse(cleanDeep(rawInput));
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { ...unchangedSelect, claimedBy: { select: { displayName: true } } },
  });
  if (!article || !can(actor, "article:open", article))
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  await authorizeEdit(actor, article);
  // A claimed article is the claimer's until they decide or release it (an admin may release first).
  if (article.claimedById && article.claimedById !== actor.id)
    throw new AppError(
      "FORBIDDEN",
      CLAIMED_BY_OTHER(article.claimedBy?.displayName ?? "editor lain"),
    );

  const section = await db.section.findUnique({
    where: { id: input.sectionId },
    select: { id: true },
  });
  if (!section)
    throw new AppError("INVALID", "Rubrik tidak dikenal.", {
      fieldErrors: { sectionId: ["Pilih rubrik yang tersedia"] },
    });
  const topics = input.topicIds.length
    ? await db.topic.findMany({ where: { id: { in: input.topicIds } }, select: { id: true } })
    : [];

  let heroImageUrl = article.heroImageUrl;
  if (input.heroMediaId === null) heroImageUrl = null;
  else if (input.heroMediaId) heroImageUrl = (await findOwnedMedia(actor, input.heroMediaId)).url;

  // A live article stays as readers see it until the desk publishes the update (lib/articles/updates).
  if (article.status === "PUBLISHED")
    return savePendingUpdate(actor, articleId, input, {
      heroImageUrl,
      topicIds: topics.map((t) => t.id),
    });

  const bodyText = documentText(input.body);
  const data: Prisma.ArticleUncheckedUpdateManyInput = {
    title: input.title.trim(),
    subtitle: input.subtitle.trim(),
    datelineCity: input.datelineCity,
    sectionId: section.id,
    body: documentJson(input.body),
    bodyHtml: renderDocumentHtml(input.body),
    bodyText,
    wordCount: countWords(bodyText),
    heroImageUrl,
    heroImageAlt: heroImageUrl ? input.heroImageAlt.trim() || input.heroImageCaption.trim() : null,
    heroImageCaption: heroImageUrl ? input.heroImageCaption.trim() : null,
    heroImageCredit: heroImageUrl ? input.heroImageCredit.trim() : null,
    proposedTopics: [...new Set(input.proposedTopics)],
    lastEditedById: actor.id,
    version: { increment: 1 },
  };

  // Opening a draft makes the editor send what it loaded (plus an empty trailing paragraph): saving
  // that would give the other party a spurious conflict and the desk a spurious revision.
  if (article.version === input.expectedVersion && draftUnchanged(article, data, topics))
    return {
      version: article.version,
      savedAt: article.updatedAt.toISOString(),
      published: false,
    };

  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      // The claim is checked again in the write itself: a claim taken since the read above wins.
      where: {
        id: articleId,
        version: input.expectedVersion,
        OR: [{ claimedById: null }, { claimedById: actor.id }],
      },
      data,
    });
    if (count === 0) {
      const claim = await tx.article.findUnique({
        where: { id: articleId },
        select: { claimedById: true, claimedBy: { select: { displayName: true } } },
      });
      if (claim?.claimedById && claim.claimedById !== actor.id)
        throw new AppError(
          "FORBIDDEN",
          CLAIMED_BY_OTHER(claim.claimedBy?.displayName ?? "editor lain"),
        );
      const current = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: editableArticleSelect,
      });
      const editor =
        current.lastEditedById &&
        (await tx.user.findUnique({
          where: { id: current.lastEditedById },
          select: { displayName: true },
        }));
      throw new AppError(
        "CONFLICT",
        "Artikel ini sudah diubah di tempat lain sejak Anda mulai menyunting.",
        {
          current: toEditableArticle(current),
          savedBy: editor ? editor.displayName : null,
        },
      );
    }
    await tx.articleTopic.deleteMany({ where: { articleId } });
    if (topics.length)
      await tx.articleTopic.createMany({ data: topics.map((t) => ({ articleId, topicId: t.id })) });
    const saved = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        version: true,
        updatedAt: true,
        status: true,
        title: true,
        subtitle: true,
        body: true,
      },
    });
    // An editor's change to someone else's text is kept as a revision, so the writer can see what the desk changed.
    if (actor.id !== article.writerId) {
      await tx.revision.create({
        data: {
          articleId,
          version: saved.version,
          authorId: actor.id,
          title: saved.title,
          subtitle: saved.subtitle,
          body: saved.body ?? {},
          note: "Suntingan editor",
        },
      });
    }
    return {
      version: saved.version,
      savedAt: saved.updatedAt.toISOString(),
      published: saved.status === "PUBLISHED",
    };
  });
}
