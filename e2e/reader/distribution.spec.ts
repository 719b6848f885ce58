import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";

// How Warta reaches readers beyond its own pages: share buttons, feeds, icons, robots.txt and the
// status of a withdrawn article.

test("an article's share buttons carry its canonical URL and title; copy-link copies it", async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  const headline = page.locator(".headline-title a");
  const title = (await headline.textContent())!.trim();
  await headline.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
  expect(canonical).toMatch(/^http:\/\/localhost:\d+\/[a-z-]+\/[a-z0-9-]+$/);

  const share = page.getByRole("region", { name: "Bagikan artikel" });
  const encodedUrl = encodeURIComponent(canonical);
  const expected: [string, RegExp][] = [
    ["WhatsApp", /^https:\/\/wa\.me\/\?text=/],
    ["Facebook", /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/],
    ["X", /^https:\/\/x\.com\/intent\/post\?/],
    ["Telegram", /^https:\/\/t\.me\/share\/url\?/],
    ["LinkedIn", /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=/],
  ];
  for (const [network, start] of expected) {
    const link = share.getByRole("link", { name: `Bagikan ke ${network}` });
    const href = (await link.getAttribute("href"))!;
    expect(href, network).toMatch(start);
    expect(href, network).toContain(
      network === "WhatsApp" ? encodeURIComponent(` ${canonical}`) : encodedUrl,
    );
    if (network !== "Facebook" && network !== "LinkedIn")
      expect(href, network).toContain(encodeURIComponent(title).slice(0, 30));
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", /noopener/);
  }

  await share.getByRole("button", { name: "Salin tautan" }).click();
  await expect(share.getByRole("status")).toHaveText("Tautan disalin.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

  // No third-party script or request: every script the page loads is our own.
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  for (const src of scripts) expect(new URL(src).host).toBe(new URL(canonical).host);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await share.scrollIntoViewIfNeeded();
    await share.screenshot({ path: testInfo.outputPath(`share-${width}.png`) });
  }
});

test("pages advertise their feeds, and the feeds answer", async ({ page, request }) => {
  await page.goto("/news");
  const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(feeds).toHaveCount(2);
  const hrefs = await feeds.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(hrefs.map((h) => new URL(h).pathname)).toEqual(["/rss.xml", "/news/rss.xml"]);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(2);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    expect(await response.text()).toContain("<item>");
  }
  expect((await request.get("/rubrik-tidak-ada/rss.xml")).status()).toBe(404);
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(await index.text()).toContain("/sitemaps/berita.xml");
});

test("the favicon, the Apple touch icon and the web app manifest are served", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const apple = (await page.locator('link[rel="apple-touch-icon"]').getAttribute("href"))!;
  expect((await request.get(apple)).headers()["content-type"]).toBe("image/png");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#b3261e");

  const manifestUrl = (await page.locator('link[rel="manifest"]').getAttribute("href"))!;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ short_name: "Warta", lang: "id", theme_color: "#b3261e" });
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});

test("robots.txt opens reader pages, closes the studio, desk, accounts and search, names the sitemaps", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/tulis", "/redaksi", "/api/", "/masuk", "/daftar", "/lupa-sandi", "/cari"])
    expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toContain("Allow: /api/v1/");
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemaps\/berita\.xml/);
});

test("a withdrawn article answers 410 Gone with its withdrawal notice", async ({ page }) => {
  const path = await withDatabase(async (client) => {
    const slug = `artikel-uji-ditarik-${Date.now()}`;
    const { rows } = await client.query<{ section: string }>(
      `INSERT INTO "Article" (id, title, slug, body, "sectionId", "writerId", status, "publishedAt",
         "unpublishedAt", "unpublishReason", "updatedAt")
       SELECT $1, 'Artikel Uji yang Ditarik', $1, body, "sectionId", "writerId", 'UNPUBLISHED',
         now(), now(), 'Narasumber mencabut pernyataannya.', now()
       FROM "Article" a WHERE status = 'PUBLISHED' AND EXISTS (
         SELECT 1 FROM "Section" s WHERE s.id = a."sectionId" AND s."parentId" IS NULL)
       LIMIT 1
       RETURNING (SELECT slug FROM "Section" WHERE id = "sectionId") AS section`,
      [slug],
    );
    return `/${rows[0].section}/${slug}`;
  });
  // The proxy rereads the withdrawn slugs at most every 30 seconds.
  await expect
    .poll(async () => (await page.request.get(path)).status(), {
      timeout: 45_000,
      intervals: [2_000],
    })
    .toBe(410);
  const response = await page.goto(path);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artikel telah ditarik");
  await expect(page.getByText("Narasumber mencabut pernyataannya.")).toBeVisible();
});
