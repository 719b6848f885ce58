import { expect, test } from "@playwright/test";
import {
  accountMenu,
  linkFromOutbox,
  logInThroughForm,
  speakFromOwnIp,
  suffix,
} from "../accounts/helpers";
import { editorArea, expectSaved, longParagraph, startDraft } from "../fixtures/studio";

// The writer issue's whole path in one go, as a new person would take it: sign up, verify the email
// from the outbox, sign in, fill the profile with a photo, write a full article, reload, submit, see the queue.
test("a new writer signs up, verifies, sets up a profile, writes, and submits an article", async ({
  page,
}) => {
  await speakFromOwnIp(page);
  const id = suffix();
  const email = `jurnalis-${id}@warta.test`;

  await page.goto("/daftar");
  await page.getByLabel("Nama tampilan").fill("Dewi Lestari Uji");
  await page.getByLabel("Nama pengguna").fill(`dewi-${id}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("sawah-terasering-jatiluwih");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/daftar\/periksa-email$/);

  await page.goto(await linkFromOutbox(page, email, "/verifikasi-email/"));
  await expect(page.getByRole("status")).toContainText("Email Anda sudah terverifikasi");
  await logInThroughForm(page, email, "sawah-terasering-jatiluwih");
  await expect(page).toHaveURL(/\/tulis$/);
  await expect(accountMenu(page).getByText("Dewi Lestari Uji")).toBeVisible();

  await page.goto("/tulis/profil");
  await page.getByLabel("Bio singkat").fill("Petani kopi dan penulis lepas dari Temanggung.");
  await page.getByLabel("Unggah foto profil").setInputFiles("e2e/fixtures/foto-uji.png");
  await expect(page.getByText("Gambar berhasil diunggah.")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(
    page.getByRole("img", { name: "Foto profil Dewi Lestari Uji saat ini" }),
  ).toHaveAttribute("src", /\/media\//);

  await startDraft(page);
  await page
    .getByLabel("Judul", { exact: true })
    .fill("Panen Kopi Lereng Sindoro Tahun Ini Lebih Awal");
  await page
    .getByLabel("Subjudul", { exact: true })
    .fill("Hujan yang datang lebih cepat mengubah kalender petani");
  await page.getByLabel("Kota dateline").fill("Temanggung");
  await editorArea(page).click();
  await page.keyboard.insertText(longParagraph("lereng Sindoro"));
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Subjudul bernomor" }).click();
  await page.keyboard.insertText("Harga gabah kopi naik");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Kutipan" }).click();
  await page.keyboard.insertText(
    "“Tahun ini kami memetik tiga minggu lebih cepat,” kata Pak Darto.",
  );
  await page.getByRole("button", { name: "Gambar" }).click();
  await page
    .getByLabel("Unggah gambar untuk isi artikel")
    .setInputFiles("e2e/fixtures/foto-uji.png");
  await page.getByLabel("Keterangan foto").first().fill("Petani memetik kopi di lereng Sindoro");
  await page.getByLabel("Kredit foto").first().fill("Dok. pribadi/Dewi");
  await editorArea(page).click();
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Baca Juga" }).click();
  await page.getByLabel("Cari artikel untuk Baca Juga").fill("kopi");
  await page.getByRole("list", { name: "Hasil pencarian" }).getByRole("button").first().click();
  await expectSaved(page);

  await page.reload();
  await expect(editorArea(page)).toContainText("Harga gabah kopi naik");
  await expect(editorArea(page)).toContainText("Tahun ini kami memetik tiga minggu lebih cepat");
  await expect(editorArea(page)).toContainText("Baca Juga");
  await expect(page.getByLabel("Kredit foto").first()).toHaveValue("Dok. pribadi/Dewi");

  await page.getByRole("button", { name: "Kirim ke redaksi" }).click();
  await expect(page.locator(".status-line")).toContainText("Menunggu review");
  await expect(page.locator(".queue-place")).toContainText(/Urutan antrean review: ke-\d+\. /);
});
