import { randomBytes } from "node:crypto";
import type pg from "pg";
import { withDatabase } from "../fixtures/database";

// Rows the desk specs start from, written straight into the throw-away e2e database: published
// articles with a known revision history, which the UI could only produce through many screens.

export const suffix = () => randomBytes(4).toString("hex");

const documentOf = (paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

const userId = async (client: pg.Client, email: string) => {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
    email,
  ]);
  if (!rows[0]) throw new Error(`no demo user ${email}`);
  return rows[0].id;
};

export type Version = { title: string; paragraphs: string[]; authorEmail: string; note?: string };

export type ArrangedArticle = {
  id: string;
  slug: string;
  path: string;
  title: string;
  topicPath: string;
};

/**
 * A published article whose revisions are `versions` (version 1, 2, …) and whose current content
 * is the last of them, saved last by that version's author. Dated a year back so it never leads a
 * list other specs read, and given a topic of its own, so /topik/… lists exactly this article.
 */
export async function arrangePublishedArticle(
  writerEmail: string,
  versions: Version[],
): Promise<ArrangedArticle> {
  return withDatabase(async (client) => {
    const id = `e2e${suffix()}${suffix()}`;
    const slug = `uji-redaksi-${suffix()}`;
    const writerId = await userId(client, writerEmail);
    const editorId = await userId(client, "editor@warta.test");
    const {
      rows: [section],
    } = await client.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM "Section" WHERE "parentId" IS NULL ORDER BY position LIMIT 1`,
    );
    const current = versions[versions.length - 1];
    const lastEditor = await userId(client, current.authorEmail);
    const bodyText = current.paragraphs.join("\n\n");
    await client.query(
      `INSERT INTO "Article" (id, title, slug, subtitle, "datelineCity", body, "bodyHtml", "bodyText", "wordCount", "sectionId", "writerId", "editorId",
         status, "submittedAt", "publishedAt", version, "lastEditedById", "updatedAt")
       VALUES ($1, $2, $3, '', 'Jakarta', $4, '', $5, $6, $7, $8, $9, 'PUBLISHED', now() - interval '366 days', now() - interval '365 days', $10, $11, now())`,
      [
        id,
        current.title,
        slug,
        JSON.stringify(documentOf(current.paragraphs)),
        bodyText,
        bodyText.split(/\s+/).length,
        section.id,
        writerId,
        editorId,
        versions.length,
        lastEditor,
      ],
    );
    for (const [i, version] of versions.entries()) {
      await client.query(
        `INSERT INTO "Revision" (id, "articleId", version, "authorId", title, subtitle, body, note, "createdAt")
         VALUES ($1, $2, $3, $4, $5, '', $6, $7, now() - make_interval(days => $8))`,
        [
          `${id}r${i + 1}`,
          id,
          i + 1,
          await userId(client, version.authorEmail),
          version.title,
          JSON.stringify(documentOf(version.paragraphs)),
          version.note ?? null,
          versions.length - i,
        ],
      );
    }
    const topicSlug = `uji-topik-${suffix()}`;
    await client.query(`INSERT INTO "Topic" (id, slug, name) VALUES ($1, $2, $3)`, [
      `${id}t`,
      topicSlug,
      `Uji ${topicSlug}`,
    ]);
    await client.query(`INSERT INTO "ArticleTopic" ("articleId", "topicId") VALUES ($1, $2)`, [
      id,
      `${id}t`,
    ]);
    return {
      id,
      slug,
      path: `/${section.slug}/${slug}`,
      title: current.title,
      topicPath: `/topik/${topicSlug}`,
    };
  });
}

export const articleRow = (id: string) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{
      status: string;
      title: string;
      version: number;
      featured: boolean;
      correctionNote: string | null;
    }>(`SELECT status, title, version, featured, "correctionNote" FROM "Article" WHERE id = $1`, [
      id,
    ]);
    return rows[0];
  });
