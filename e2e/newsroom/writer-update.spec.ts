import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { arrangePublishedArticle, suffix } from "../desk-after/arrange";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved } from "../fixtures/studio";
import { arrangeWriter } from "./arrange";

// A Verified Writer updates their own live story through review: readers keep the live version
// until an editor publishes the update with its note, and the writer is told.

const WIB = /(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \p{L}+ \d{4} \d{2}:\d{2} WIB/u;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    page.url(),
  ).toEqual([]);
}

test("a Verified Writer proposes an update, an editor publishes it, readers see it and the writer is told", async ({
  page,
  browser,
}) => {
  // Two people, two rounds of review and three builds of the reader page on a busy machine.
  test.setTimeout(150_000);
  const word = `Cikapundung${suffix()}`;
  const title = `Jembatan ${word} Ditutup Sementara`;
  const article = await arrangePublishedArticle("penulis@warta.test", [
    {
      title,
      paragraphs: [`Jembatan ${word} ditutup sejak Senin untuk perbaikan, kata petugas.`],
      authorEmail: "penulis@warta.test",
    },
  ]);
  await logIn(page, "penulis@warta.test");
  await page.goto(`/tulis/artikel/${article.id}`);
  await page.getByRole("link", { name: "Perbarui artikel" }).click();
  await expect(page).toHaveURL(new RegExp(`/tulis/artikel/${article.id}/pembaruan$`));
  await expect(editorArea(page)).toBeVisible();
  await editorArea(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(" Kamis pagi jembatan dibuka kembali untuk kendaraan roda dua.");
  await expectSaved(page);
  await expectNoAxeViolations(page);

  const panel = page.getByRole("region", { name: "Kirim pembaruan" });
  await panel.getByRole("button", { name: "Kirim pembaruan ke redaksi" }).click();
  await expect(panel.getByText("Tulis catatan untuk pembaca, minimal 10 karakter.")).toBeVisible();
  const note = "Jembatan dibuka kembali Kamis pagi untuk roda dua.";
  await panel.getByLabel("Catatan pembaruan untuk pembaca").fill(note);
  await panel.getByRole("button", { name: "Kirim pembaruan ke redaksi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "dikirim ke redaksi" })).toBeVisible();

  // Sent, not yet published: a reader still sees the live version.
  const reader = await browser.newPage();
  await reader.goto(article.path);
  await expect(reader.locator(".article-body")).toContainText("ditutup sejak Senin");
  await expect(reader.locator(".article-body")).not.toContainText("dibuka kembali");

  const editor = await (await browser.newContext()).newPage();
  await logIn(editor, "editor@warta.test");
  await editor.goto("/redaksi");
  await expect(
    editor.getByRole("link", { name: /pembaruan artikel terbit dari penulis menunggu review/ }),
  ).toBeVisible();
  const openProposal = async () => {
    await editor.goto("/redaksi/pembaruan");
    const item = editor
      .getByRole("list", { name: "Pembaruan menunggu review" })
      .getByRole("listitem")
      .filter({ hasText: title });
    await expect(item).toContainText(note);
    await item.getByRole("link", { name: "Tinjau pembaruan" }).click();
    const region = editor.getByRole("region", { name: "Usulan pembaruan dari penulis" });
    await expect(region).toContainText(note);
    return region;
  };
  await editor.goto("/redaksi/pembaruan");
  await expectNoAxeViolations(editor);
  let proposal = await openProposal();
  await expectNoAxeViolations(editor);
  await expect(
    proposal.getByRole("group", { name: "Perubahan terhadap versi terbit" }),
  ).toContainText("[ditambahkan: Kamis pagi jembatan dibuka kembali");

  // Returned with a reason: the writer is told, finds the reason beside their update and resends it.
  const reason = "Sebutkan siapa yang membuka jembatan.";
  const returnForm = proposal.getByRole("form", { name: "Kembalikan pembaruan ke penulis" });
  await returnForm.getByLabel("Alasan untuk penulis").fill(reason);
  await returnForm.getByRole("button", { name: "Kembalikan ke penulis" }).click();
  await expect(
    proposal.getByRole("status").filter({ hasText: `Dikembalikan ke` }).getByRole("time"),
  ).toHaveText(WIB);
  await page.goto("/notifikasi");
  await expect(
    page
      .getByRole("main")
      .getByText(`Pembaruan Anda untuk “${title}” dikembalikan redaksi: ${reason}`)
      .first(),
  ).toBeVisible();
  await page.goto(`/tulis/artikel/${article.id}`);
  await page.getByRole("link", { name: "Perbarui artikel" }).click();
  await expect(page.getByRole("complementary", { name: "Catatan editor" })).toContainText(reason);
  await expect(editorArea(page)).toContainText("dibuka kembali");
  await editorArea(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(" Jembatan dibuka oleh Dinas PU.");
  await expectSaved(page);
  await expect(panel.getByLabel("Catatan pembaruan untuk pembaca")).toHaveValue(note);
  await panel.getByRole("button", { name: "Kirim pembaruan ke redaksi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "dikirim ke redaksi" })).toBeVisible();

  proposal = await openProposal();
  await expect(
    proposal.getByRole("group", { name: "Perubahan terhadap versi terbit" }),
  ).toContainText("Dinas PU");
  await expect(editorArea(editor)).toContainText("dibuka kembali");
  const publish = editor.getByRole("region", { name: "Terbitkan pembaruan" });
  await expect(publish.getByRole("radio", { name: /Pembaruan/ })).toBeChecked();
  await expect(publish.getByLabel("Catatan untuk pembaca")).toHaveValue(note);
  await publish.getByRole("button", { name: "Terbitkan pembaruan" }).click();
  await expect(publish.getByRole("status")).toContainText("Pembaruan terbit.");

  await reader.goto(article.path);
  await expect(reader.locator(".article-body")).toContainText(
    "Kamis pagi jembatan dibuka kembali untuk kendaraan roda dua. Jembatan dibuka oleh Dinas PU.",
  );
  const log = reader.getByRole("complementary", { name: "Pembaruan" });
  await expect(log).toContainText(note);
  await expect(log.locator("time")).toHaveText(WIB);
  await expect(reader.locator(".article-meta")).toContainText(
    new RegExp(`Diperbarui ${WIB.source}`, "u"),
  );
  await reader.close();

  await page.goto("/notifikasi");
  await expect(
    page.getByRole("main").getByText(`Pembaruan Anda untuk “${title}” diterbitkan`).first(),
  ).toBeVisible();
  await editor.close();
});

test("a writer who is not Verified is not offered an update and is refused at its address", async ({
  page,
}) => {
  const writer = await arrangeWriter("Penulis Baru Pembaruan");
  const article = await arrangePublishedArticle(writer.email, [
    {
      title: `Pasar Kaget ${suffix()} Ramai`,
      paragraphs: ["Pasar kaget ramai dikunjungi warga pada Minggu pagi."],
      authorEmail: writer.email,
    },
  ]);
  await logIn(page, writer.email);
  await page.goto(`/tulis/artikel/${article.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pasar Kaget");
  await expect(page.getByRole("link", { name: "Perbarui artikel" })).toHaveCount(0);
  await page.goto(`/tulis/artikel/${article.id}/pembaruan`);
  await expect(page.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
  await expect(editorArea(page)).toHaveCount(0);
});
