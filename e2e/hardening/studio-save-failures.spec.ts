import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved, startDraft } from "../fixtures/studio";

// Defect 2, the studio's side: a refused save (4xx) says what to fix and is not retried; only a
// network failure or a 5xx is retried, with a bounded back-off the writer can see.

test("a refused save shows the server's reason and is not retried; a 5xx is retried visibly", async ({
  page,
}) => {
  // Timers the test can move on, so "not retried" is checked without waiting for real seconds.
  await page.clock.install();
  await logIn(page, "penulis@warta.test");
  const id = await startDraft(page);
  await page.getByLabel("Judul", { exact: true }).fill("Judul awal");
  await expectSaved(page);

  let answer: { status: number; body: string } = {
    status: 422,
    body: JSON.stringify({ error: "INVALID", message: "Naskah terlalu rumit untuk disimpan." }),
  };
  let posts = 0;
  await page.route(`**/api/studio/articles/${id}`, (route) => {
    posts += 1;
    return route.fulfill({
      status: answer.status,
      contentType: "application/json",
      body: answer.body,
    });
  });

  await editorArea(page).click();
  await page.keyboard.insertText("Kalimat yang ditolak server.");
  const status = page.getByRole("status").filter({ hasText: /Tidak tersimpan|Gagal menyimpan/ });
  await expect(status).toHaveText(
    "Tidak tersimpan: Naskah terlalu rumit untuk disimpan. Salinan Anda tetap ada di peramban ini.",
  );
  // Not retried: no second request follows, even well past the longest retry delay.
  const refusedPosts = posts;
  await page.clock.fastForward(35_000);
  await expect(status).toContainText("Tidak tersimpan");
  expect(posts).toBe(refusedPosts);
  // The text is kept in this browser.
  const backup = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  expect(backup).toContain("Kalimat yang ditolak server.");

  answer = { status: 503, body: "{}" };
  await page.keyboard.insertText(" Lagi.");
  await expect(status).toContainText(
    "Gagal menyimpan (server sedang bermasalah) — mencoba lagi dalam 3 detik",
  );
  await page.clock.fastForward(3_500);
  await expect(status).toContainText("mencoba lagi dalam 6 detik");

  await page.unroute(`**/api/studio/articles/${id}`);
  await expectSaved(page);
});
