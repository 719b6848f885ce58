import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import {
  arrangeComment,
  arrangePublishedArticle,
  arrangeWriter,
  commentsSection,
  EDITOR,
  expectNoAxeViolations,
  personPage,
  writeComment,
} from "./arrange";

test("a reader reports a factual error; the editor corrects the article and the reader is told", async ({
  browser,
}) => {
  const writer = await arrangeWriter("Penulis Data");
  const article = await arrangePublishedArticle(writer.id, "Jumlah penumpang KRL naik");
  const reader = await arrangeWriter("Pembaca Teliti");
  const page = await personPage(browser, reader.email);
  await page.goto(article.path);
  await page.getByRole("button", { name: "Laporkan artikel ini" }).click();
  const form = page.getByRole("form", { name: "Laporkan artikel" });
  await expect(form.getByLabel("Salah fakta")).toBeChecked();
  await form.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(form.getByRole("alert")).toContainText("Jelaskan fakta mana yang salah");
  await form
    .getByLabel("Fakta mana yang salah, dan apa yang benar?")
    .fill("Angka yang benar 1,2 juta penumpang per hari, bukan 12 juta.");
  await form.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(page.getByText("Laporan Anda kami terima")).toBeVisible();

  const editor = await personPage(browser, EDITOR);
  await editor.goto("/redaksi/komentar/artikel");
  const entry = editor.getByRole("listitem").filter({ hasText: "bukan 12 juta" });
  await expect(entry).toContainText(`Salah fakta · dari ${reader.displayName}`);
  await entry.getByLabel(/Ralat artikel/).check();
  await entry
    .getByLabel("Catatan", { exact: true })
    .fill("Jumlah penumpang diperbaiki menjadi 1,2 juta per hari.");
  await entry.getByRole("button", { name: "Putuskan" }).click();
  await expect(editor.getByText("Laporan diputuskan. Pelapor diberi tahu.")).toBeVisible();

  await page.goto(article.path);
  await expect(page.getByRole("complementary", { name: "Ralat" })).toContainText("1,2 juta");
  await page.goto("/notifikasi");
  await expect(
    page
      .getByRole("main")
      .getByRole("link", { name: /Laporan Anda tentang .* ditindaklanjuti: artikel diralat/ }),
  ).toHaveAttribute("href", article.path);
});

test("the comment UI and a reader profile pass axe; screenshots at 390 and 1280 px", async ({
  browser,
}) => {
  // Four axe runs and four screenshots: slower than a minute on the shared two-core test machine.
  test.slow();
  const writer = await arrangeWriter("Penulis Kota");
  const article = await arrangePublishedArticle(writer.id, "Trotoar baru di Jalan Sudirman");
  const neighbour = await arrangeWriter("Budi Santoso");
  const top = await arrangeComment(
    article.id,
    neighbour.id,
    "Trotoarnya lebar dan rapi, tapi masih banyak motor naik ke atas.\nMohon petugas lebih tegas. Foto: https://contoh.id/foto",
  );
  await arrangeComment(article.id, writer.id, "Terima kasih masukannya, Pak Budi.");
  await withDatabase((client) =>
    client.query(`UPDATE "Comment" SET "parentId" = $1 WHERE "articleId" = $2 AND id <> $1`, [
      top,
      article.id,
    ]),
  );
  const reader = await arrangeWriter("Sari Pembaca");
  const page = await personPage(browser, reader.email);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(article.path);
    const section = commentsSection(page);
    await expect(section.getByText("Terima kasih masukannya")).toBeVisible();
    await section.getByLabel("Tulis komentar").fill("Setuju, semoga ada penertiban rutin.");
    await page.getByRole("region", { name: /Bagaimana perasaan Anda/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/comments-${width}.png`, fullPage: false });
    await section
      .getByRole("article", { name: `Komentar ${neighbour.displayName}` })
      .getByRole("button", { name: "Laporkan" })
      .click();
    await page.getByRole("button", { name: "Laporkan artikel ini" }).click();
    await expectNoAxeViolations(page);
    await section.screenshot({ path: `test-results/comments-thread-${width}.png` });
  }
  const anonymous = await personPage(browser, null);
  // A member who has published nothing has a reader's profile: their comments.
  await anonymous.goto(`/penulis/${neighbour.username}`);
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(neighbour.displayName);
  await expect(anonymous.getByText("banyak motor naik ke atas")).toBeVisible();
  await expectNoAxeViolations(anonymous);
  await anonymous.goto(article.path);
  await expect(commentsSection(anonymous)).toContainText("untuk ikut berkomentar");
  await expectNoAxeViolations(anonymous);
});

test("the moderation pages pass axe, with an entry in the queue", async ({ browser }) => {
  const writer = await arrangeWriter("Penulis Antrean");
  const article = await arrangePublishedArticle(writer.id, "Jadwal KRL berubah mulai Senin");
  const reader = await arrangeWriter("Pembaca Antrean");
  const page = await personPage(browser, reader.email);
  await page.goto(article.path);
  await writeComment(page, "Semoga ada penertiban rutin di peron.");
  await expect(commentsSection(page).getByText("Menunggu moderasi").first()).toBeVisible();

  const editor = await personPage(browser, EDITOR);
  await editor.goto("/redaksi/komentar");
  const entry = editor.getByRole("listitem").filter({ hasText: "penertiban rutin di peron" });
  await entry.getByText(`Blokir ${reader.displayName}…`).click();
  await entry.getByText("Hapus…").click();
  await expectNoAxeViolations(editor);
  await editor.screenshot({ path: "test-results/moderation-1280.png", fullPage: true });
  await editor.goto("/redaksi/komentar/artikel");
  await expectNoAxeViolations(editor);
  await editor.goto("/redaksi/komentar/pengaturan");
  await expect(editor.getByLabel("Daftar kata moderasi")).toHaveValue(/judi online/);
  await expectNoAxeViolations(editor);
});
