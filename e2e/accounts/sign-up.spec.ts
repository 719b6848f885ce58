import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { accountMenu, linkFromOutbox, suffix, speakFromOwnIp } from "./helpers";

test.beforeEach(({ page }) => speakFromOwnIp(page));

test("a visitor signs up, lands in the studio signed in, and verifies the email from the outbox link", async ({
  page,
}) => {
  const id = suffix();
  const email = `baru-${id}@warta.test`;
  await page.goto("/daftar");
  await expect(
    page.getByRole("heading", { level: 1, name: "Daftar sebagai penulis" }),
  ).toBeVisible();

  // First try: a reserved username and a common password. Per-field messages; what was typed stays, except the password.
  await page.getByLabel("Nama tampilan").fill("Sari Wulandari");
  await page.getByLabel("Nama pengguna").fill("redaksi");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("bismillah");
  await page.getByRole("button", { name: "Daftar" }).click();
  const form = page.locator("form.account-form");
  await expect(form.getByRole("alert")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(page.getByText("Nama pengguna ini tidak tersedia.")).toBeVisible();
  await expect(page.getByText(/Kata sandi ini terlalu umum/)).toBeVisible();
  await expect(page.getByLabel("Nama pengguna")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama tampilan")).toHaveValue("Sari Wulandari");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");

  // The demo writer's address is taken.
  await page.getByLabel("Nama pengguna").fill(`sari-${id}`);
  await page.getByLabel("Email").fill("penulis@warta.test");
  await page.getByLabel("Kata sandi").fill("pasar-terapung-banjarmasin");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByText(/Email ini sudah terdaftar/)).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("pasar-terapung-banjarmasin");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/tulis$/);
  await expect(accountMenu(page).getByText("Sari Wulandari")).toBeVisible();

  const account = await withDatabase(
    async (client) =>
      (
        await client.query(`SELECT role, tier, "emailVerifiedAt" FROM "User" WHERE email = $1`, [
          email,
        ])
      ).rows[0],
  );
  expect(account).toMatchObject({ role: "WRITER", tier: "MEMBER", emailVerifiedAt: null });

  const link = await linkFromOutbox(page, email, "/verifikasi-email/");
  await page.goto(link);
  await expect(page.getByRole("status")).toContainText("Email Anda sudah terverifikasi");
  const verified = await withDatabase(
    async (client) =>
      (await client.query(`SELECT "emailVerifiedAt" FROM "User" WHERE email = $1`, [email]))
        .rows[0],
  );
  expect(verified.emailVerifiedAt).not.toBeNull();

  // The link is single-use, and says so kindly.
  await page.goto(link);
  await expect(page.getByRole("status")).toContainText("sudah terverifikasi sebelumnya");
});
