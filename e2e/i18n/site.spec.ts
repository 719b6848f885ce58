import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";

// The reader site in English (/en): every label, count and date of the interface in English, the
// articles' own text left as written, and every link to a reader page staying under /en.

const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December)";
const LONG_DATE = new RegExp(`^${WEEKDAY}, \\d{1,2} ${MONTH} \\d{4} \\d{2}:\\d{2} WIB$`);
const SHORT_DATE = new RegExp(`\\d{1,2} ${MONTH} \\d{4}`);
// Interface words of the Indonesian site; none may show in the English page's chrome.
const INDONESIAN_UI =
  /\b(Beranda|Berita Terkini|Terpopuler|Topik|Halaman|Sebelumnya|Berikutnya|Bagikan|Salin tautan|Diperbarui|Daftar Isi|Sumber|Lisensi|komentar|pembaca|Bergabung|artikel terbit|Penulis Komunitas|hasil untuk|Ralat|Pencarian|Cari)\b/;
// App pages keep one URL in every language (lib/i18n/paths.ts).
const APP_PATH =
  /^\/(tulis|redaksi|notifikasi|masuk|daftar|lupa-sandi|verifikasi-email|api|media)\b/;

async function expectNoIndonesian(chrome: Locator) {
  for (const text of await chrome.allInnerTexts()) expect(text).not.toMatch(INDONESIAN_UI);
}

