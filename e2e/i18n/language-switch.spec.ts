import { expect, test } from "@playwright/test";

// The reader site in English: its own URLs under /en (so cached pages never vary by cookie),
// hreflang between the two, and the choice remembered for the next visit.
test("a reader switches an article to English and back, and the choice is remembered", async ({
  page,
}) => {
  await page.goto("/");
  const articleHref = await page.locator(".headline-title a").first().getAttribute("href");
  if (!articleHref) throw new Error("no headline");
  await page.goto(articleHref);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    new RegExp(`/en${articleHref}$`),
  );

  await page.locator("footer").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${articleHref}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("footer")).toContainText("Language");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`/en${articleHref}$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute(
    "href",
    new RegExp(`${articleHref}$`),
  );
  await expect(page.getByRole("link", { name: "Home" }).first()).toHaveAttribute("href", "/en");

  // Remembered: the Indonesian home page sends this reader to the English one.
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);

  await page.locator("footer").getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.locator("footer")).toContainText("Bahasa");
});
