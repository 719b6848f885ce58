import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangePublishedArticle, articleRow, suffix } from "./arrange";

// The "Setelah terbit" panel on the review page: unpublish, correction note, home headline.
// Each change must reach readers at once, through the ISR cache.

const WRITER = "demo.penulis9@warta.test";

const paragraphs = (word: string) => [
  `Warga Kelurahan ${word} membangun perpustakaan kecil di pos ronda yang selama ini jarang dipakai, dengan buku sumbangan tetangga dan rak dari kayu bekas.`,
  "Setiap sore anak-anak datang membaca dan mengerjakan pekerjaan rumah ditemani relawan mahasiswa dari kampus terdekat.",
];

const panel = (page: Page) => page.getByRole("region", { name: "Setelah terbit" });

async function openReview(page: Page, id: string) {
  await page.goto(`/redaksi/artikel/${id}`);
  await expect(panel(page)).toBeVisible();
}

test("unpublishing needs a reason, then the URL shows the withdrawal notice and the article leaves lists", async ({
  page,
}) => {
  const word = `Kembangsari${suffix()}`;
  const article = await arrangePublishedArticle(WRITER, [
    {
      title: `Perpustakaan Pos Ronda di ${word}`,
      paragraphs: paragraphs(word),
      authorEmail: WRITER,
    },
  ]);

  // Readers first, so the article and its topic list sit in the cache.
  await page.goto(article.path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await page.goto(article.topicPath);
  await expect(page.getByRole("link", { name: article.title })).toBeVisible();

  await logIn(page, "editor@warta.test");
  await openReview(page, article.id);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await panel(page).getByRole("button", { name: "Tarik artikel" }).click();
  await expect(panel(page).getByText("Tulis alasan penarikan, minimal 10 karakter.")).toBeVisible();
  expect((await articleRow(article.id)).status).toBe("PUBLISHED");

  const reason = "Narasumber utama mencabut pernyataannya dan belum dapat diverifikasi ulang.";
  await panel(page).getByLabel("Alasan penarikan").fill(reason);
  await panel(page).getByRole("button", { name: "Tarik artikel" }).click();
  await expect(panel(page).getByRole("status")).toContainText(
    "Artikel ini telah ditarik dari publik",
  );
  expect((await articleRow(article.id)).status).toBe("UNPUBLISHED");

  await page.context().clearCookies();
  await page.goto(article.path);
  await expect(
    page.getByRole("heading", { level: 1, name: "Artikel telah ditarik" }),
  ).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  const topicPage = await page.goto(article.topicPath);
  if (topicPage?.status() === 200)
    await expect(page.getByRole("link", { name: article.title })).toHaveCount(0);
  else expect(topicPage?.status()).toBe(404);
  await page.goto(`/cari?q=${word}`);
  await expect(page.getByRole("link", { name: article.title })).toHaveCount(0);

  const notified = await withDatabase(
    async (client) =>
      (
        await client.query(
          `SELECT count(*)::int AS n FROM "Notification" WHERE type = 'article.unpublished' AND data->>'articleId' = $1`,
          [article.id],
        )
      ).rows[0].n,
  );
  expect(notified).toBe(1);
});

test("a correction note shows on the article with its date", async ({ page }) => {
  const word = `Sukamaju${suffix()}`;
  const article = await arrangePublishedArticle(WRITER, [
    { title: `Taman Baca Warga ${word}`, paragraphs: paragraphs(word), authorEmail: WRITER },
  ]);
  await page.goto(article.path);
  await expect(page.getByRole("complementary", { name: "Ralat" })).toHaveCount(0);

  await logIn(page, "editor@warta.test");
  await openReview(page, article.id);
  const note =
    "Versi sebelumnya menyebut perpustakaan dibangun oleh kelurahan; yang benar dibangun oleh warga secara swadaya.";
  await panel(page).getByLabel("Catatan ralat untuk pembaca").fill(note);
  await panel(page).getByRole("button", { name: "Terbitkan ralat" }).click();
  await expect(panel(page).getByRole("status")).toHaveText(
    "Ralat diterbitkan dan tampil di halaman artikel.",
  );

  await page.context().clearCookies();
  const correction = page.getByRole("complementary", { name: "Ralat" });
  // A render that began before the correction may be stored just after the expiry; the second
  // expiry 1.5 s later removes it (lib/cache/invalidate.ts), so a reader may need one reload.
  await expect(async () => {
    await page.goto(article.path);
    await expect(correction).toContainText(note, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(correction.locator("time")).toHaveText(
    /^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \p{L}+ \d{4} \d{2}:\d{2} WIB$/u,
  );
  await expect(page.locator(".article-meta")).toContainText("Diperbarui");
});

test("featuring an article makes it the home headline, and featuring the previous one brings it back", async ({
  page,
}) => {
  const original = await withDatabase(
    async (client) =>
      (
        await client.query<{ id: string; title: string }>(
          `SELECT id, title FROM "Article" WHERE featured AND status = 'PUBLISHED' ORDER BY "featuredAt" DESC LIMIT 1`,
        )
      ).rows[0],
  );
  const word = `Cempaka${suffix()}`;
  const article = await arrangePublishedArticle(WRITER, [
    {
      title: `Kebun Sayur Atap Rumah di ${word}`,
      paragraphs: paragraphs(word),
      authorEmail: WRITER,
    },
  ]);
  const headline = page.locator(".headline-title");
  await page.goto("/");
  await expect(headline).toHaveText(original.title);

  await logIn(page, "editor@warta.test");
  await openReview(page, article.id);
  await expect(panel(page)).toContainText("Artikel ini bukan headline beranda.");
  await panel(page).getByRole("button", { name: "Jadikan headline" }).click();
  await expect(
    panel(page).getByText("Artikel ini sedang menjadi headline di beranda."),
  ).toBeVisible();
  await page.goto("/");
  await expect(headline).toHaveText(article.title);

  // Other specs expect the demo headline: put it back the way an editor would.
  await openReview(page, original.id);
  await panel(page).getByRole("button", { name: "Jadikan headline" }).click();
  await expect(
    panel(page).getByText("Artikel ini sedang menjadi headline di beranda."),
  ).toBeVisible();
  expect((await articleRow(article.id)).featured).toBe(false);
  await page.goto("/");
  await expect(headline).toHaveText(original.title);
});
