import "server-only";
import type { TxClient } from "@/lib/db-tx";
import { db } from "@/lib/db";
import { documentSchema } from "@/lib/articles/document-schema";
import type { EditableArticle } from "@/lib/articles/editable-article";

// An editor's update of a live article is kept in ArticlePendingUpdate until it is published, so
// readers keep the live version. A pending update whose base is no longer the live version (another
// update or a restore was published meanwhile) is stale: it is ignored and the next save replaces it.

export const pendingUpdateSelect = {
  baseVersion: true,
  version: true,
  authorId: true,
  title: true,
  subtitle: true,
  datelineCity: true,
  sectionId: true,
  body: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageCaption: true,
  heroImageCredit: true,
  topicIds: true,
  proposedTopics: true,
  updatedAt: true,
  submittedAt: true,
  proposedKind: true,
  proposedNote: true,
  returnReason: true,
  returnedAt: true,
} as const;

export async function findLivePendingUpdate(
  articleId: string,
  liveVersion: number,
  client: TxClient | typeof db = db,
) {
  const pending = await client.articlePendingUpdate.findUnique({
    where: { articleId },
    select: pendingUpdateSelect,
  });
  return pending && pending.baseVersion === liveVersion ? pending : null;
}

export type PendingUpdate = NonNullable<Awaited<ReturnType<typeof findLivePendingUpdate>>>;

/** The studio's view of a published article: the pending update's fields and version when there is one. */
export function overlayPendingUpdate(
  article: EditableArticle,
  pending: PendingUpdate | null,
): EditableArticle {
  if (!pending) return article;
  const body = documentSchema.safeParse(pending.body);
  return {
    ...article,
    version: pending.version,
    title: pending.title,
    subtitle: pending.subtitle,
    datelineCity: pending.datelineCity,
    sectionId: pending.sectionId,
    topicIds: pending.topicIds,
    proposedTopics: pending.proposedTopics,
    body: body.success ? body.data : article.body,
    heroImageUrl: pending.heroImageUrl,
    heroImageAlt: pending.heroImageAlt ?? "",
    heroImageCaption: pending.heroImageCaption ?? "",
    heroImageCredit: pending.heroImageCredit ?? "",
    savedAt: pending.updatedAt.toISOString(),
    lastEditedById: pending.authorId,
  };
}
