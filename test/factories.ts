import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import type { ArticleDocument } from "@/lib/articles/document-schema";
import { countWords, documentText, renderDocumentHtml } from "@/lib/articles/render-document";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// Small factories for integration tests: real rows through the real Prisma client, unique slugs and
// emails every time, so tests never depend on seed data or on each other.

export const uniqueSuffix = () => randomBytes(5).toString("hex");

/** A placeholder, not a real argon2 hash: tests that log in should pass their own `passwordHash`. */
const PLACEHOLDER_PASSWORD_HASH = "$test$not-a-real-hash";

export async function createUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: `user-${suffix}@example.test`,
      username: `user_${suffix}`,
      displayName: `Penulis ${suffix}`,
      passwordHash: PLACEHOLDER_PASSWORD_HASH,
      emailVerifiedAt: new Date(),
      ...overrides,
    },
  });
}

export async function createSection(overrides: Partial<Prisma.SectionUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.section.create({
    data: { slug: `rubrik-${suffix}`, name: `Rubrik ${suffix}`, ...overrides },
  });
}

export async function createTopic(overrides: Partial<Prisma.TopicUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.topic.create({
    data: { slug: `topik-${suffix}`, name: `Topik ${suffix}`, ...overrides },
  });
}

/** A document of one paragraph per blank-line-separated block of `text`. */
export function paragraphsDocument(text: string): ArticleDocument {
  const blocks = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    type: "doc",
    content: blocks.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })),
  };
}

export type ArticleFactoryInput = {
  title?: string;
  subtitle?: string;
  /** Plain body text; becomes a paragraphs document. Ignored when `body` is given. */
  bodyText?: string;
  body?: ArticleDocument;
  status?: ArticleStatus;
  /** Defaults to now for PUBLISHED articles, null otherwise. */
  publishedAt?: Date | null;
  sectionId?: string;
  writerId?: string;
  /** Topic ids. */
  topics?: string[];
  slug?: string;
  viewCount?: number;
};

export async function createArticle(input: ArticleFactoryInput = {}) {
  const suffix = uniqueSuffix();
  const status = input.status ?? "PUBLISHED";
  const body = input.body ?? paragraphsDocument(input.bodyText ?? `Isi artikel uji ${suffix}.`);
  const bodyText = documentText(body);
  const sectionId = input.sectionId ?? (await createSection()).id;
  const writerId = input.writerId ?? (await createUser({ tier: "WRITER" })).id;
  const publishedAt =
    input.publishedAt !== undefined
      ? input.publishedAt
      : status === "PUBLISHED"
        ? new Date()
        : null;
  return db.article.create({
    data: {
      title: input.title ?? `Artikel uji ${suffix}`,
      slug: input.slug ?? `artikel-${suffix}`,
      subtitle: input.subtitle ?? "",
      // A validated document is plain JSON; its zod type lacks the index signature Prisma's JSON input wants.
      body: body as Prisma.InputJsonObject,
      bodyHtml: renderDocumentHtml(body),
      bodyText,
      wordCount: countWords(bodyText),
      status,
      publishedAt,
      sectionId,
      writerId,
      viewCount: input.viewCount ?? 0,
      topics: input.topics?.length
        ? { create: input.topics.map((topicId) => ({ topicId })) }
        : undefined,
    },
  });
}

/**
 * Empties every table except the append-only AuditLog (its trigger refuses TRUNCATE and DELETE)
 * and _prisma_migrations. User is referenced by AuditLog.actorId, so it cannot be truncated: its
 * rows are deleted with triggers off (session_replication_role = replica), which skips the
 * ON DELETE SET NULL update that the AuditLog trigger would refuse. Old audit rows may therefore
 * name actors that no longer exist; scope audit assertions to your own targets.
 */
export async function resetDatabase() {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT IN ('AuditLog', 'PointsEntry', '_prisma_migrations', 'User')`;
  const list = tables.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(", ");
  await db.$transaction([
    db.$executeRaw`TRUNCATE ${Prisma.raw(list)}`,
    db.$executeRaw`SET LOCAL session_replication_role = replica`,
    // The points ledger is append-only too; with triggers off its rows can go with their users.
    db.$executeRaw`DELETE FROM "PointsEntry"`,
    db.$executeRaw`DELETE FROM "User"`,
  ]);
}
