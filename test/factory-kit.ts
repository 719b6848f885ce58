import { randomBytes } from "node:crypto";
import type { Db, Prisma } from "@/lib/db";
import type { ArticleDocument } from "@/lib/articles/document-schema";
import { countWords, documentText, renderDocumentHtml } from "@/lib/articles/render-document";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// The factories of every test: real rows through a real Prisma client, unique slugs and emails every
// time, so tests never depend on seed data or on each other. Bound to lib/db for the integration
// tests (test/factories.ts) and to the e2e server's database for the Playwright specs
// (e2e/fixtures/database.ts), so both arrange data the same way. Nothing here imports lib/db at run
// time: the e2e process has no Next.js around it.

export const uniqueSuffix = () => randomBytes(5).toString("hex");

/** A placeholder, not a real argon2 hash: tests that log in should pass their own `passwordHash`. */
const PLACEHOLDER_PASSWORD_HASH = "$test$not-a-real-hash";

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
  /** Any other column (editor, dates, version…), as the verbs would have left it. */
  columns?: Partial<Prisma.ArticleUncheckedCreateInput>;
};

export function factoriesFor(db: Db) {
  async function createUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
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

  async function createSection(overrides: Partial<Prisma.SectionUncheckedCreateInput> = {}) {
    const suffix = uniqueSuffix();
    return db.section.create({
      data: { slug: `rubrik-${suffix}`, name: `Rubrik ${suffix}`, ...overrides },
    });
  }

  async function createTopic(overrides: Partial<Prisma.TopicUncheckedCreateInput> = {}) {
    const suffix = uniqueSuffix();
    return db.topic.create({
      data: { slug: `topik-${suffix}`, name: `Topik ${suffix}`, ...overrides },
    });
  }

  async function createArticle(input: ArticleFactoryInput = {}) {
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
        ...input.columns,
      },
    });
  }

  /** A submission as submit-article leaves it: a draft's placeholder slug, submittedAt, status SUBMITTED. */
  async function createSubmission(input: ArticleFactoryInput & { submittedAt?: Date } = {}) {
    return createArticle({
      ...input,
      status: input.status ?? "SUBMITTED",
      publishedAt: null,
      slug: input.slug ?? `draf-${uniqueSuffix()}${uniqueSuffix()}`,
      columns: { submittedAt: input.submittedAt ?? new Date(), ...input.columns },
    });
  }

  return { createUser, createSection, createTopic, createArticle, createSubmission };
}

export type Factories = ReturnType<typeof factoriesFor>;
