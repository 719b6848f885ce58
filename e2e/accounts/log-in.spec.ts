import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  DEMO_WRITER,
  accountMenu,
  createWriter,
  logInThroughForm,
  speakFromOwnIp,
  suffix,
} from "./helpers";

test.beforeEach(({ page }) => speakFromOwnIp(page));

test("the demo writer logs in, sees the account menu everywhere, and logs out", async ({
  page,
}) => {
  await page.goto("/");
  await expect(accountMenu(page).getByRole("link", { name: "Masuk" })).toBeVisible();
  await expect(accountMenu(page).getByRole("link", { name: "Daftar" })).toBeVisible();

  await logInThroughForm(page, DEMO_WRITER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/tulis$/);
  await expect(accountMenu(page).getByText("Dewi Anggraini")).toBeVisible();
  await expect(accountMenu(page).getByRole("link", { name: "Studio" })).toHaveAttribute(
    "href",
    "/tulis",
  );
  await expect(accountMenu(page).getByRole("link", { name: "Profil" })).toHaveAttribute(
    "href",
    "/tulis/profil",
  );
  // The cookie is next-auth's own: its session endpoint accepts it too.
  const session = (await (await page.request.get("/api/auth/session")).json()) as {
    user?: { email?: string; name?: string };
  };
  expect(session.user).toMatchObject({ email: DEMO_WRITER, name: "Dewi Anggraini" });

  // Reader pages are cached for everyone; the menu still knows who is here.
  await page.goto("/");
  await expect(accountMenu(page).getByText("Dewi Anggraini")).toBeVisible();

  await accountMenu(page).getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountMenu(page).getByRole("link", { name: "Masuk" })).toBeVisible();
  await page.goto("/tulis/profil");
  await expect(page).toHaveURL(/\/masuk\?next=(%2F|\/)tulis(%2F|\/)profil$/);
});

test("a wrong password is refused without saying which part was wrong, and `next` is followed after log-in", async ({
  page,
}) => {
  await page.goto("/masuk?next=/tulis/profil");
  await page.getByLabel("Email").fill(DEMO_WRITER);
  await page.getByLabel("Kata sandi").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("form.account-form").getByRole("alert")).toHaveText(
    "Email atau kata sandi salah.",
  );
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/tulis\/profil$/);
});

test("after five failures the sixth log-in is answered 429 with Retry-After, for known and unknown emails alike", async ({
  page,
}) => {
  const known = await createWriter();
  for (const email of [`tidak-ada-${known.username}@warta.test`, known.email]) {
    await speakFromOwnIp(page);
    await page.goto("/masuk");
    await page.getByLabel("Email").fill(email);
    const alert = page.locator("form.account-form").getByRole("alert");
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel("Kata sandi").fill(`salah-${i}-sandinya`);
      const answer = page.waitForResponse((r) => r.url().endsWith("/api/sesi/masuk"));
      await page.getByRole("button", { name: "Masuk" }).click();
      expect((await answer).status()).toBe(401);
      await expect(alert).toHaveText("Email atau kata sandi salah.");
    }
    // The sixth is refused before the password is even checked: the right one does not help.
    await page
      .getByLabel("Kata sandi")
      .fill(email === known.email ? "warta-demo-2026" : "salah-6-sandinya");
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/sesi/masuk"));
    await page.getByRole("button", { name: "Masuk" }).click();
    const response = await answer;
    expect(response.status()).toBe(429);
    const retryAfter = Number(response.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    await expect(alert).toHaveText("Terlalu banyak percobaan. Coba lagi dalam 15 menit.");
  }
});

test("naming other addresses in x-forwarded-for does not step around the throttle", async ({
  request,
  baseURL,
}) => {
  // The test runner is the one trusted proxy (TRUST_PROXY_HOPS=1): it appends the address it saw
  // last. Whatever a client writes to the left of that is ignored, so these ten attempts on one
  // account all come from one address, and the strict (address, account) throttle answers the 6th.
  const bytes = suffix();
  const seenByProxy = `198.18.${parseInt(bytes.slice(0, 2), 16)}.${parseInt(bytes.slice(2, 4), 16)}`;
  const email = `tidak-ada-${bytes}@warta.test`;
  const attempt = (i: number) =>
    request.post("/api/sesi/masuk", {
      headers: {
        origin: new URL(baseURL!).origin,
        "x-forwarded-for": `203.0.113.${i}, ${seenByProxy}`,
        "content-type": "application/json",
      },
      data: { email, password: `salah-${i}-sandinya` },
    });
  for (let i = 1; i <= 5; i++) expect((await attempt(i)).status()).toBe(401);
  const refused = await attempt(6);
  expect(refused.status()).toBe(429);
  expect(await refused.json()).toMatchObject({ message: /^Terlalu banyak percobaan/ });
});

test("the log-in route refuses a cross-site post", async ({ request }) => {
  const response = await request.post("/api/sesi/masuk", {
    headers: { origin: "https://situs-lain.example", "content-type": "application/json" },
    data: { email: DEMO_WRITER, password: DEMO_PASSWORD },
  });
  expect(response.status()).toBe(403);
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });

  test("the log-in form still works as a plain form post", async ({ page }) => {
    await speakFromOwnIp(page);
    await logInThroughForm(page, DEMO_WRITER, "bukan-sandinya");
    await expect(page).toHaveURL(/\/masuk\?galat=salah/);
    await expect(page.locator("form.account-form").getByRole("alert")).toHaveText(
      "Email atau kata sandi salah.",
    );
    await logInThroughForm(page, DEMO_WRITER, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/tulis$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
