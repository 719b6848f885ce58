import path from "node:path";
import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved, longParagraph, startDraft } from "../fixtures/studio";

const photo = path.resolve("e2e/fixtures/foto-uji.png");

test("a verified writer writes a full article, finds every word after a reload, and submits it", async ({
  page,
}) => {
  await logIn(page, "penulis@warta.test");
  await startDraft(page);

  await page
    .getByLabel("Judul", { exact: true })
    .fill("Gotong Royong Warga Kampung Pulo Menjaga Sungai Tetap Bersih");
  await page
    .getByLabel("Subjudul", { exact: true })
    .fill("Setiap Minggu pagi, ratusan warga turun ke bantaran sungai");
  await page.getByLabel("Kota dateline").fill("Jakarta");

  const body = editorArea(page);
  await body.click();
  await page.keyboard.insertText(longParagraph("Kampung Pulo"));
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Subjudul bernomor" }).click();
  await page.keyboard.insertText("Sungai yang dulu hitam kini jernih");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(longParagraph("bantaran Ciliwung"));
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Kutipan" }).click();
  await page.keyboard.insertText(
    "“Kami tidak mau anak-anak kami tumbuh di tepi sungai yang kotor,” kata Bu Ratna.",
  );

  // An image in the body, with its caption and credit
  await page.getByRole("button", { name: "Gambar" }).click();
  await page.getByLabel("Unggah gambar untuk isi artikel").setInputFiles(photo);
  await expect(page.getByLabel("Keterangan foto").first()).toBeVisible();
  await page.getByLabel("Keterangan foto").first().fill("Warga membersihkan bantaran sungai");
  await page.getByLabel("Kredit foto").first().fill("Dok. Warta/Penulis Demo");

  // A "Baca Juga" block pointing at a published article
  await body.click();
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Baca Juga" }).click();
  await page.getByLabel("Cari artikel untuk Baca Juga").fill("banjir jakarta");
  const firstResult = page
    .getByRole("list", { name: "Hasil pencarian" })
    .getByRole("button")
    .first();
  const readAlsoTitle = (await firstResult.textContent())!.trim();
  await firstResult.click();
  await expect(body).toContainText("Baca Juga");

  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("Judul", { exact: true })).toHaveValue(
    "Gotong Royong Warga Kampung Pulo Menjaga Sungai Tetap Bersih",
  );
  await expect(editorArea(page)).toContainText("Sungai yang dulu hitam kini jernih");
  await expect(editorArea(page)).toContainText("Kami tidak mau anak-anak kami tumbuh");
  await expect(editorArea(page)).toContainText(readAlsoTitle.slice(0, 20));
  await expect(page.getByLabel("Kredit foto").first()).toHaveValue("Dok. Warta/Penulis Demo");

  await expect(
    page.getByRole("region", { name: "Format Warta" }).or(page.locator(".checklist")),
  ).toContainText("Minimal 250 kata");
  await page.getByRole("button", { name: "Kirim ke redaksi" }).click();
  await expect(page.locator(".status-line")).toContainText("Menunggu review");
  await expect(page.locator(".queue-place")).toContainText(/Urutan antrean review: ke-\d+/);

  await page.goto("/tulis");
  await expect(page.getByRole("heading", { name: /Menunggu review/ })).toBeVisible();
  await expect(
    page.getByRole("link", {
      name: "Gotong Royong Warga Kampung Pulo Menjaga Sungai Tetap Bersih",
    }),
  ).toBeVisible();
});

test("the checklist blocks a submission that misses the house format", async ({ page }) => {
  await logIn(page, "penulis@warta.test");
  await startDraft(page);
  await page.getByLabel("Judul", { exact: true }).fill("Judul pendek");
  await editorArea(page).click();
  await page.keyboard.insertText("Hanya satu kalimat.");
  await expect(page.locator(".check-failed")).toContainText([
    /Judul 20–120 karakter/,
    /Subjudul/,
    /Minimal 250 kata/,
  ]);
  await expect(page.getByRole("button", { name: "Kirim ke redaksi" })).toBeDisabled();
});
