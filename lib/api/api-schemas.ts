import { z } from "zod";

// The public read API's JSON, field by field. These schemas are the contract: the OpenAPI document
// (/api/v1/openapi.json) is generated from them and the contract tests hold real responses to it.
// Published content only; never an e-mail address, a draft or a user's internal id.

const isoDate = z.string().datetime().describe("ISO 8601, UTC");
const absoluteUrl = z.string().url();

export const sectionRefSchema = z.object({ slug: z.string(), name: z.string(), url: absoluteUrl });
export const topicRefSchema = z.object({ slug: z.string(), name: z.string(), url: absoluteUrl });
export const writerRefSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  verified: z.boolean().describe("A Verified Writer (promoted by the editors)"),
  url: absoluteUrl,
});

export const articleSummarySchema = z.object({
  id: z.string().describe("Stable across renames of the slug or section"),
  slug: z.string(),
  title: z.string(),
  subtitle: z.string(),
  summary: z.string(),
  url: absoluteUrl,
  publishedAt: isoDate,
  updatedAt: isoDate.describe("Last change of the content after publication (or publishedAt)"),
  section: sectionRefSchema,
  topics: z.array(topicRefSchema),
  writer: writerRefSchema,
  editor: z.object({ displayName: z.string() }).nullable().describe("The editor who approved it"),
  heroImage: z
    .object({ url: absoluteUrl, alt: z.string(), caption: z.string(), credit: z.string() })
    .nullable(),
  wordCount: z.number().int(),
});

export const articleSchema = articleSummarySchema.extend({
  bodyHtml: z.string().describe("Sanitised HTML rendered from the editor's document"),
});

export const articleListSchema = z.object({
  data: z.array(articleSummarySchema),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next (older) page"),
});

export const sectionSchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  url: absoluteUrl,
  parent: z.string().nullable().describe("Slug of the parent section"),
});
export const sectionListSchema = z.object({ data: z.array(sectionSchema) });

export const topicSchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  url: absoluteUrl,
});
export const topicListSchema = z.object({ data: z.array(topicSchema) });

export const writerSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  bio: z.string(),
  avatarUrl: absoluteUrl.nullable(),
  verified: z.boolean(),
  verifiedAt: isoDate.nullable(),
  joinedAt: isoDate,
  publishedCount: z.number().int(),
  url: absoluteUrl,
  socialLinks: z.record(z.string(), z.string()),
});

export const errorSchema = z.object({
  error: z.enum(["INVALID", "NOT_FOUND", "GONE", "TOO_MANY_REQUESTS"]),
  message: z.string(),
  field: z.string().optional().describe("The query parameter at fault (400)"),
});

const LIMIT_MESSAGE = "Harus bilangan bulat dari 1 sampai 50.";
const slugParam = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9_-]+$/, "Bukan slug yang sah.");

export const articlesQuerySchema = z
  .object({
    section: slugParam.optional().describe("Section slug; includes its sub-sections"),
    topic: slugParam.optional().describe("Topic slug"),
    writer: slugParam.optional().describe("Writer username"),
    since: z
      .string()
      .datetime({ offset: true, message: "Tanggal harus ISO 8601, mis. 2026-12-01T00:00:00Z." })
      .optional()
      .describe("Only articles published at or after this time"),
    cursor: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, "Kursor tidak sah.")
      .optional()
      .describe("nextCursor of the previous page"),
    limit: z.coerce
      .number({ error: LIMIT_MESSAGE })
      .int(LIMIT_MESSAGE)
      .min(1, LIMIT_MESSAGE)
      .max(50, LIMIT_MESSAGE)
      .default(20)
      .describe("Page size, 1–50"),
  })
  .strict();
export type ArticlesQuery = z.infer<typeof articlesQuerySchema>;
