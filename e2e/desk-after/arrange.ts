import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paragraphsDocument } from "@/test/factory-kit";
import { withDatabase, withFactories } from "../fixtures/database";

// Published articles with a known revision history, which the UI could only produce through many
// screens, arranged through the tests' factories in the throw-away e2e database.

export const suffix = () => randomBytes(4).toString("hex");

const documentOf = (paragraphs: string[]) => paragraphsDocument(paragraphs.join("\n\n"));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

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
  return withFactories(async ({ db, createArticle, createTopic }) => {
    const userId = async (email: string) =>
      (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const section = await db.section.findFirstOrThrow({
      where: { parentId: null },
      orderBy: { position: "asc" },
      select: { id: true, slug: true },
    });
    const topicSlug = `uji-topik-${suffix()}`;
    const topic = await createTopic({ slug: topicSlug, name: `Uji ${topicSlug}` });
    const current = versions[versions.length - 1];
    const article = await createArticle({
      title: current.title,
      slug: `uji-redaksi-${suffix()}`,
      body: documentOf(current.paragraphs),
      sectionId: section.id,
      writerId: await userId(writerEmail),
      topics: [topic.id],
      publishedAt: daysAgo(365),
      columns: {
        datelineCity: "Jakarta",
        editorId: await userId("editor@warta.test"),
        submittedAt: daysAgo(366),
        version: versions.length,
        lastEditedById: await userId(current.authorEmail),
      },
    });
    for (const [i, version] of versions.entries()) {
      await db.revision.create({
        data: {
          articleId: article.id,
          version: i + 1,
          authorId: await userId(version.authorEmail),
          title: version.title,
          subtitle: "",
          body: documentOf(version.paragraphs) as Prisma.InputJsonObject,
          note: version.note ?? null,
          createdAt: daysAgo(versions.length - i),
        },
      });
    }
    return {
      id: article.id,
      slug: article.slug,
      path: `/${section.slug}/${article.slug}`,
      title: current.title,
      topicPath: `/topik/${topic.slug}`,
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
