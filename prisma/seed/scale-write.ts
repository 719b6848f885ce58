// One batch of scale-seeded articles in one transaction: the articles, their revisions and topic
// links as multi-row INSERT … SELECT FROM unnest(arrays) (one statement per table, no row-by-row
// round trips), and the checkpoint, so an interrupted run resumes after the last committed batch.
import type pg from "pg";
import { stableId } from "./ids";
import { documentStrings, scaleSlug, type ScalePool, type ScaleRecipe } from "./scale-compose";
import { scaleWriterId } from "./scale-writers";

const MINUTE = 60_000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
export const scaleArticleId = (index: number) => stableId("scale-article", String(index));

export type BatchContext = {
  pool: ScalePool;
  sectionIds: Map<string, string>;
  topicIds: Map<string, string>;
  editorId: string;
};

const REJECTION = "Belum memenuhi standar verifikasi redaksi: sumber kedua belum ada.";
const WITHDRAWAL = "Ditarik atas permintaan narasumber.";
const CHANGES = "Mohon tambahkan konfirmasi dari pihak terkait.";

/** Column arrays for one batch (built while the previous batch is being written). */
export function buildBatch(ctx: BatchContext, recipes: ScaleRecipe[], start: number) {
  const a: Record<string, unknown[]> = {};
  const col = (name: string, value: unknown) => (a[name] ??= []).push(value);
  const rev: Record<string, unknown[]> = {};
  const revCol = (name: string, value: unknown) => (rev[name] ??= []).push(value);
  const links: { article: string[]; topic: string[] } = { article: [], topic: [] };

  for (const rec of recipes) {
    const lead = ctx.pool.articles[rec.lead];
    const doc = documentStrings(ctx.pool, rec);
    const id = scaleArticleId(rec.index);
    const writerId = scaleWriterId(rec.writer);
    const published = rec.status === "PUBLISHED" || rec.status === "UNPUBLISHED";
    const reviewed = ["REJECTED", "CHANGES_REQUESTED", "PUBLISHED", "UNPUBLISHED"].includes(
      rec.status,
    );
    const submitted = rec.status !== "DRAFT";
    const submittedAt = submitted ? rec.time - (15 + (rec.index % 90)) * MINUTE : null;
    const createdAt = rec.time - (60 + (rec.index % 240)) * MINUTE;
    col("id", id);
    col("title", rec.title);
    col("slug", scaleSlug(rec));
    col("subtitle", lead.subtitle);
    col("city", lead.city);
    col("body", doc.json);
    col("html", doc.html);
    col("text", doc.text);
    col("words", doc.words);
    col("section", ctx.sectionIds.get(lead.sectionSlug));
    col("writer", writerId);
    col("editor", published ? ctx.editorId : null);
    col("claimedBy", rec.status === "IN_REVIEW" ? ctx.editorId : null);
    col("claimedAt", rec.status === "IN_REVIEW" ? iso(rec.time) : null);
    col("status", rec.status);
    col("submittedAt", iso(submittedAt));
    col("publishedAt", published ? iso(rec.time) : null);
    col("unpublishedAt", rec.status === "UNPUBLISHED" ? iso(rec.time + 3 * 86_400_000) : null);
    col("unpublishReason", rec.status === "UNPUBLISHED" ? WITHDRAWAL : null);
    col("version", rec.revisions);
    col("views", rec.viewCount);
    col(
      "reviewNote",
      rec.status === "REJECTED" ? REJECTION : rec.status === "CHANGES_REQUESTED" ? CHANGES : null,
    );
    col("reviewedAt", reviewed ? iso(rec.time - 5 * MINUTE) : null);
    col("sourceName", lead.source?.name ?? null);
    col("sourceUrl", lead.source?.url ?? null);
    col("sourceLicense", lead.source?.license ?? null);
    col("createdAt", iso(createdAt));
    col("updatedAt", iso(rec.time));
    for (let version = 1; version <= rec.revisions; version++) {
      revCol("id", stableId("scale-revision", `${rec.index}:${version}`));
      revCol("article", id);
      revCol("version", version);
      revCol("author", writerId);
      revCol("title", rec.title);
      revCol("subtitle", lead.subtitle);
      revCol("body", doc.json);
      revCol("note", version === 1 ? null : "Perbaikan ejaan dan data.");
      revCol("createdAt", iso(version === 1 ? (submittedAt ?? createdAt) : rec.time + 3_600_000));
    }
    for (const slug of lead.topicSlugs) {
      const topicId = ctx.topicIds.get(slug);
      if (!topicId) continue;
      links.article.push(id);
      links.topic.push(topicId);
    }
  }
  return { a, rev, links, start };
}

