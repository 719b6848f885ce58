import { randomBytes } from "node:crypto";
import { withDatabase } from "../fixtures/database";
import { longParagraph } from "../fixtures/studio";

// Submissions written straight into the throw-away e2e database, for specs whose subject is the
// desk rather than the writer's studio (the full loop in review-loop.spec.ts goes through the UI).

export const suffix = () => randomBytes(4).toString("hex");

/** The slug publication will give `title` (lib/format/slug.ts, for plain ASCII words). */
export const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export type Submission = { id: string; title: string; sectionSlug: string; writerName: string };

export async function arrangeSubmission(writerEmail: string, title: string): Promise<Submission> {
  return withDatabase(async (client) => {
    const id = `e2edesk${suffix()}${suffix()}`;
    const {
      rows: [writer],
    } = await client.query<{ id: string; displayName: string }>(
      `SELECT id, "displayName" FROM "User" WHERE email = $1`,
      [writerEmail],
    );
    const {
      rows: [section],
    } = await client.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM "Section" WHERE "parentId" IS NULL ORDER BY position LIMIT 1`,
    );
    const paragraphs = [longParagraph("Cikini"), longParagraph("Menteng")];
    const body = {
      type: "doc",
      content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
    };
    const bodyText = paragraphs.join("\n\n");
    await client.query(
      `INSERT INTO "Article" (id, title, slug, subtitle, "datelineCity", body, "bodyHtml", "bodyText", "wordCount", "sectionId", "writerId", status, "submittedAt", version, "lastEditedById", "updatedAt")
       VALUES ($1, $2, $3, 'Subjudul uji untuk redaksi', 'Jakarta', $4, '', $5, $6, $7, $8, 'SUBMITTED', now() - interval '2 hours', 3, $8, now())`,
      [
        id,
        title,
        `draf-${suffix()}${suffix()}`,
        JSON.stringify(body),
        bodyText,
        bodyText.split(/\s+/).length,
        section.id,
        writer.id,
      ],
    );
    return { id, title, sectionSlug: section.slug, writerName: writer.displayName };
  });
}

export const articleRow = (id: string) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{
      status: string;
      slug: string;
      claimedById: string | null;
      reviewNote: string | null;
      scheduledFor: Date | null;
    }>(
      `SELECT status, slug, "claimedById", "reviewNote", "scheduledFor" FROM "Article" WHERE id = $1`,
      [id],
    );
    return rows[0];
  });
