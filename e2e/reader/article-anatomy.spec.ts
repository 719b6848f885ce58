import { expect, test } from "@playwright/test";

// The featured demo article is written to show every part of the reference article page.
test("the headline article shows all thirteen parts of the article anatomy", async ({ page }) => {
  await page.goto("/");
  const headline = page.locator(".headline-title a");
  const title = (await headline.textContent())!.trim();
  await headline.click();
  const article = page.locator("article.article");

  // 1 title, 2 subtitle
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(article.locator(".article-subtitle")).not.toBeEmpty();
  // 3 dateline opening the body
  await expect(article.locator(".article-body p").first().locator(".dateline")).toHaveText(
    /^[A-Z][\p{L} ]+, Warta - $/u,
  );
  // 4 publish date in Indonesian, WIB
  await expect(article.locator(".article-meta time").first()).toHaveText(
    /^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \p{L}+ \d{4} \d{2}:\d{2} WIB$/u,
  );
  // 5 hero image with caption and credit
  await expect(article.locator(".article-hero img")).toBeVisible();
  await expect(article.locator(".article-hero figcaption .credit")).not.toBeEmpty();
  // 6 body with a quote
  await expect(article.locator(".article-body blockquote").first()).toContainText("“");
  // 7 numbered sections, also in the table of contents
  const sections = article.locator(".article-body h2");
  expect(await sections.count()).toBeGreaterThanOrEqual(3);
  await expect(sections.nth(0)).toHaveText(/^1\. /);
  await expect(sections.nth(1)).toHaveText(/^2\. /);
  await expect(page.getByRole("navigation", { name: "Daftar Isi" }).getByRole("link")).toHaveCount(
    await sections.count(),
  );
  // 9 writer box with the Verified Writer badge and bio
  const writerBox = article.locator(".writer-box");
  await expect(writerBox.locator("img")).toBeVisible();
  await expect(writerBox.getByText("Verified Writer")).toBeVisible();
  await expect(writerBox.locator(".writer-bio")).not.toBeEmpty();
  // 10 community disclaimer
  await expect(article.locator(".disclaimer")).toContainText("tanggung jawab penulis");
  // 11 topics
  await expect(article.locator(".article-topics").getByRole("link").first()).toBeVisible();
  // 12 editor credit
  await expect(article.locator(".editor-credit")).toHaveText(/^Editor: \S/);
  // 13 more latest news, without this article (under the article, outside it)
  const more = page.locator(".more-latest .card-title a");
  await expect(more.first()).toBeVisible();
  expect(await more.allTextContents()).not.toContain(title);

  // 8 "Baca Juga" leads to another live article
  const readAlso = article.locator(".read-also a").first();
  const target = (await readAlso.textContent())!.trim();
  await readAlso.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target);

  // Open Graph, canonical and NewsArticle structured data
  await page.goBack();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/[a-z-]+\/[a-z0-9-]+$/,
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    "content",
    "summary_large_image",
  );
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent())!,
  );
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: title, inLanguage: "id-ID" });
});

test("a demo article from the corpus credits its publisher and licence", async ({ page }) => {
  // Far past the first pages, which the hand-written community articles lead and where other
  // specs' published test articles (some dated a year back) end up in a full run.
  await page.goto("/news?halaman=20");
  await page.locator(".article-list .card-title a").first().click();
  await expect(page.locator(".source-note")).toContainText("CC BY-SA 4.0");
  await expect(page.locator(".source-note a")).toHaveAttribute("href", /^https?:\/\//);
});
