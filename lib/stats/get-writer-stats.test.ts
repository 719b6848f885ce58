import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import type { CommentStatus, ReactionKind } from "@/lib/generated/prisma/enums";
import { getWriterStats } from "@/lib/stats/get-writer-stats";
import { createArticle, createUser } from "@/test/factories";

const asActor = (u: { id: string; role: Actor["role"]; tier: Actor["tier"] }): Actor => ({
  id: u.id,
  role: u.role,
  tier: u.tier,
  suspendedAt: null,
});

async function comment(articleId: string, status: CommentStatus, parentId?: string) {
  const author = await createUser();
  return db.comment.create({
    data: { articleId, authorId: author.id, body: `Komentar ${status}`, status, parentId },
  });
}

async function react(articleId: string, kind: ReactionKind) {
  const reader = await createUser();
  await db.reaction.create({ data: { articleId, userId: reader.id, kind } });
}

async function setup() {
  const writer = asActor(await createUser({ tier: "WRITER" }));
  const first = await createArticle({ writerId: writer.id, title: "Pasar Baru Dibuka" });
  const second = await createArticle({ writerId: writer.id, title: "Jalan Tol Diperlebar" });
  const top = await comment(first.id, "PUBLISHED");
  await comment(first.id, "PUBLISHED", top.id); // a published reply counts
  for (const status of ["HELD", "HIDDEN", "REMOVED", "DELETED"] as const)
    await comment(first.id, status);
  await comment(second.id, "PUBLISHED");
  await react(first.id, "SUKA");
  await react(first.id, "SUKA");
  await react(first.id, "SEDIH");
  // Someone else's article: never in this writer's numbers.
  const elsewhere = await createArticle();
  await comment(elsewhere.id, "PUBLISHED");
  await react(elsewhere.id, "LUCU");
  return { writer, first, second };
}

describe("a writer's stats: comments and reactions", () => {
  it("counts published comments (replies included) and reactions per article and in total", async () => {
    const { writer, first, second } = await setup();
    const stats = await getWriterStats(writer);
    const byId = new Map(stats.articles.map((a) => [a.id, a]));
    expect(byId.get(first.id)).toMatchObject({
      comments: 2,
      reactions: 3,
      reactionsByKind: { SUKA: 2, SEDIH: 1, TERINSPIRASI: 0, MARAH: 0, LUCU: 0 },
    });
    expect(byId.get(second.id)).toMatchObject({ comments: 1, reactions: 0 });
    expect(stats).toMatchObject({ totalComments: 3, totalReactions: 3 });
    expect(stats.articles).toHaveLength(2);
  });

  it("drops a comment from the count once it is hidden or deleted", async () => {
    const { writer, second } = await setup();
    const only = await db.comment.findFirstOrThrow({ where: { articleId: second.id } });
    await db.comment.update({ where: { id: only.id }, data: { status: "HIDDEN" } });
    const stats = await getWriterStats(writer);
    expect(stats.articles.find((a) => a.id === second.id)?.comments).toBe(0);
    expect(stats.totalComments).toBe(2);
  });

  it("lets an editor read a writer's numbers, and no other writer", async () => {
    const { writer } = await setup();
    const editor = asActor(await createUser({ role: "EDITOR" }));
    const other = asActor(await createUser({ tier: "WRITER" }));
    await expect(getWriterStats(editor, { writerId: writer.id })).resolves.toMatchObject({
      totalComments: 3,
    });
    await expect(getWriterStats(other, { writerId: writer.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getWriterStats(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
