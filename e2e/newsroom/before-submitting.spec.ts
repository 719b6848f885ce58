import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved, startDraft } from "../fixtures/studio";
import { arrangeWriter, publishedPassage } from "./arrange";

// Help before submitting: spelling hints in the editor and the writer's own originality check.

test("spelling hints flag 'merubah' and 'dirumah' with their standard forms, and a click fixes them", async ({
  page,
}) => {
  const writer = await arrangeWriter("Dewi Anggraini");
  await logIn(page, writer.email);
  await startDraft(page);
  await editorArea(page).click();
  await page.keyboard.insertText("Warga merubah jalan kampung. Anak-anak bermain dirumah saja.");
  const hints = page.getByRole("region", { name: /Saran ejaan/ });
  await expect(
    hints.getByRole("button", { name: "Ganti “merubah” dengan “mengubah”" }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    hints.getByRole("button", { name: "Ganti “dirumah” dengan “di rumah”" }),
  ).toBeVisible();
  await expect(editorArea(page).locator('[data-spelling="merubah"]')).toHaveCSS(
    "text-decoration-style",
    "wavy",
  );
  await hints.getByRole("button", { name: "Ganti “merubah” dengan “mengubah”" }).click();
  await expect(editorArea(page)).toContainText("Warga mengubah jalan kampung.");
  await expect(hints.getByRole("button", { name: /Ganti “merubah”/ })).toHaveCount(0);
  // Hints never block: the submit button depends on the checklist only.
  await expect(page.getByRole("button", { name: "Kirim ke redaksi" })).toBeVisible();
});

test("a writer sees the originality panel before submitting", async ({ page }) => {
  const writer = await arrangeWriter("Bayu Saputra");
  const source = await publishedPassage();
  await logIn(page, writer.email);
  await startDraft(page);
  await page.getByLabel("Judul", { exact: true }).fill("Catatan Saya");
  await editorArea(page).click();
  await page.keyboard.insertText(source.text);
  await expectSaved(page);
  const panel = page.getByRole("region", { name: "Cek orisinalitas" });
  await panel.getByRole("button", { name: "Periksa orisinalitas" }).click();
  await expect(panel.getByRole("link", { name: source.title })).toBeVisible();
  await expect(panel.getByText(/\d+\s?% sama/)).toBeVisible();
});
