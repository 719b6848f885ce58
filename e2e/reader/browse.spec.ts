import { expect, test } from "@playwright/test";

// A reader's walk through the portal: home → section → article → topic → writer → search → 404.

test("a reader goes from the home page through a section, an article, a topic and a writer to search", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Warta/);
  await expect(page.getByRole("heading", { name: "Berita Terkini" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Terpopuler" })).toBeVisible();
  const headline = page.locator(".headline-title a");
  await expect(headline).toBeVisible();

  // Section
  await page
    .getByRole("navigation", { name: "Rubrik" })
    .getByRole("link", { name: "News" })
    .click();
  await expect(page).toHaveURL(/\/news$/);
  await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
  await expect(page.locator(".article-list > li")).toHaveCount(12);

  // Page 2 of the section, then back to an article from it
  await page
    .getByRole("navigation", { name: "Halaman" })
    .getByRole("link", { name: "Berikutnya ›" })
    .click();
  await expect(page).toHaveURL(/\/news\?halaman=2$/);
  await expect(page.locator(".pagination-current")).toHaveText("2");
  const firstArticle = page.locator(".article-list .card-title a").first();
  const articleTitle = (await firstArticle.textContent())!.trim();
  await firstArticle.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(articleTitle);
  await expect(page).toHaveURL(/\/news\/[a-z0-9-]+$/);

  // Writer
  const writerLink = page.locator(".writer-box .writer-name a");
  const writerName = (await writerLink.textContent())!.trim();
  await writerLink.click();
  await expect(page).toHaveURL(/\/penulis\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(writerName);
  await expect(page.getByRole("heading", { name: `Artikel oleh ${writerName}` })).toBeVisible();

  // A topic from an article that has one
  await page.goto("/");
  await page.locator(".topic-chips a").first().click();
  await expect(page).toHaveURL(/\/topik\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Topik:");
  await expect(page.locator(".article-list > li").first()).toBeVisible();

  // Search from the header
  await page.getByRole("search").first().getByLabel("Cari berita").fill("sepak bola");
  await page.getByRole("search").first().getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/\/cari\?q=sepak\+bola/);
  await expect(page.getByRole("heading", { name: /hasil untuk “sepak bola”/ })).toBeVisible();
  await expect(page.locator(".search-results mark").first()).toBeVisible();
});

test("unknown sections, articles, topics, writers and out-of-range pages answer 404 with a real page", async ({
  page,
}) => {
  for (const path of [
    "/rubrik-tidak-ada",
    "/news/artikel-yang-tidak-pernah-ada",
    "/topik/tidak-ada",
    "/penulis/tidak-ada",
    "/news?halaman=9999",
    "/news?halaman=abc",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  }
});

test("search explains empty, over-long and hostile queries and suggests a spelling", async ({
  page,
}) => {
  await page.goto("/cari?q=");
  await expect(page.getByRole("status")).toHaveText("Masukkan kata kunci pencarian.");

  await page.goto(`/cari?q=${"a".repeat(201)}`);
  await expect(page.getByRole("status")).toContainText("terlalu panjang");

  const hostile = `<script>window.__pwned = true</script>`;
  await page.goto(`/cari?q=${encodeURIComponent(hostile)}`);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
  ).toBeUndefined();
  await expect(page.getByLabel("Kata kunci")).toHaveValue(hostile);

  await page.goto("/cari?q=sepak+bolla");
  await expect(page.getByText("Mungkin maksud Anda:")).toBeVisible();
  await page.locator(".suggestion a").click();
  await expect(page.getByRole("heading", { name: /hasil untuk “sepak bola”/ })).toBeVisible();
});

test("health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
});
