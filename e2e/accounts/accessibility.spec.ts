import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_WRITER, logInThroughForm, speakFromOwnIp } from "./helpers";

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, label).toEqual([]);
}

test.beforeEach(({ page }) => speakFromOwnIp(page));

test("no axe violations on the account pages, with and without form errors", async ({ page }) => {
  for (const path of [
    "/masuk",
    "/daftar",
    "/daftar/periksa-email",
    "/lupa-sandi",
    "/kotak-surat",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, path);
  }

  await page.goto("/daftar");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.locator("form.account-form").getByRole("alert")).toBeVisible();
  await expectNoViolations(page, "/daftar with errors");

  await logInThroughForm(page, DEMO_WRITER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/tulis$/);
  await page.goto("/tulis/profil");
  await expect(page.getByRole("heading", { level: 1, name: "Profil penulis" })).toBeVisible();
  await expectNoViolations(page, "/tulis/profil");
});
