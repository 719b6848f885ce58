import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

async function firstHref(page: import("@playwright/test").Page, selector: string) {
  const href = await page.locator(selector).first().getAttribute("href");
  if (!href) throw new Error(`no link for ${selector}`);
  return href;
}

test("no axe violations on any reader page type", async ({ page }) => {
  await page.goto("/");
  const articleHref = await firstHref(page, ".headline-title a");
  const topicHref = await firstHref(page, ".topic-chips a");
  await page.goto(articleHref);
  const writerHref = await firstHref(page, ".writer-box .writer-name a");

  const pages = [
    "/",
    "/news",
    "/news/dunia",
    "/news?halaman=2",
    articleHref,
    topicHref,
    writerHref,
    "/cari?q=jakarta",
    "/cari?q=",
    "/tidak-ada",
  ];
  for (const path of pages) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
    expect(summary, path).toEqual([]);
  }
});
