import { z } from "zod";
import {
  articleListSchema,
  articleSchema,
  articlesQuerySchema,
  errorSchema,
  sectionListSchema,
  topicListSchema,
  writerSchema,
} from "@/lib/api/api-schemas";
import { API_RATE_LIMIT, API_WINDOW_SECONDS } from "@/lib/api/api-limits";

// The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the handlers are
// tested against, so the document cannot drift from the responses without a test failing.

/** A component schema; the dialect is the document's own (OpenAPI 3.1 is JSON Schema 2020-12). */
const jsonSchema = (schema: z.ZodType) => {
  const generated: Record<string, unknown> = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "output",
  });
  delete generated.$schema;
  return generated;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string, description: string) => ({
  description,
  headers: {
    ETag: { schema: { type: "string" } },
    "Cache-Control": { schema: { type: "string" } },
  },
  content: { "application/json": { schema: ref(name) } },
});
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});
const tooMany = {
  description: `Lebih dari ${API_RATE_LIMIT} permintaan dalam ${API_WINDOW_SECONDS} detik dari satu alamat`,
  headers: { "Retry-After": { schema: { type: "integer" }, description: "Detik" } },
  content: { "application/json": { schema: ref("Error") } },
};
const notModified = { description: "Tidak berubah sejak ETag yang dikirim (If-None-Match)" };

function queryParameters() {
  const shape = articlesQuerySchema.shape;
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    description: schema.description,
    schema: jsonSchema(schema),
  }));
}

const pathParameter = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});

export function openApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Warta public read API",
      version: "1.0.0",
      description:
        "Artikel yang telah terbit, rubrik, topik dan profil penulis Warta. Hanya konten terbit; tanpa alamat e-mail.",
    },
    servers: [{ url: new URL("/api/v1", siteUrl).toString() }],
    paths: {
      "/articles": {
        get: {
          operationId: "listArticles",
          summary: "Artikel terbit, terbaru lebih dulu (kursor)",
          parameters: queryParameters(),
          responses: {
            "200": json("ArticleList", "Satu halaman artikel"),
            "304": notModified,
            "400": error("Parameter tidak sah; `field` menyebut parameternya"),
            "404": error("Rubrik, topik atau penulis tidak dikenal"),
            "429": tooMany,
          },
        },
      },
      "/articles/{slug}": {
        get: {
          operationId: "getArticle",
          summary: "Satu artikel terbit beserta isinya",
          parameters: [pathParameter("slug", "Slug artikel")],
          responses: {
            "200": json("Article", "Artikel"),
            "304": notModified,
            "308": { description: "Slug lama: pindah ke slug baru (Location)" },
            "404": error("Tidak ada artikel terbit dengan slug ini"),
            "410": error("Artikel ditarik redaksi"),
            "429": tooMany,
          },
        },
      },
      "/sections": {
        get: {
          operationId: "listSections",
          summary: "Semua rubrik dan subrubrik",
          responses: { "200": json("SectionList", "Rubrik"), "304": notModified, "429": tooMany },
        },
      },
      "/topics": {
        get: {
          operationId: "listTopics",
          summary: "Semua topik",
          responses: { "200": json("TopicList", "Topik"), "304": notModified, "429": tooMany },
        },
      },
      "/writers/{username}": {
        get: {
          operationId: "getWriter",
          summary: "Profil publik penulis yang punya tulisan terbit",
          parameters: [pathParameter("username", "Nama pengguna penulis")],
          responses: {
            "200": json("Writer", "Profil penulis"),
            "304": notModified,
            "308": { description: "Nama pengguna lama: pindah ke yang baru (Location)" },
            "404": error("Tidak ada penulis dengan tulisan terbit"),
            "429": tooMany,
          },
        },
      },
    },
    components: {
      schemas: {
        ArticleList: jsonSchema(articleListSchema),
        Article: jsonSchema(articleSchema),
        SectionList: jsonSchema(sectionListSchema),
        TopicList: jsonSchema(topicListSchema),
        Writer: jsonSchema(writerSchema),
        Error: jsonSchema(errorSchema),
      },
    },
  };
}
