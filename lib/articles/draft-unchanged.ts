import type { Prisma } from "@/lib/db";
import { normalizedDocument } from "@/lib/articles/normalize-document";

/** What saveDraft reads to decide whether a save changes anything (and who may save). */
export const unchangedSelect = {
  writerId: true,
  status: true,
  version: true,
  updatedAt: true,
  claimedById: true,
  title: true,
  subtitle: true,
  datelineCity: true,
  sectionId: true,
  body: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageCaption: true,
  heroImageCredit: true,
  proposedTopics: true,
  topics: { select: { topicId: true } },
} satisfies Prisma.ArticleSelect;

type Stored = Prisma.ArticleGetPayload<{ select: typeof unchangedSelect }>;
type Incoming = Prisma.ArticleUncheckedUpdateManyInput;

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/** True when saving `data` (and `topics`) would store what is already stored. */
export function draftUnchanged(stored: Stored, data: Incoming, topics: { id: string }[]): boolean {
  return (
    data.title === stored.title &&
    data.subtitle === stored.subtitle &&
    data.datelineCity === stored.datelineCity &&
    data.sectionId === stored.sectionId &&
    data.heroImageUrl === stored.heroImageUrl &&
    (data.heroImageAlt ?? null) === stored.heroImageAlt &&
    (data.heroImageCaption ?? null) === stored.heroImageCaption &&
    (data.heroImageCredit ?? null) === stored.heroImageCredit &&
    sameList((data.proposedTopics as string[]) ?? [], stored.proposedTopics) &&
    sameList(
      topics.map((t) => t.id),
      stored.topics.map((t) => t.topicId),
    ) &&
    normalizedDocument(data.body) === normalizedDocument(stored.body)
  );
}
