import { randomBytes } from "node:crypto";
import { slugify } from "@/lib/format/slug";
import { paragraphsDocument } from "@/test/factory-kit";
import { withDatabase, withFactories } from "../fixtures/database";
import { longParagraph } from "../fixtures/studio";

// Submissions arranged through the tests' factories in the throw-away e2e database, for specs whose
// subject is the desk rather than the writer's studio (the full loop in review-loop.spec.ts goes
// through the UI).

export const suffix = () => randomBytes(4).toString("hex");

/** The slug publication gives a plain title (lib/format/slug.ts, the rule itself). */
export const slugOf = (title: string) => slugify(title);

export type Submission = { id: string; title: string; sectionSlug: string; writerName: string };

export async function arrangeSubmission(writerEmail: string, title: string): Promise<Submission> {
  return withFactories(async ({ db, createSubmission }) => {
    const writer = await db.user.findUniqueOrThrow({
      where: { email: writerEmail },
      select: { id: true, displayName: true },
    });
    const section = await db.section.findFirstOrThrow({
      where: { parentId: null },
      orderBy: { position: "asc" },
      select: { id: true, slug: true },
    });
    const article = await createSubmission({
      title,
      subtitle: "Subjudul uji untuk redaksi",
      body: paragraphsDocument([longParagraph("Cikini"), longParagraph("Menteng")].join("\n\n")),
      writerId: writer.id,
      sectionId: section.id,
      submittedAt: new Date(Date.now() - 2 * 3600_000),
      columns: { datelineCity: "Jakarta", version: 3, lastEditedById: writer.id },
    });
    return { id: article.id, title, sectionSlug: section.slug, writerName: writer.displayName };
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
