import { expect, test } from "@playwright/test";
import { arrangePublishedArticle } from "../desk-after/arrange";
import { logIn } from "../fixtures/login";
import { addViews, arrangeWriter, pointsBalance, resetPointsSettings, suffix } from "./arrange";

// A writer's readership and points: the chart shows yesterday's and today's views; views become
// points at the admins' rate; a payout is requested, approved and paid; the ledger balances.

test.afterAll(resetPointsSettings);

test("a writer sees views per day, earns points, asks for a payout that an admin approves and pays", async ({
  browser,
}) => {
  const writer = await arrangeWriter("Rina Lestari");
  const article = await arrangePublishedArticle(writer.email, [
    {
      title: `Pasar Terapung Lok Baintan ${suffix()}`,
      paragraphs: ["Pedagang di atas perahu menjajakan sayur dan buah sejak subuh."],
      authorEmail: writer.email,
    },
  ]);
  await addViews(article.id, 1, 3); // yesterday
  await addViews(article.id, 0, 4); // today

  // The admin sets a small rate and minimum for the test (1 point per view, from 5 points).
  const admin = await browser.newPage();
  await logIn(admin, "admin@warta.test");
  await admin.goto("/redaksi/poin/pengaturan");
  await admin.getByLabel("Pembaca per 1 poin").fill("1");
  await admin.getByLabel("Minimal penukaran (poin)").fill("5");
  await admin.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(admin.getByRole("status")).toHaveText("Pengaturan poin tersimpan.");

  const page = await browser.newPage();
  await logIn(page, writer.email);
  await page.goto("/tulis");
  await page.getByRole("link", { name: "Statistik & Poin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistik" })).toBeVisible();
  const chart = page.getByRole("figure", { name: /Pembaca per hari, semua artikel/ });
  const rows = chart.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "(hari ini)" })).toContainText("4");
  await expect(rows.nth(2)).toContainText("3"); // header, today, yesterday
  await expect(chart.locator('svg [data-views="4"]')).toHaveCount(1);
  await expect(chart.locator('svg [data-views="3"]')).toHaveCount(1);
  const row = page.getByRole("row", { name: new RegExp(article.title) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("3");
  await expect(row.getByRole("cell").nth(1)).toHaveText("4");
  await expect(row.getByRole("cell").nth(4)).toHaveText(/^#\d+$/);

  await page.getByRole("link", { name: "7 poin" }).click();
  await expect(page.getByTestId("points-balance")).toHaveText("7 poin");
  await expect(page.getByRole("table", { name: /Buku poin/ })).toContainText("7 pembaca");

  // Bad input keeps what was typed and reserves nothing.
  await page.getByLabel("Jumlah poin").fill("50");
  await page.getByLabel("Bank", { exact: true }).selectOption("BCA");
  await page.getByLabel("Nomor rekening").fill("12ab");
  await page.getByLabel("Nama pemilik akun").fill("Rina Lestari");
  await page.getByRole("button", { name: "Ajukan penukaran" }).click();
  await expect(page.getByText("Nomor rekening terdiri atas 8–16 angka.")).toBeVisible();
  await expect(page.getByLabel("Nama pemilik akun")).toHaveValue("Rina Lestari");
  await page.getByLabel("Nomor rekening").fill("8830 1234 5678");
  await page.getByRole("button", { name: "Ajukan penukaran" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "tidak cukup" })).toBeVisible();
  expect(await pointsBalance(writer.id)).toBe(7);

  await page.getByLabel("Jumlah poin").fill("6");
  await page.getByRole("button", { name: "Ajukan penukaran" }).click();
  // The form's confirmation, or the pending notice that replaces the form once the page refreshes.
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /6 poin/ })
      .filter({ hasText: "BCA •••• 5678 a.n. Rina Lestari" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("points-balance")).toHaveText("1 poin");

  await admin.goto("/redaksi/poin");
  const request = admin.getByRole("listitem", { name: "Penukaran Rina Lestari" });
  await expect(request).toContainText("BCA •••• 5678");
  await request.getByRole("button", { name: "Setujui" }).click();
  await expect(
    admin
      .getByRole("listitem", { name: "Penukaran Rina Lestari" })
      .getByText("Disetujui, belum dibayar"),
  ).toBeVisible();
  await admin
    .getByRole("listitem", { name: "Penukaran Rina Lestari" })
    .getByLabel("Nomor referensi pembayaran")
    .fill("TRF-E2E-001");
  await admin
    .getByRole("listitem", { name: "Penukaran Rina Lestari" })
    .getByRole("button", { name: "Tandai dibayar" })
    .click();
  await expect(
    admin
      .getByRole("listitem", { name: "Penukaran Rina Lestari" })
      .getByText("Dibayar", { exact: true }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("points-balance")).toHaveText("1 poin");
  await expect(page.getByText("Ref. TRF-E2E-001")).toBeVisible();
  const ledger = page.getByRole("table", { name: /Buku poin/ });
  await expect(ledger.getByRole("row")).toHaveCount(3); // header, reservation, accrual
  expect(await pointsBalance(writer.id)).toBe(7 - 6);
  await page.goto("/notifikasi");
  await expect(
    page.getByRole("main").getByText("Penukaran 6 poin Anda sudah dibayarkan").first(),
  ).toBeVisible();
});
