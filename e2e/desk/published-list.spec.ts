import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";

test("an editor finds a published article on the desk's published list and opens its review page", async ({
  page,
}) => {
  await logIn(page, "editor@warta.test");
  await page.goto("/");
  const headline = (await page.locator(".headline-title a").textContent())!.trim();

  await page.goto("/redaksi/terbit");
  await expect(page.getByRole("heading", { level: 1, name: "Terbit" })).toBeVisible();
  await page
    .getByRole("search", { name: "Cari artikel terbit" })
    .getByRole("searchbox")
    .fill(headline.slice(0, 25));
  await page.getByRole("button", { name: "Cari" }).last().click();
  const item = page
    .getByRole("list", { name: "Artikel terbit" })
    .getByRole("listitem")
    .filter({ hasText: headline });
  await expect(item).toContainText("Headline");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await item.getByRole("link", { name: headline }).click();
  await expect(page).toHaveURL(/\/redaksi\/artikel\/[a-z0-9]+$/);
});
