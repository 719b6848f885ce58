import { expect, test } from "@playwright/test";
import {
  arrangeComment,
  arrangePublishedArticle,
  arrangeWriter,
  commentsSection,
  EDITOR,
  personPage,
  writeComment,
} from "./arrange";

test("a comment reported from three accounts is hidden until the desk decides", async ({
  browser,
}) => {
  const writer = await arrangeWriter("Penulis Pilkada");
  const article = await arrangePublishedArticle(writer.id, "Debat calon gubernur malam ini");
  const troll = await arrangeWriter("Akun Provokator");
  await arrangeComment(article.id, troll.id, "Semua pendukung calon nomor dua itu bodoh.");

  for (const name of ["Pelapor Satu", "Pelapor Dua", "Pelapor Tiga"]) {
    const reporter = await arrangeWriter(name);
    const page = await personPage(browser, reporter.email);
    await page.goto(article.path);
    const comment = commentsSection(page).getByRole("article", {
      name: `Komentar ${troll.displayName}`,
    });
    await comment.getByRole("button", { name: "Laporkan" }).click();
    const form = comment.getByRole("form", { name: `Laporkan komentar ${troll.displayName}` });
    await form.getByLabel("Pelecehan atau serangan pribadi").check();
    await form.getByRole("button", { name: "Kirim laporan" }).click();
    await expect(page.getByText("Terima kasih, laporan Anda kami terima.")).toBeVisible();
    await page.context().close();
  }

  const anonymous = await personPage(browser, null);
  await anonymous.goto(article.path);
  await expect(commentsSection(anonymous)).toContainText("Belum ada komentar");

  const editor = await personPage(browser, EDITOR);
  await editor.goto("/redaksi/komentar");
  const entry = editor.getByRole("listitem").filter({ hasText: "calon nomor dua itu bodoh" });
  await expect(entry).toContainText("Disembunyikan: 3 laporan");
  await expect(entry).toContainText("Pelecehan atau serangan pribadi");
  await entry.getByText("Hapus…").click();
  await entry.getByLabel("Alasan (dikirim ke penulis komentar)").fill("Menghina pendukung calon");
  await entry.getByRole("button", { name: "Hapus komentar" }).click();
  await expect(editor.getByText("Komentar dihapus. Penulisnya diberi tahu")).toBeVisible();

  const trollPage = await personPage(browser, troll.email);
  await trollPage.goto("/notifikasi");
  await expect(
    trollPage
      .getByRole("main")
      .getByRole("link", { name: /dihapus moderator: Menghina pendukung calon/ }),
  ).toHaveAttribute("href", `${article.path}#komentar`);
});

test("an editor bans a spammer, who then sees why and until when", async ({ browser }) => {
  const writer = await arrangeWriter("Penulis Bola");
  const article = await arrangePublishedArticle(writer.id, "Timnas lolos ke putaran final");
  const spammer = await arrangeWriter("Promo Slot");
  const spam = await personPage(browser, spammer.email);
  await spam.goto(article.path);
  await writeComment(
    spam,
    "Daftar sekarang https://a.example https://b.example https://c.example bonus 100%",
  );
  await expect(commentsSection(spam).getByText("Menunggu moderasi").first()).toBeVisible();

  const editor = await personPage(browser, EDITOR);
  await editor.goto("/redaksi/komentar");
  const entry = editor.getByRole("listitem").filter({ hasText: "bonus 100%" });
  await expect(entry).toContainText("Lebih dari dua tautan");
  await entry.getByText(`Blokir ${spammer.displayName}…`).click();
  await entry.getByLabel("Lama pemblokiran").selectOption("30");
  await entry.getByLabel("Alasan (ditampilkan kepada yang diblokir)").fill("Spam judi daring");
  await entry.getByRole("button", { name: "Blokir dari berkomentar" }).click();
  await expect(editor.getByText("Akun diblokir dari berkomentar.")).toBeVisible();
  await expect(editor.getByRole("listitem").filter({ hasText: "bonus 100%" })).toHaveCount(0);

  await spam.reload();
  await expect(commentsSection(spam)).toContainText(
    /Anda diblokir dari berkomentar sampai \S+, \d+ \S+ \d{4} \d{2}:\d{2} WIB\. Alasan: Spam judi daring/,
  );
  // A direct POST meets the same refusal.
  const response = await spam.request.post(`/api/comments/${article.id}`, {
    data: { body: "Coba lagi" },
    headers: { origin: new URL(spam.url()).origin },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ reason: "BANNED" });
});

test("reactions from two readers and an anonymous visitor; closing comments on an article", async ({
  browser,
}) => {
  const writer = await arrangeWriter("Penulis Gempa");
  const article = await arrangePublishedArticle(writer.id, "Gempa magnitudo 5 guncang Cianjur");
  const reactions = (page: import("@playwright/test").Page) =>
    page.getByRole("region", { name: "Bagaimana perasaan Anda setelah membaca artikel ini?" });

  for (const [name, choice] of [
    ["Pembaca Reaksi Satu", "Sedih"],
    ["Pembaca Reaksi Dua", "Sedih"],
  ] as const) {
    const person = await arrangeWriter(name);
    const page = await personPage(browser, person.email);
    await page.goto(article.path);
    const button = reactions(page).getByRole("button", { name: new RegExp(`^${choice}`) });
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await page.context().close();
  }
  const anonymous = await personPage(browser, null);
  await anonymous.goto(article.path);
  await reactions(anonymous)
    .getByRole("button", { name: /Terinspirasi/ })
    .click();
  await expect(reactions(anonymous).getByRole("button", { name: /Terinspirasi/ })).toHaveText(
    /Terinspirasi\s*1/,
  );
  await expect(reactions(anonymous).getByRole("button", { name: /Sedih/ })).toHaveText(/Sedih\s*2/);
  // The same visitor changes their mind: moved, not added.
  await reactions(anonymous).getByRole("button", { name: /Lucu/ }).click();
  await expect(reactions(anonymous).getByRole("button", { name: /Lucu/ })).toHaveText(/Lucu\s*1/);
  await expect(reactions(anonymous).getByRole("button", { name: /Terinspirasi/ })).toHaveText(
    /Terinspirasi\s*0/,
  );
  await anonymous.reload();
  await expect(reactions(anonymous).getByRole("button", { name: /Lucu/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  const editor = await personPage(browser, EDITOR);
  await editor.goto(article.path);
  await commentsSection(editor).getByRole("button", { name: "Tutup komentar artikel ini" }).click();
  await expect(
    commentsSection(editor).getByRole("button", { name: "Buka kembali komentar" }),
  ).toBeVisible();
  const reader = await personPage(browser, (await arrangeWriter("Pembaca Tutup")).email);
  await reader.goto(article.path);
  await expect(commentsSection(reader)).toContainText(
    "Komentar untuk artikel ini ditutup oleh redaksi.",
  );
  await expect(commentsSection(reader).getByLabel("Tulis komentar")).toHaveCount(0);
});
