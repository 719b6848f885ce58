import { randomBytes } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangePublishedArticle, arrangeWriter, type Person } from "../desk-people/arrange";

export { expectNoAxeViolations } from "../desk-people/arrange";
export { arrangePublishedArticle, arrangeWriter, type Person };

export const EDITOR = "editor@warta.test";
const READER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

/**
 * A browser context of its own, speaking from its own made-up address (comments are limited per
 * IP), signed in as `email` unless null.
 */
export async function personPage(browser: Browser, email: string | null): Promise<Page> {
  // A browser's ordinary user agent: "HeadlessChrome" counts as a bot for views and reactions.
  const context = await browser.newContext({ userAgent: READER_AGENT });
  const page = await context.newPage();
  const bytes = randomBytes(3);
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`,
  });
  if (email) await logIn(page, email);
  return page;
}

/** A published comment straight in the database (for flows that start from an existing thread). */
export async function arrangeComment(articleId: string, authorId: string, body: string) {
  const id = `e2ecomment${randomBytes(4).toString("hex")}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Comment" (id, "articleId", "authorId", body, status, "updatedAt") VALUES ($1, $2, $3, $4, 'PUBLISHED', now())`,
      [id, articleId, authorId, body],
    );
    await client.query(`UPDATE "Article" SET "commentCount" = "commentCount" + 1 WHERE id = $1`, [
      articleId,
    ]);
  });
  return id;
}

export const commentsSection = (page: Page) => page.getByRole("region", { name: /^Komentar/ });

export async function writeComment(page: Page, text: string) {
  const section = commentsSection(page);
  await section.getByLabel("Tulis komentar").fill(text);
  await section.getByRole("button", { name: "Kirim komentar" }).click();
}

/** The article HTML's cache state as the server reports it (HIT once cached). */
export async function articleCacheState(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.ok()).toBeTruthy();
  return response.headers()["x-nextjs-cache"] ?? "none";
}
