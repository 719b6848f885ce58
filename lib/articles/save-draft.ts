import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { draftInputSchema } from "@/lib/articles/draft-input";
import { documentJson } from "@/lib/articles/document-schema";
import { editableArticleSelect, toEditableArticle } from "@/lib/articles/editable-article";
import { countWords, documentText, renderDocumentHtml } from "@/lib/articles/render-document";
import { findOwnedMedia } from "@/lib/media/find-owned-media";

/**
 * Saves the studio's copy of an article. The save names the version it started from; if the
 * article moved on since (another tab, an editor), nothing is written and the caller gets a
 * CONFLICT carrying the newer version, so the person can choose.
 */
export async function saveDraft(actor: Actor | null, articleId: string, rawInput: unknown) {
  authorize(actor, "article:list-own", undefined);
  const input = draftInputSchema.parse(rawInput);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, heroImageUrl: true },
  });
  if (!article || !can(actor, "article:open", article))
    throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:edit", article);

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

  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, version: input.expectedVersion },
      data,
    });
    if (count === 0) {
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
