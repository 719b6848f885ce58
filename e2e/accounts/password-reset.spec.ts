import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  accountMenu,
  createWriter,
  linkFromOutbox,
  logInThroughForm,
  speakFromOwnIp,
} from "./helpers";

test.beforeEach(({ page }) => speakFromOwnIp(page));

const SAME_ANSWER = /Jika email terdaftar, kami telah mengirim tautan/;

test("a writer resets the password from the emailed link; other sessions end, the old password stops working", async ({
  page,
  browser,
}) => {
  const writer = await createWriter();

  // Another device, signed in before the reset.
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await speakFromOwnIp(other);
  await logInThroughForm(other, writer.email, DEMO_PASSWORD);
  await expect(other).toHaveURL(/\/tulis$/);

  // Unknown and known addresses get the same answer.
  for (const email of [`tidak-ada-${writer.username}@warta.test`, writer.email]) {
    await page.goto("/lupa-sandi");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await expect(page.getByRole("status").filter({ hasText: SAME_ANSWER })).toBeVisible();
  }

  const link = await linkFromOutbox(page, writer.email, "/lupa-sandi/");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Buat kata sandi baru" })).toBeVisible();
  await page.getByLabel("Kata sandi baru").fill("sayangku");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText(/Kata sandi ini terlalu umum/)).toBeVisible();
  await page.getByLabel("Kata sandi baru").fill("nasi-uduk-betawi-2026");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page).toHaveURL(/\/lupa-sandi\/selesai$/);
  await expect(
    page.getByRole("status").filter({ hasText: "Kata sandi Anda telah diubah" }),
  ).toBeVisible();
  await expect(accountMenu(page).getByText(writer.displayName)).toBeVisible();

  // The other device's session ended with the password change.
  await other.goto("/tulis");
  await expect(other).toHaveURL(/\/masuk/);
  await otherDevice.close();

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("sudah digunakan");

  await accountMenu(page).getByRole("button", { name: "Keluar" }).click();
  await expect(accountMenu(page).getByRole("link", { name: "Masuk" })).toBeVisible();
  await logInThroughForm(page, writer.email, DEMO_PASSWORD);
  await expect(page.locator("form.account-form").getByRole("alert")).toHaveText(
    "Email atau kata sandi salah.",
  );
  await page.getByLabel("Kata sandi").fill("nasi-uduk-betawi-2026");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/tulis$/);
});

test("a made-up reset link says it is not valid", async ({ page }) => {
  await page.goto(`/lupa-sandi/${"A".repeat(43)}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("tidak valid");
  await expect(page.getByRole("link", { name: "Minta tautan baru" })).toBeVisible();
});
