// Shared arrangements for the desk's integration tests (not a test file itself).
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { createArticle, createSection, createUser, uniqueSuffix } from "@/test/factories";

type UserRow = { id: string; role: Actor["role"]; tier: Actor["tier"]; suspendedAt: Date | null };

export const asActor = (user: UserRow): Actor => ({
  id: user.id,
  role: user.role,
  tier: user.tier,
  suspendedAt: user.suspendedAt,
});

/** The cast of every desk test: editors, an admin, writers of each tier and a suspended editor. */
export async function deskCast() {
  const section = await createSection();
  return {
    section,
    editor: asActor(await createUser({ role: "EDITOR", displayName: `Editor ${uniqueSuffix()}` })),
    otherEditor: asActor(
      await createUser({ role: "EDITOR", displayName: `Editor Lain ${uniqueSuffix()}` }),
    ),
    admin: asActor(await createUser({ role: "ADMIN" })),
    member: asActor(await createUser({ tier: "MEMBER" })),
    verified: asActor(await createUser({ tier: "VERIFIED" })),
    suspendedEditor: asActor(await createUser({ role: "EDITOR", suspendedAt: new Date() })),
  };
}

/** A submission as submit-article leaves it: placeholder slug, submittedAt, optionally claimed. */
export async function createSubmission(input: {
  writerId: string;
  sectionId: string;
  title?: string;
  status?: Extract<ArticleStatus, "SUBMITTED" | "IN_REVIEW" | "SCHEDULED" | "CHANGES_REQUESTED">;
  submittedAt?: Date;
  claimedById?: string;
  proposedTopics?: string[];
  topics?: string[];
  bodyText?: string;
}) {
  const article = await createArticle({
    title: input.title ?? `Warga Menanam Pohon di Bantaran Kali ${uniqueSuffix()}`,
    status: input.status ?? "SUBMITTED",
    publishedAt: null,
    slug: `draf-${uniqueSuffix()}${uniqueSuffix()}`,
    writerId: input.writerId,
    sectionId: input.sectionId,
    topics: input.topics,
    bodyText: input.bodyText,
  });
  return db.article.update({
    where: { id: article.id },
    data: {
      submittedAt: input.submittedAt ?? new Date(),
      claimedById: input.claimedById ?? null,
      claimedAt: input.claimedById ? new Date() : null,
      status: input.claimedById && !input.status ? "IN_REVIEW" : undefined,
      proposedTopics: input.proposedTopics ?? [],
    },
  });
}

/** Everything a refused verb must leave untouched. */
export async function snapshot(articleId: string) {
  const [article, audits, notifications, revisions] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId } }),
    db.auditLog.count({ where: { targetId: articleId } }),
    db.notification.count({ where: { data: { path: ["articleId"], equals: articleId } } }),
    db.revision.count({ where: { articleId } }),
  ]);
  return { article, audits, notifications, revisions };
}
