import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { longParagraph } from "../fixtures/studio";

// Rows written straight into the throw-away e2e database for the desk's people and structure specs.
// Fresh accounts (not the demo ones) are suspended or verified, so specs never step on each other.

export const suffix = () => randomBytes(4).toString("hex");

export type Person = { id: string; email: string; displayName: string; username: string };

/** A writer who can log in with the demo password (the hash is copied from penulis2). */
export async function arrangeWriter(displayName: string): Promise<Person> {
  const tag = suffix();
  const person = {
    id: `e2epeople${tag}`,
    email: `orang-${tag}@warta.test`,
    displayName: `${displayName} ${tag}`,
    username: `orang-${tag}`,
  };
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "User" (id, email, "emailVerifiedAt", "passwordHash", "displayName", username, "updatedAt")
       SELECT $1, $2, now(), "passwordHash", $3, $4, now() FROM "User" WHERE email = 'penulis2@warta.test'`,
      [person.id, person.email, person.displayName, person.username],
    ),
  );
  return person;
}

/** A published article by `writerId` in the first top-level section; returns its reader path. */
export async function arrangePublishedArticle(
  writerId: string,
  title: string,
): Promise<{ id: string; path: string }> {
  return withDatabase(async (client) => {
    const id = `e2epeopleart${suffix()}`;
    const slug = `${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")}-${suffix()}`;
    const {
      rows: [section],
    } = await client.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM "Section" WHERE "parentId" IS NULL ORDER BY position LIMIT 1`,
    );
    const text = longParagraph("Kali Ciliwung");
    const body = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text }] }],
    };
    await client.query(
      `INSERT INTO "Article" (id, title, slug, subtitle, body, "bodyText", "wordCount", "sectionId", "writerId", "editorId", status, "submittedAt", "reviewedAt", "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, 'Subjudul uji', $4, $5, $6, $7, $8, (SELECT id FROM "User" WHERE email = 'editor@warta.test'), 'PUBLISHED', now() - interval '3 hours', now() - interval '1 hour', now() - interval '1 hour', now())`,
      [id, title, slug, JSON.stringify(body), text, text.split(/\s+/).length, section.id, writerId],
    );
    await client.query(`UPDATE "User" SET tier = 'WRITER' WHERE id = $1 AND tier = 'MEMBER'`, [
      writerId,
    ]);
    return { id, path: `/${section.slug}/${slug}` };
  });
}

export async function userIdOf(email: string): Promise<string> {
  return withDatabase(
    async (client) =>
      (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]))
        .rows[0].id,
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
