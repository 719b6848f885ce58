import { expect, test } from "@playwright/test";
import { arrangePublishedArticle, suffix } from "../desk-after/arrange";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved } from "../fixtures/studio";

// Corrections are a public log: each one dated, none overwritten, and /ralat shows what changed.

test("two corrections on one article both show, and /ralat lists both with word diffs", async ({
  page,
  browser,
}) => {
  const word = `Ciledug${suffix()}`;
  const article = await arrangePublishedArticle("penulis@warta.test", [
    {
      title: `Jembatan ${word} Diresmikan`,
      paragraphs: [
        `Jembatan ${word} sepanjang 120 meter diresmikan oleh wali kota pada hari Senin.`,
      ],
      authorEmail: "penulis@warta.test",
    },
  ]);
  await logIn(page, "editor@warta.test");
  const fixes = [
    {
      from: "120 meter",
      to: "210 meter",
      note: "Versi sebelumnya menyebut panjang jembatan 120 meter; yang benar 210 meter.",
    },
    {
      from: "wali kota",
      to: "wakil wali kota",
      note: "Peresmian dilakukan wakil wali kota, bukan wali kota.",
    },
  ];
  for (const fix of fixes) {
    await page.goto(`/redaksi/artikel/${article.id}/sunting`);
    const body = editorArea(page);
    await expect(body).toContainText(fix.from);
    await body.getByText(new RegExp(`Jembatan ${word}`)).click();
    // Replace the words through the editor's own find-and-type: select the text, then type.
    await page.evaluate(
      ([from]) => {
        const area = document.querySelector('[aria-label="Isi artikel"]')!;
        const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(from);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + from.length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
      },
      [fix.from],
    );
    await page.keyboard.insertText(fix.to);
    await expect(body).toContainText(fix.to);
    await expectSaved(page);
    const panel = page.getByRole("region", { name: "Terbitkan pembaruan" });
    await panel.getByRole("radio", { name: /Ralat/ }).check();
    await panel.getByLabel("Catatan untuk pembaca").fill(fix.note);
    await panel.getByRole("button", { name: "Terbitkan pembaruan" }).click();
    await expect(panel.getByRole("status")).toContainText("Pembaruan terbit.");
  }

  const reader = await browser.newPage();
  await reader.goto(article.path);
  const log = reader.getByRole("complementary", { name: "Pembaruan dan ralat" });
  await expect(log.getByRole("listitem")).toHaveCount(2);
  await expect(log.getByRole("listitem").nth(0)).toContainText(fixes[0].note);
  await expect(log.getByRole("listitem").nth(1)).toContainText(fixes[1].note);
  await expect(reader.locator(".article-body")).toContainText(
    "210 meter diresmikan oleh wakil wali kota",
  );

  await reader.goto("/ralat");
  await expect(reader.getByRole("heading", { level: 1, name: "Ralat" })).toBeVisible();
  const entries = reader.getByRole("article").filter({ hasText: `Jembatan ${word}` });
  await expect(entries).toHaveCount(2);
  // Newest first.
  await expect(entries.nth(0)).toContainText(fixes[1].note);
  await expect(entries.nth(1)).toContainText(fixes[0].note);
  await expect(
    entries.nth(1).getByRole("group", { name: "Perubahan teks" }).locator("del"),
  ).toContainText("120");
  await expect(
    entries.nth(1).getByRole("group", { name: "Perubahan teks" }).locator("ins"),
  ).toContainText("210");
  await expect(
    entries.nth(0).getByRole("group", { name: "Perubahan teks" }).locator("ins"),
  ).toContainText("wakil");
  await entries
    .nth(0)
    .getByRole("link", { name: `Jembatan ${word} Diresmikan` })
    .click();
  await expect(reader).toHaveURL(new RegExp(`${article.slug}$`));
  await reader.close();
});
