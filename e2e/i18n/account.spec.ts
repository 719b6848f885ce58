import { expect, test, type Locator } from "@playwright/test";
import { withFactories } from "../fixtures/database";
import { DEMO_PASSWORD, createWriter, speakFromOwnIp, suffix } from "../accounts/helpers";

// The account side in English: the language is the NEXT_LOCALE cookie (one URL per app page), and
// what the server says (a refused log-in, a form's field errors, notifications) follows it.

// Indonesian words of these pages' chrome; none may be left in the English page.
const INDONESIAN = [
  "Masuk",
  "Kata sandi",
  "Pemberitahuan",
  "belum dibaca",
  "Tandai",
  "Lihat semua",
  "Periksa kembali",
  "Artikel Anda",
];

async function expectNoIndonesian(region: Locator) {
  const text = await region.innerText();
  for (const word of INDONESIAN) expect(text, word).not.toContain(word);
}

const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
const ENGLISH_WIB =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} \d{2}:\d{2} WIB$/;

test.beforeEach(async ({ page, baseURL }) => {
  await speakFromOwnIp(page);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
});

test("a writer signs in, reads notifications and is refused a bad profile, all in English", async ({
  page,
}) => {
  const writer = await createWriter();
  const title = `Banjir Rob di Pesisir ${suffix()}`;
  await withFactories(async ({ db }) => {
    const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: writer.email } });
    await db.notification.create({
      data: { userId, type: "article.rejected", data: { articleId: `none-${suffix()}`, title } },
    });
    await db.notification.create({ data: { userId, type: "writer.verified", data: {} } });
  });

  await page.goto("/masuk");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  const form = page.locator("form.account-form");
  await form.getByLabel("Email address").fill(writer.email);
  await form.getByLabel("Password").fill("not-the-password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByRole("alert")).toHaveText("Incorrect email address or password.");
  await expectNoIndonesian(page.locator("main"));

  await form.getByLabel("Password").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/tulis$/);

  const bell = page.getByRole("button", { name: "Notifications, 2 unread" });
  await bell.click();
  const panel = page.locator(`#${await bell.getAttribute("aria-controls")}`);
  await expect(panel.getByText("Latest notifications")).toBeVisible();
  await expect(panel.getByRole("link")).toHaveText([
    /You are now a Verified Writer/,
    new RegExp(`Your article “${title}” was rejected`),
    "See all",
  ]);
  await expect(panel.locator("time").first()).toHaveText(ENGLISH_MONTH);
  await expect(panel.getByRole("button", { name: "Mark all as read" })).toBeVisible();
  await expectNoIndonesian(panel);
  await page.keyboard.press("Escape");

  await page.goto("/notifikasi");
  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(main.getByText("2 unread of 2 notifications.")).toBeVisible();
  await expect(page).toHaveTitle(/^Notifications/);
  const list = page.getByRole("list", { name: "Notifications" });
  await expect(
    list.getByRole("link", { name: `Your article “${title}” was rejected` }),
  ).toBeVisible();
  await expect(list.locator("time").first()).toHaveText(ENGLISH_WIB);
  await expectNoIndonesian(main);
  const rejected = list.getByRole("listitem").filter({ hasText: "was rejected" });
  await rejected.getByRole("button", { name: /Mark as read/ }).click();
  await expect(rejected.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Notifications, 1 unread" })).toBeVisible();

  // A refusal from the server: the profile action's zod messages, in English.
  await page.goto("/tulis/profil");
  const profile = page.locator("form.account-form");
  await profile.locator('input[name="displayName"]').fill("A");
  await profile.locator('input[name="website"]').fill("not a link");
  await profile.locator(".form-actions button[type=submit]").click();
  await expect(profile.getByRole("alert").first()).toHaveText("Please check the marked fields.");
  await expect(profile.locator(".field-error")).toContainText([
    "The display name must be at least 2 characters.",
    "Enter a full link starting with http:// or https://.",
  ]);
  await expect(profile.locator('input[name="website"]')).toHaveValue("not a link");
});

test("sign-up and password reset pages in English, with the server's refusal in English", async ({
  page,
}) => {
  await page.goto("/daftar");
  await expect(page.getByRole("heading", { level: 1, name: "Sign up as a writer" })).toBeVisible();
  await expect(page).toHaveTitle(/^Sign up/);
  const form = page.locator("form.account-form");
  await form.getByLabel("Display name").fill("A");
  await form.getByLabel("Username").fill("penulis-baru");
  await form.getByLabel("Email address").fill(`baru-${suffix()}@warta.test`);
  await form.getByLabel("Password").fill("pendek");
  await form.getByRole("button", { name: "Sign up" }).click();
  await expect(form.getByRole("alert").first()).toHaveText("Please check the marked fields.");
  await expect(form).toContainText("The display name must be at least 2 characters.");
  await expect(form).toContainText("The password must be at least 8 characters.");
  await expect(form.getByLabel("Username")).toHaveValue("penulis-baru");
  await expectNoIndonesian(page.locator("main"));

  await page.goto("/lupa-sandi");
  await expect(page.getByRole("heading", { level: 1, name: "Forgotten password" })).toBeVisible();
  await page.getByLabel("Email address").fill(`siapa-${suffix()}@warta.test`);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.locator("form.account-form").getByRole("status")).toContainText(
    "If the email address is registered, we have sent a link",
  );
});
