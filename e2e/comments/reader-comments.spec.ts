import { expect, test } from "@playwright/test";
import { linkFromOutbox, logInThroughForm, suffix } from "../accounts/helpers";
import {
  arrangePublishedArticle,
  arrangeWriter,
  articleCacheState,
  commentsSection,
  EDITOR,
  personPage,
  writeComment,
} from "./arrange";

test("a new reader's first comment waits for an editor, then appears; a reply notifies them; the article stays cached", async ({
  browser,
}) => {
  // Four people in four browser contexts, sign-up included: on the shared two-core test machine
  // this journey alone can pass the default minute.
  test.slow();
  const writer = await arrangeWriter("Penulis Banjir");
  const article = await arrangePublishedArticle(writer.id, "Banjir rob di pesisir utara");
  const anonymous = await personPage(browser, null);
  await anonymous.goto(article.path);
  await expect(commentsSection(anonymous)).toContainText("Belum ada komentar");
  await expect.poll(() => articleCacheState(anonymous, article.path)).toBe("HIT");

  // A reader signs up and verifies the address from the demo outbox.
  const reader = await personPage(browser, null);
  const id = suffix();
  const email = `pembaca-${id}@warta.test`;
  await reader.goto("/daftar");
  await reader.getByLabel("Nama tampilan").fill(`Rina Pembaca ${id}`);
  await reader.getByLabel("Nama pengguna").fill(`rina-${id}`);
  await reader.getByLabel("Email").fill(email);
  await reader.getByLabel("Kata sandi").fill("pasar-terapung-banjarmasin");
  await reader.getByRole("button", { name: "Daftar" }).click();
  await expect(reader).toHaveURL(/\/daftar\/periksa-email$/);
  // Sign-up signs nobody in; the new account may sign in before verifying.
  await logInThroughForm(reader, email, "pasar-terapung-banjarmasin");
  await expect(reader).toHaveURL(/\/tulis$/);

  // Unverified: told what to do instead of a comment box.
  await reader.goto(article.path);
  await expect(commentsSection(reader)).toContainText("Verifikasi email Anda terlebih dahulu");
  await reader.goto(await linkFromOutbox(reader, email, "/verifikasi-email/"));
  await expect(reader.getByRole("status")).toContainText("terverifikasi");

  await reader.goto(article.path);
  const text = `Air naik sampai lutut di Muara Baru.\nSemoga cepat surut. ${id}`;
  await writeComment(reader, text);
  const section = commentsSection(reader);
  await expect(section.getByRole("status").first()).toContainText("menunggu moderasi");
  const mine = section.getByRole("article", { name: `Komentar Rina Pembaca ${id}` });
  await expect(mine).toContainText("Menunggu moderasi");
  await expect(mine).toContainText("Air naik sampai lutut di Muara Baru.");

  // Nobody else sees it yet.
  await anonymous.reload();
  await expect(commentsSection(anonymous)).toContainText("Belum ada komentar");

  // An editor approves it from the queue.
  const editor = await personPage(browser, EDITOR);
  await editor.goto("/redaksi/komentar");
  const entry = editor.getByRole("listitem").filter({ hasText: `Semoga cepat surut. ${id}` });
  await expect(entry).toContainText("Komentar awal anggota baru");
  await entry.getByRole("button", { name: "Setujui" }).click();
  await expect(editor.getByText("Komentar disetujui")).toBeVisible();

  await anonymous.reload();
  const shown = commentsSection(anonymous).getByRole("article", {
    name: `Komentar Rina Pembaca ${id}`,
  });
  await expect(shown).toContainText("Semoga cepat surut.");
  await expect(commentsSection(anonymous).getByRole("heading", { level: 2 })).toHaveText(
    "Komentar (1)",
  );

  // The writer answers (marked "Penulis"); the reader is told.
  const writerPage = await personPage(browser, writer.email);
  await writerPage.goto(article.path);
  const writerView = commentsSection(writerPage).getByRole("article", {
    name: `Komentar Rina Pembaca ${id}`,
  });
  await writerView.getByRole("button", { name: "Balas" }).click();
  await commentsSection(writerPage)
    .getByLabel(`Balas komentar Rina Pembaca ${id}`)
    .fill("Terima kasih laporannya, kami pantau terus.");
  await commentsSection(writerPage).getByRole("button", { name: "Kirim balasan" }).click();
  const reply = commentsSection(writerPage).getByRole("article", {
    name: `Komentar ${writer.displayName}`,
  });
  await expect(reply).toContainText("Penulis");
  await reader.goto("/notifikasi");
  await expect(
    reader
      .getByRole("main")
      .getByRole("link", { name: /Komentar Anda di “Banjir rob di pesisir utara” dibalas/ }),
  ).toHaveAttribute("href", `${article.path}#komentar`);

  // Through all of this the article HTML was answered from the cache.
  expect(await articleCacheState(anonymous, article.path)).toBe("HIT");
  await anonymous.reload();
  await expect(commentsSection(anonymous)).toContainText("kami pantau terus");
});

test("the author edits within ten minutes (marked 'diedit') and deletes; bad input keeps the text", async ({
  browser,
}) => {
  const writer = await arrangeWriter("Penulis Pasar");
  const article = await arrangePublishedArticle(writer.id, "Harga cabai naik menjelang Natal");
  // The article's writer is trusted, so the comment appears at once.
  const page = await personPage(browser, writer.email);
  await page.goto(article.path);
  const section = commentsSection(page);
  await section.getByRole("button", { name: "Kirim komentar" }).click();
  await expect(section.getByRole("alert")).toContainText("tidak boleh kosong");
  const long = "cabai ".repeat(400);
  await section.getByLabel("Tulis komentar").fill(long);
  await expect(section.getByText("2.400/2.000")).toBeVisible();
  await section.getByRole("button", { name: "Kirim komentar" }).click();
  await expect(section.getByRole("alert")).toContainText("paling banyak 2.000 karakter");
  await expect(section.getByLabel("Tulis komentar")).toHaveValue(long);

  await writeComment(
    page,
    "Harga <b>cabai</b> rawit Rp90.000 per kg, lihat https://contoh.id/harga.",
  );
  const mine = section.getByRole("article", { name: `Komentar ${writer.displayName}` });
  await expect(mine).toContainText("Harga <b>cabai</b> rawit");
  await expect(mine.getByRole("link", { name: "https://contoh.id/harga" })).toHaveAttribute(
    "rel",
    "nofollow ugc noopener",
  );
  await mine.getByRole("button", { name: "Ubah" }).click();
  await mine.getByLabel("Ubah komentar").fill("Harga cabai rawit Rp95.000 per kg.");
  await mine.getByRole("button", { name: "Simpan" }).click();
  await expect(mine).toContainText("Rp95.000");
  await expect(mine).toContainText("diedit");

  page.once("dialog", (dialog) => dialog.accept());
  await mine.getByRole("button", { name: "Hapus" }).click();
  await expect(section).toContainText("Belum ada komentar");
});
