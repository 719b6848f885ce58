import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";

// Page layouts at a phone's and a desktop's width, checked by bounding boxes (not pixels), with a
// full-page screenshot of each in the test's artifacts for a person to look at.

const WIDTHS = [
  { name: "390", viewport: { width: 390, height: 844 } },
  { name: "1280", viewport: { width: 1280, height: 900 } },
];

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("element has no box (hidden?)");
  return b;
}

/** Scrolls through the page so lazy pictures load, then saves a full-page screenshot. */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise(requestAnimationFrame);
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

async function articlePaths(page: Page) {
  await page.goto("/");
  const headline = await page.locator(".headline-title a").getAttribute("href");
  // A corpus article (no picture) from the second page of News.
  await page.goto("/news?halaman=2");
  const corpus = await page.locator(".article-list .card-title a").first().getAttribute("href");
  return { headline: headline!, corpus: corpus! };
}

for (const { name, viewport } of WIDTHS) {
  test.describe(`at ${name} px`, () => {
    test.use({ viewport });

    test("home, article and section screenshots", async ({ page }, testInfo) => {
      const { headline } = await articlePaths(page);
      for (const [label, path] of [
        ["home", "/"],
        ["article", headline],
        ["section", "/news"],
      ]) {
        await page.goto(path);
        await screenshot(page, testInfo, `${label}-${name}`);
      }
    });

    test("a row card keeps its layout with and without a picture", async ({ page }) => {
      // A topic whose newest article is a hand-written one with a picture and whose older ones are
      // text-only corpus articles: other specs publish text-only articles onto the home page.
      await page.goto("/topik/teknologi");
      const list = page.locator(".article-list").first();
      const withImage = list.locator(".card-with-image").first();
      const textOnly = list.locator(".card-text").first();
      const picture = await box(withImage.locator("img"));
      const pictureCard = await box(withImage);
      const textCard = await box(textOnly);

      // A fixed thumbnail: never a tall portrait crop, whatever the text's length.
      expect(picture.width / picture.height).toBeGreaterThan(1.4);
      expect(picture.height).toBeLessThan(viewport.width < 600 ? 90 : 130);
      expect(picture.height).toBeLessThan(pictureCard.height);
      // The thumbnail sits on the right; both cards start their text at the same edge.
      expect(
        Math.abs(picture.x + picture.width - (pictureCard.x + pictureCard.width)),
      ).toBeLessThan(2);
      const titleWithImage = await box(withImage.locator(".card-title"));
      const titleText = await box(textOnly.locator(".card-title"));
      expect(Math.abs(titleWithImage.x - titleText.x)).toBeLessThan(1);
      // A text card uses the whole width instead of leaving the thumbnail's place empty.
      expect(titleText.width).toBeGreaterThan(textCard.width * 0.85);
    });
  });
}

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the article shows the right-hand column beside it", async ({ page }) => {
    const { corpus } = await articlePaths(page);
    await page.goto(corpus);
    const article = await box(page.locator("article.article"));
    const aside = page.getByRole("complementary", { name: "Berita lainnya" });
    await expect(aside).toBeVisible();
    for (const heading of ["Terpopuler", "Berita Terkini", "Topik Populer"])
      await expect(aside.getByRole("heading", { name: heading })).toBeVisible();
    await expect(aside.getByRole("heading", { name: "Terpopuler" })).toBeInViewport();
    const column = await box(aside);
    expect(column.x).toBeGreaterThan(article.x + article.width);
    expect(column.y).toBeLessThan(article.y + 200);
    // "Berita Terkini" there and "Berita Terkini Lainnya" below the article do not repeat a story.
    // Compared by link, not title: other specs publish test stories under the same titles.
    const hrefs = (links: import("@playwright/test").Locator) =>
      links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const inColumn = await hrefs(aside.locator("ol").nth(1).getByRole("link"));
    const below = await hrefs(page.locator(".more-latest .card-title a"));
    expect(below.length).toBeGreaterThan(0);
    expect(below.filter((href) => inColumn.includes(href))).toEqual([]);
  });

  test("grid tiles with and without a picture end level, with no holes", async ({ page }) => {
    await page.goto("/");
    const grids = page.locator(".home-section .article-grid");
    let checked = 0;
    for (const grid of await grids.all()) {
      const tiles = grid.locator(":scope > li > .card");
      if ((await grid.locator(".card-with-image").count()) === 0) continue;
      if ((await grid.locator(".card-text").count()) === 0) continue;
      const boxes = await Promise.all((await tiles.all()).map(box));
      const row = boxes.filter((b) => Math.abs(b.y - boxes[0].y) < 1);
      expect(row.length).toBeGreaterThan(1);
      for (const b of row) expect(Math.abs(b.height - row[0].height)).toBeLessThan(1);
      const picture = await box(grid.locator(".card-with-image img").first());
      expect(Math.abs(picture.width / picture.height - 16 / 9)).toBeLessThan(0.05);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the article's column comes below the article", async ({ page }) => {
    const { corpus } = await articlePaths(page);
    await page.goto(corpus);
    const article = await box(page.locator("article.article"));
    const column = await box(page.getByRole("complementary", { name: "Berita lainnya" }));
    expect(column.y).toBeGreaterThanOrEqual(article.y + article.height);
    expect(Math.abs(column.x - article.x)).toBeLessThan(1);
  });
});

test("the first picture of a topic page is loaded eagerly with high priority, the rest lazily", async ({
  page,
}) => {
  // A hand-written demo article with a picture is the newest of this topic; other specs publish
  // text-only articles onto the home page, so the topic is named rather than found from there.
  await page.goto("/topik/teknologi");
  const pictures = page.locator(".article-list img");
  await expect(pictures.first()).toHaveAttribute("loading", "eager");
  await expect(pictures.first()).toHaveAttribute("fetchpriority", "high");
  for (const other of (await pictures.all()).slice(1))
    await expect(other).toHaveAttribute("loading", "lazy");
});
