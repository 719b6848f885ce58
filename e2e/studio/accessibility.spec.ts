import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { editorArea, startDraft } from "../fixtures/studio";

test("the studio pages have no axe violations", async ({ page }) => {
  await logIn(page, "penulis@warta.test");
  await page.goto("/tulis");
  expect(
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id),
    "/tulis",
  ).toEqual([]);

  await startDraft(page);
  await editorArea(page).click();
  await page.keyboard.insertText("Paragraf pertama.");
  expect(
    (await new AxeBuilder({ page }).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`,
    ),
    "editor",
  ).toEqual([]);
});
