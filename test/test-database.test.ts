import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createArticle, createTopic, createUser, resetDatabase } from "./factories";

describe("test database", () => {
  beforeEach(resetDatabase);

  it("reaches lib/env.ts and lib/db.ts: a fresh, migrated embedded PostgreSQL", async () => {
    const url = inject("databaseUrl");
    expect(env.DATABASE_URL).toBe(url);
    expect(new URL(url).hostname).toBe("127.0.0.1");
    const [row] = await db.$queryRaw<{ name: string; migrations: number }[]>`
      SELECT current_database() AS name, (SELECT count(*)::int FROM _prisma_migrations WHERE finished_at IS NOT NULL) AS migrations`;
    expect(row.name).toBe("warta_test");
    expect(row.migrations).toBeGreaterThanOrEqual(3);
  });

  it("factories insert real rows and the search trigger fills searchVector", async () => {
    const topic = await createTopic();
    const article = await createArticle({ title: "Banjir di Bekasi", topics: [topic.id] });
    const [row] = await db.$queryRaw<
      { vector: string }[]
    >`SELECT "searchVector"::text AS vector FROM "Article" WHERE id = ${article.id}`;
    expect(row.vector).toContain("'banjir'");
    expect(await db.articleTopic.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("resetDatabase empties every table except AuditLog, even when audit rows name a user", async () => {
    const user = await createUser({ role: "EDITOR" });
    await createArticle({ writerId: user.id });
    await db.auditLog.create({
      data: { actorId: user.id, action: "test.reset", targetType: "User", targetId: user.id },
    });
    await resetDatabase();
    expect(await db.user.count()).toBe(0);
    expect(await db.article.count()).toBe(0);
    expect(await db.section.count()).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: user.id } })).toBe(1);
  });
});
