import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";

// Every Location header of the response: exactly one is expected (Next alone sends it twice, which a
// proxy merging headers turns into a broken "/a, /a"; scripts/single-value-response.mjs).
const locationsOf = (response: import("@playwright/test").APIResponse) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "location")
    .map((h) => h.value);

test("an article whose slug changed answers its old URL with a permanent redirect to the new one", async ({
  page,
  request,
}) => {
  // Arranged as the editorial desk's rename does it: new slug on the article, old slug kept as a redirect.
  const { oldSlug, newSlug } = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; slug: string }>(
      `SELECT a.id, a.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
       WHERE a.status = 'PUBLISHED' AND s.slug = 'sport' ORDER BY a."publishedAt" ASC LIMIT 1`,
    );
    const article = rows[0];
    const renamed = `${article.slug}-diperbarui`;
    await client.query(`UPDATE "Article" SET slug = $1 WHERE id = $2`, [renamed, article.id]);
    await client.query(
      `INSERT INTO "SlugRedirect"(kind, "oldSlug", "targetId") VALUES ('ARTICLE', $1, $2)`,
      [article.slug, article.id],
    );
    return { oldSlug: article.slug, newSlug: renamed };
  });

  const response = await request.get(`/sport/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(locationsOf(response)).toEqual([`/sport/${newSlug}`]);

  await page.goto(`/sport/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/sport/${newSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // An article reached under the wrong section is sent to its one canonical URL too.
  const wrongSection = await request.get(`/news/${newSlug}`, { maxRedirects: 0 });
  expect(wrongSection.status()).toBe(308);
  expect(locationsOf(wrongSection)).toEqual([`/sport/${newSlug}`]);
});

test("a sub-section reached under the wrong parent moves to its own URL", async ({ request }) => {
  const response = await request.get("/sport/dunia", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(locationsOf(response)).toEqual(["/news/dunia"]);
});
