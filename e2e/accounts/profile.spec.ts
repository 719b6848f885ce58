import { expect, test, type Page } from "@playwright/test";
import {
  DEMO_PASSWORD,
  DEMO_WRITER,
  createWriter,
  logInThroughForm,
  suffix,
  speakFromOwnIp,
} from "./helpers";

test.beforeEach(({ page }) => speakFromOwnIp(page));

async function save(page: Page) {
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.locator(".form-success")).toContainText("Profil tersimpan.");
}

test("the demo writer changes bio and username; the old profile URL redirects to the new one", async ({
  page,
  request,
  browser,
}) => {
  await logInThroughForm(page, DEMO_WRITER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/tulis$/);
  await page.goto("/tulis/profil");
  const username = page.getByLabel("Nama pengguna");
  const bio = page.getByLabel("Bio singkat");
  const oldUsername = await username.inputValue();
  const oldBio = await bio.inputValue();
  const newUsername = `dewi-${suffix()}`;
  const newBio = `Menulis tentang kampung kota dan sungai Jakarta. ${suffix()}`;

  // A link that is not a web address is refused, and nothing typed is lost.
  await page.getByLabel("Situs web").fill("javascript:alert(1)");
  await bio.fill(newBio);
  await expect(page.getByText(`${newBio.length}/160 karakter`)).toBeVisible();
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(
    page.getByText("Masukkan tautan lengkap yang diawali http:// atau https://."),
  ).toBeVisible();
  await expect(bio).toHaveValue(newBio);

  await page.getByLabel("Situs web").fill("");
  await username.fill(newUsername);
  await save(page);
  await expect(page.locator(".form-success")).toContainText(`/penulis/${newUsername}`);

  try {
    const redirect = await request.get(`/penulis/${oldUsername}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(307); // temporary: usernames can change back
    expect(redirect.headers().location).toContain(`/penulis/${newUsername}`);
    await page.goto(`/penulis/${oldUsername}`);
    await expect(page).toHaveURL(new RegExp(`/penulis/${newUsername}$`));
    await expect(page.getByText(newBio)).toBeVisible();
  } finally {
    // Other specs know the demo writer by name: put everything back through the same form.
    await page.goto("/tulis/profil");
    await page.getByLabel("Nama pengguna").fill(oldUsername);
    await page.getByLabel("Bio singkat").fill(oldBio);
    await save(page);
  }
  expect((await request.get(`/penulis/${oldUsername}`, { maxRedirects: 0 })).status()).toBe(200);
  // A new browser: this one keeps the permanent (308) redirect it followed in its HTTP cache.
  const reader = await browser.newPage();
  await reader.goto(`/penulis/${oldUsername}`);
  await expect(reader).toHaveURL(new RegExp(`/penulis/${oldUsername}$`));
  await expect(reader.getByText(oldBio)).toBeVisible();
  await reader.close();
});

test("a writer uploads a profile photo and it becomes the avatar", async ({ page }) => {
  const writer = await createWriter();
  await logInThroughForm(page, writer.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/tulis$/);
  await page.goto("/tulis/profil");
  await page.getByLabel("Unggah foto profil").setInputFiles("e2e/fixtures/foto-uji.png");
  await expect(page.getByText("Gambar berhasil diunggah.")).toBeVisible({ timeout: 20_000 });
  await save(page);
  await expect(
    page.getByRole("img", { name: `Foto profil ${writer.displayName} saat ini` }),
  ).toHaveAttribute("src", /\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-\d+\.webp/);
});
