import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { slugify } from "@/lib/format/slug";
import { paragraphsDocument } from "@/test/factory-kit";
import { withFactories } from "../fixtures/database";
import { longParagraph } from "../fixtures/studio";

// Accounts and articles for the desk's people and structure specs, arranged through the tests'
// factories in the throw-away e2e database. Fresh accounts (not the demo ones) are suspended or
// verified, so specs never step on each other.

export const suffix = () => randomBytes(4).toString("hex");

export type Person = { id: string; email: string; displayName: string; username: string };

/** A writer who can log in with the demo password (the hash is copied from penulis2). */
export async function arrangeWriter(displayName: string): Promise<Person> {
  const tag = suffix();
  return withFactories(async ({ db, createUser }) => {
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { email: "penulis2@warta.test" },
      select: { passwordHash: true },
    });
    const user = await createUser({
      email: `orang-${tag}@warta.test`,
      displayName: `${displayName} ${tag}`,
      username: `orang-${tag}`,
      passwordHash,
    });
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      username: user.username,
    };
  });
}

/** A published article by `writerId` in the first top-level section; returns its reader path. */
export async function arrangePublishedArticle(
  writerId: string,
  title: string,
): Promise<{ id: string; path: string }> {
  return withFactories(async ({ db, createArticle }) => {
    const section = await db.section.findFirstOrThrow({
      where: { parentId: null },
      orderBy: { position: "asc" },
      select: { id: true, slug: true },
    });
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
    const article = await createArticle({
      title,
      slug: `${slugify(title)}-${suffix()}`,
      subtitle: "Subjudul uji",
      body: paragraphsDocument(longParagraph("Kali Ciliwung")),
      sectionId: section.id,
      writerId,
      publishedAt: hoursAgo(1),
      columns: {
        editorId: (
          await db.user.findUniqueOrThrow({
            where: { email: "editor@warta.test" },
            select: { id: true },
          })
        ).id,
        submittedAt: hoursAgo(3),
        reviewedAt: hoursAgo(1),
      },
    });
    // The state a first publication leaves its writer in (lib/articles/publication/commit-publication.ts).
    await db.user.updateMany({ where: { id: writerId, tier: "MEMBER" }, data: { tier: "WRITER" } });
    return { id: article.id, path: `/${section.slug}/${article.slug}` };
  });
}

export async function userIdOf(email: string): Promise<string> {
  return withFactories(
    async ({ db }) =>
      (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id,
  );
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
    page.url(),
  ).toEqual([]);
}

/** The people page's card of one account, found by searching for it. */
export async function openPerson(page: Page, displayName: string) {
  await page.goto(`/redaksi/penulis?q=${encodeURIComponent(displayName)}`);
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2, name: displayName }) });
  await expect(card).toBeVisible();
  return card;
}
