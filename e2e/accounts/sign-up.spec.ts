import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { accountMenu, linkFromOutbox, logInThroughForm, suffix, speakFromOwnIp } from "./helpers";

test.beforeEach(({ page }) => speakFromOwnIp(page));

const CHECK_EMAIL = /Kami telah mengirim email ke alamat yang Anda isi/;

test("a visitor signs up, is told to check the email (not signed in), verifies from the outbox link, then signs in", async ({
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

  await page.getByLabel("Nama pengguna").fill(`sari-${id}`);
  await page.getByLabel("Kata sandi").fill("pasar-terapung-banjarmasin");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/daftar\/periksa-email$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Periksa email Anda");
  await expect(page.getByRole("status")).toHaveText(CHECK_EMAIL);
  // Sign-up signs nobody in.
  await expect(accountMenu(page).getByRole("link", { name: "Masuk" })).toBeVisible();
  await page.goto("/tulis");
  await expect(page).toHaveURL(/\/masuk\?next=%2Ftulis$/);

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
  // Verifying signs nobody in either: the link leads on to the log-in form.
  await expect(accountMenu(page).getByRole("link", { name: "Masuk" })).toBeVisible();
  const verified = await withDatabase(
    async (client) =>
      (await client.query(`SELECT "emailVerifiedAt" FROM "User" WHERE email = $1`, [email]))
        .rows[0],
  );
  expect(verified.emailVerifiedAt).not.toBeNull();

  // The link is single-use, and says so kindly.
  await page.goto(link);
  await expect(page.getByRole("status")).toContainText("sudah terverifikasi sebelumnya");

  await page.getByRole("link", { name: "Masuk ke Studio" }).click();
  await expect(page).toHaveURL(/\/masuk\?next=%2Ftulis$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("pasar-terapung-banjarmasin");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/tulis$/);
  await expect(accountMenu(page).getByText("Sari Wulandari")).toBeVisible();
});

test("a registered email gets the same page and text as a new one; its owner gets a notice, nobody an account", async ({
  browser,
}) => {
  const id = suffix();
  const signUpAs = async (email: string, username: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await speakFromOwnIp(page);
    await page.goto("/daftar");
    await page.getByLabel("Nama tampilan").fill("Tamu Penasaran");
    await page.getByLabel("Nama pengguna").fill(username);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill("pasar-terapung-banjarmasin");
    const answer = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().includes("/daftar"),
    );
    await page.getByRole("button", { name: "Daftar" }).click();
    const status = (await answer).status();
    await expect(page).toHaveURL(/\/daftar\/periksa-email$/);
    await expect(page.getByRole("status")).toHaveText(CHECK_EMAIL);
    return { page, context, status, text: await page.locator("main").innerText() };
  };
  // The demo writer's address is registered; the other one is new.
  const taken = await signUpAs("penulis@warta.test", `tamu-${id}`);
  const fresh = await signUpAs(`tamu-${id}@warta.test`, `tamu-baru-${id}`);
  expect(taken.status).toBe(fresh.status);
  expect(taken.text).toBe(fresh.text);
  await expect(taken.page.getByText(/sudah terdaftar/)).toHaveCount(0);

  // The owner of the registered address is told (in the demo, the outbox of the browser that asked).
  const notice = taken.page
    .getByRole("listitem")
    .filter({ hasText: "Kepada penulis@warta.test" })
    .first();
  await taken.page.goto("/kotak-surat");
  await expect(notice).toContainText("Percobaan pendaftaran dengan email Anda di Warta");
  await expect(notice).toContainText(
    "Seseorang mencoba mendaftar di Warta dengan alamat email ini",
  );
  await expect(notice.getByRole("link", { name: /\/masuk$/ })).toBeVisible();
  await expect(notice.getByRole("link", { name: /\/lupa-sandi$/ })).toBeVisible();
  await expect(notice.getByRole("link", { name: /\/verifikasi-email\// })).toHaveCount(0);

  const accounts = await withDatabase(
    async (client) =>
      (
        await client.query(`SELECT username FROM "User" WHERE username = ANY($1)`, [
          [`tamu-${id}`, `tamu-baru-${id}`],
        ])
      ).rows,
  );
  expect(accounts).toEqual([{ username: `tamu-baru-${id}` }]);
  await taken.context.close();
  await fresh.context.close();
});

test("a new account can sign in before verifying, and the studio asks it to verify before submitting", async ({
  page,
}) => {
  const id = suffix();
  const email = `belum-${id}@warta.test`;
  await page.goto("/daftar");
  await page.getByLabel("Nama tampilan").fill("Belum Verifikasi");
  await page.getByLabel("Nama pengguna").fill(`belum-${id}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("pasar-terapung-banjarmasin");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/daftar\/periksa-email$/);
  await logInThroughForm(page, email, "pasar-terapung-banjarmasin");
  await expect(page).toHaveURL(/\/tulis$/);
  await expect(page.getByRole("heading", { name: "Verifikasi email Anda" })).toBeVisible();
});