export type Batch = ReturnType<typeof buildBatch>;

export async function writeBatch(client: pg.ClientBase, batch: Batch) {
  const { a, rev, links } = batch;
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "Article" (id, title, slug, subtitle, "datelineCity", body, "bodyHtml", "bodyText",
         "wordCount", "sectionId", "writerId", "editorId", "claimedById", "claimedAt", status,
         "submittedAt", "publishedAt", "unpublishedAt", "unpublishReason", version, "viewCount",
         "reviewNote", "reviewedAt", "sourceName", "sourceUrl", "sourceLicense", "createdAt", "updatedAt")
       SELECT id, title, slug, subtitle, city, body::jsonb, html, text, words, section, writer, editor,
         "claimedBy", "claimedAt", status::"ArticleStatus", "submittedAt", "publishedAt",
         "unpublishedAt", "unpublishReason", version, views, "reviewNote", "reviewedAt",
         "sourceName", "sourceUrl", "sourceLicense", "createdAt", "updatedAt"
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::int[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamp[],
         $15::text[], $16::timestamp[], $17::timestamp[], $18::timestamp[], $19::text[], $20::int[],
         $21::int[], $22::text[], $23::timestamp[], $24::text[], $25::text[], $26::text[],
         $27::timestamp[], $28::timestamp[])
         AS t(id, title, slug, subtitle, city, body, html, text, words, section, writer, editor,
           "claimedBy", "claimedAt", status, "submittedAt", "publishedAt", "unpublishedAt",
           "unpublishReason", version, views, "reviewNote", "reviewedAt", "sourceName", "sourceUrl",
           "sourceLicense", "createdAt", "updatedAt")`,
      [
        a.id,
        a.title,
        a.slug,
        a.subtitle,
        a.city,
        a.body,
        a.html,
        a.text,
        a.words,
        a.section,
        a.writer,
        a.editor,
        a.claimedBy,
        a.claimedAt,
        a.status,
        a.submittedAt,
        a.publishedAt,
        a.unpublishedAt,
        a.unpublishReason,
        a.version,
        a.views,
        a.reviewNote,
        a.reviewedAt,
        a.sourceName,
        a.sourceUrl,
        a.sourceLicense,
        a.createdAt,
        a.updatedAt,
      ],
    );
    await client.query(
      `INSERT INTO "Revision" (id, "articleId", version, "authorId", title, subtitle, body, note, "createdAt")
       SELECT id, article, version, author, title, subtitle, body::jsonb, note, "createdAt"
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::timestamp[]) AS t(id, article, version, author, title, subtitle, body, note, "createdAt")`,
      [
        rev.id,
        rev.article,
        rev.version,
        rev.author,
        rev.title,
        rev.subtitle,
        rev.body,
        rev.note,
        rev.createdAt,
      ],
    );
    if (links.article.length)
      await client.query(
        `INSERT INTO "ArticleTopic" ("articleId", "topicId")
         SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [links.article, links.topic],
      );
    await client.query(`INSERT INTO scale_seed_batch (start) VALUES ($1)`, [batch.start]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