/** Every link to a site page inside `scope` goes to the English page. */
async function expectEnglishLinks(scope: Locator) {
  const hrefs = await scope
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const readerLinks = hrefs.filter((href) => !APP_PATH.test(href));
  expect(readerLinks.length).toBeGreaterThan(0);
  for (const href of readerLinks) expect(href).toMatch(/^\/en(\/|$|\?)/);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The page's hreflang links: `path` (without /en) in both languages, as absolute URLs. */
async function expectHreflang(page: Page, path: string) {
  const tail = path === "/" ? "" : escape(path);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    new RegExp(`^https?://[^/]+/en${tail}$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute(
    "href",
    new RegExp(`^https?://[^/]+${tail || "/?"}$`),
  );
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

async function headlinePath(page: Page) {
  await page.goto("/en");
  const href = await page.locator(".headline-title a").getAttribute("href");
  if (!href?.startsWith("/en/")) throw new Error(`headline link not in English: ${href}`);
  return href.slice("/en".length);
}

test("the English home page: English headings, counts and dates, links under /en", async ({
  page,
}) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Warta — Indonesian Community News");
  await expect(page.getByRole("heading", { level: 2, name: "Latest news" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Most read" })).toBeVisible();
  await expect(page.locator(".headline .card-kicker")).toHaveText(/^Top story · \S/);
  await expect(page.locator(".headline .card-meta time")).toHaveText(LONG_DATE);
  await expect(page.locator(".home-latest .card-meta time").first()).toHaveText(SHORT_DATE);
  await expectHreflang(page, "/");
  const main = page.locator("main");
  await expectEnglishLinks(main);
  await expectNoIndonesian(
    main.locator(
      ".block-title, .card-kicker, .card-meta, .popular-views, .home-aside > section > p",
    ),
  );
});

test("an English article page: English anatomy and dates, the article's own language kept", async ({
  page,
}) => {
  const path = await headlinePath(page);
  await page.goto(`/en${path}`);
  const article = page.locator("article.article");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(article.locator(".article-meta time").first()).toHaveText(LONG_DATE);
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").first(),
  ).toHaveText("Home");
  await expect(page.getByRole("navigation", { name: "Contents" })).toBeVisible();

  const share = page.getByRole("region", { name: "Share this story" });
  await expect(share.getByRole("link", { name: "Share on WhatsApp" })).toBeVisible();
  await expect(share.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(article.locator(".read-also strong").first()).toHaveText("Read more:");
  await expect(article.locator(".read-also a").first()).toHaveAttribute("href", /^\/en\//);
  await expect(article.locator(".article-topics h2")).toHaveText("Topics:");
  await expect(article.locator(".editor-credit")).toHaveText(/^Edited by \S/);
  await expect(article.locator(".disclaimer")).toContainText("the writer's responsibility");
  await expect(page.getByRole("region", { name: "About the writer" })).toBeVisible();

  const aside = page.getByRole("complementary", { name: "More news" });
  await expect(aside.getByRole("heading", { name: "Most read" })).toBeVisible();
  await expect(aside.getByRole("heading", { name: "Latest news" })).toBeVisible();
  await expect(aside.locator(".latest-links-meta time").first()).toHaveText(SHORT_DATE);
  await expect(page.getByRole("heading", { name: "More of the latest news" })).toBeVisible();

  // Links to other articles, sections, topics and the writer stay in English.
  for (const scope of [
    page.getByRole("navigation", { name: "Breadcrumb" }),
    article.locator(".article-meta"),
    article.locator(".article-body"),
    article.locator(".article-topics"),
    article.locator(".writer-box"),
    aside,
    page.locator(".more-latest"),
  ])
    await expectEnglishLinks(scope);

  await expectHreflang(page, path);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent())!,
  );
  expect(jsonLd.inLanguage).toBe("id-ID");
  await expectNoIndonesian(
    page.locator(
      ".breadcrumb, .article-meta, .toc h2, .article-topics h2, .editor-credit, .disclaimer, .article-aside .block-title, .more-latest .block-title, .latest-links-meta, .popular-views",
    ),
  );
  await expectNoIndonesian(share);
});

test("an English section, topic and writer page", async ({ page }) => {
  await page.goto("/en/news");
  await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
  await expect(page).toHaveTitle("News | Warta");
  await expect(page.locator(".card-meta time").first()).toHaveText(SHORT_DATE);
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.locator(".pagination-summary")).toHaveText(/^Page 1 of \d+$/);
  await pages.getByRole("link", { name: "Next ›" }).click();
  await expect(page).toHaveURL(/\/en\/news\?halaman=2$/);
  await expect(pages.getByRole("link", { name: "‹ Previous" })).toHaveAttribute("href", "/en/news");
  await expect(page).toHaveTitle("News — Page 2 | Warta");
  await expectEnglishLinks(page.locator("main"));
  await expectNoIndonesian(page.locator(".breadcrumb, .pagination, .card-meta"));

  await page.goto("/en/topik/teknologi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Topic: \S/);
  await expect(page.locator(".breadcrumb li").last()).toHaveText("Topics");
  await expectEnglishLinks(page.locator("main"));
  await expectNoIndonesian(page.locator(".breadcrumb, .listing-title, .card-meta"));

  await page.locator(".article-list .card-title a").first().click();
  const writerLink = page.locator(".writer-box .writer-name a");
  await expect(writerLink).toHaveAttribute("href", /^\/en\/penulis\//);
  const writerName = (await writerLink.textContent())!.trim();
  await writerLink.click();
  await expect(page).toHaveURL(/\/en\/penulis\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(writerName);
  await expect(page.getByRole("heading", { name: `Stories by ${writerName}` })).toBeVisible();
  const about = page.locator(".profile-header .muted.small");
  await expect(about).toHaveText(
    new RegExp(`^Joined ${SHORT_DATE.source} · [\\d,]+ stor(y|ies) published`),
  );
  await expect(page).toHaveTitle(`${writerName}, Warta writer | Warta`);
  await expectNoIndonesian(page.locator(".profile-header .profile-badges, .profile-header .muted"));
});

test("the English corrections page and search, with its counts and messages", async ({ page }) => {
  await page.goto("/en/ralat");
  await expect(page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
  await expect(page).toHaveTitle("Corrections | Warta");
  await expect(page.locator(".listing-description")).toContainText(
    "Warta corrects its mistakes in the open",
  );
  await expectNoIndonesian(page.locator(".breadcrumb, .listing-title, .listing-description"));

  await page.goto("/en/cari?q=jakarta");
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page).toHaveTitle("Search results for “jakarta” | Warta");
  await expect(page.locator("#results-title")).toHaveText(
    /^(More than )?[\d,]+ results? for “jakarta”$/,
  );
  const form = page.getByRole("search", { name: "Search the archive" });
  await expect(form).toHaveAttribute("action", "/en/cari");
  await expect(form.getByRole("searchbox", { name: "Keywords" })).toHaveAttribute(
    "placeholder",
    "For example: governor election",
  );
  await expect(page.locator(".search-results .card-meta time").first()).toHaveText(SHORT_DATE);
  await expectEnglishLinks(page.locator(".search-results"));
  await expectNoIndonesian(page.locator(".listing-title, .block-title, .search-form, .pagination"));

  await form.getByRole("searchbox").fill("sepak bolla");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\/cari\?q=sepak\+bolla$/);
  await expect(page.getByText("Did you mean:")).toBeVisible();
  await expect(page.locator(".suggestion a")).toHaveAttribute("href", /^\/en\/cari\?q=sepak/);

  await page.goto("/en/cari?q=");
  await expect(page.locator("main").getByRole("status")).toHaveText("Enter a search keyword.");
});

for (const { name, viewport } of [
  { name: "390", viewport: { width: 390, height: 844 } },
  { name: "1280", viewport: { width: 1280, height: 900 } },
]) {
  test.describe(`at ${name} px`, () => {
    test.use({ viewport });

    test("screenshots of the English home and article pages", async ({ page }, testInfo) => {
      const path = await headlinePath(page);
      await page.goto("/en");
      await screenshot(page, testInfo, `en-home-${name}`);
      await page.goto(`/en${path}`);
      await expect(page.locator(".article-meta time").first()).toHaveText(LONG_DATE);
      await screenshot(page, testInfo, `en-article-${name}`);
    });
  });
}
