import { expect, test } from "@playwright/test";
import { arrangePublishedArticle, suffix } from "../desk-after/arrange";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved } from "../fixtures/studio";

// An editor starts updating a live story, then thinks better of it: "Buang pembaruan" (after a
// confirmation) throws the saved draft away; readers never saw it and the editor starts from the
// live text again.

const pendingUpdates = (articleId: string) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM "ArticlePendingUpdate" WHERE "articleId" = $1`,
      [articleId],
    );
    return Number(rows[0].count);
  });

test("an editor discards an unpublished update; the live text is unchanged and the draft is gone", async ({
  page,
  browser,
}) => {
  const word = `Kalibata${suffix()}`;
  const live = `Pasar ${word} buka lebih pagi selama bulan puasa.`;
  const article = await arrangePublishedArticle("penulis@warta.test", [
    {
      title: `Pasar ${word} Buka Lebih Pagi`,
      paragraphs: [live],
      authorEmail: "penulis@warta.test",
    },
  ]);
  await logIn(page, "editor@warta.test");
  await page.goto(`/redaksi/artikel/${article.id}/sunting`);
  await editorArea(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(" Pedagang mengeluhkan sepinya pembeli.");
  await expectSaved(page);
  expect(await pendingUpdates(article.id)).toBe(1);

  // Cancelling the confirmation keeps everything.
  await page.getByRole("button", { name: "Buang pembaruan" }).click();
  const confirm = page.getByRole("group", { name: /Buang semua perubahan yang belum terbit/ });
  await confirm.getByRole("button", { name: "Batal" }).click();
  await expect(editorArea(page)).toContainText("sepinya pembeli");
  expect(await pendingUpdates(article.id)).toBe(1);

  await page.getByRole("button", { name: "Buang pembaruan" }).click();
  await confirm.getByRole("button", { name: "Ya, buang pembaruan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pembaruan dibuang." })).toBeVisible();
  await expect(editorArea(page)).toContainText(live);
  await expect(editorArea(page)).not.toContainText("sepinya pembeli");
  expect(await pendingUpdates(article.id)).toBe(0);

  // Reopened, the editor shows the live text and offers no stale browser copy.
  await page.reload();
  await expect(editorArea(page)).toContainText(live);
  await expect(editorArea(page)).not.toContainText("sepinya pembeli");
  await expect(page.getByRole("region", { name: "Salinan lokal" })).toHaveCount(0);

  const reader = await browser.newPage();
  await reader.goto(article.path);
  await expect(reader.locator(".article-body")).toContainText(live);
  await expect(reader.locator(".article-body")).not.toContainText("sepinya pembeli");
  await reader.close();
});
