import { expect, test, type Locator } from "@playwright/test";
import { arrangePublishedArticle } from "../desk-after/arrange";
import { logIn } from "../fixtures/login";
import { addViews, arrangeWriter, suffix } from "../newsroom/arrange";

// The writing studio in English: the studio keeps its URLs and follows the NEXT_LOCALE cookie. The
// writer's own text, section and topic names stay as written; the interface around them does not.

const ENGLISH_DATE_TIME =
  /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} \d{2}:\d{2} WIB/;
const ENGLISH_DATE =
  /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;
// Interface words of the Indonesian studio; none may be left in the English one's chrome.
const INDONESIAN_UI =
  /\b(Tulis|Simpan|Kirim|Judul|Subjudul|Tersimpan|Menyimpan|Tebal|Miring|Tautan|Gambar|Kutipan|Urungkan|Ulangi|Batal|Pembaca|Hari ini|Kemarin|Saldo|Poin|poin|Statistik|diubah|terbit|pembaca|hari|wajib|Format Warta)\b/;

async function expectNoIndonesian(...regions: Locator[]) {
  for (const region of regions) await expect(region).not.toContainText(INDONESIAN_UI);
}

test.beforeEach(async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
});

test("a writer writes a draft in the English studio, with English dates", async ({ page }) => {
  await logIn(page, "penulis@warta.test");
  await page.goto("/tulis");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Writer's studio" })).toBeVisible();
  await expect(page).toHaveTitle(/^Writer's studio \| Warta/);
  await expect(page.getByRole("link", { name: "Statistics & points" })).toBeVisible();
  await expect(page.locator(".studio-list").first()).toContainText(ENGLISH_DATE_TIME);
  await expect(page.locator(".studio-list").first()).toContainText("edited ");
  await expectNoIndonesian(page.locator(".studio-heading"), page.locator(".status-summary"));

  await page.getByRole("button", { name: "Write a new article" }).click();
  await expect(page).toHaveURL(/\/tulis\/artikel\/[a-z0-9]+$/);
  const body = page.getByRole("textbox", { name: "Article body" });
  await expect(body).toBeVisible();
  const toolbar = page.getByRole("toolbar", { name: "Text formatting" });
  await expect(toolbar.getByRole("button", { name: "Bold" })).toBeVisible();
  await expect(toolbar.getByRole("button", { name: "Numbered subheading" })).toBeVisible();
  await expect(toolbar.getByRole("button", { name: "Read also" })).toBeVisible();
  await expect(toolbar.getByRole("button", { name: "Undo" })).toBeVisible();

  const title = `A Quiet Morning in Kampung Pulo ${suffix()}`;
  await page.getByLabel("Headline", { exact: true }).fill(title);
  await body.click();
  await page.keyboard.insertText("Warga membersihkan sungai setiap Minggu pagi.");
  await expect(
    page.getByRole("status").filter({ hasText: /Saved at \d{2}:\d{2}|All changes saved/ }),
  ).toBeVisible({ timeout: 20_000 });

  await toolbar.getByRole("button", { name: "Link" }).click();
  await expect(page.getByLabel("Link address")).toBeFocused();
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter a link address." })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();

  const checklist = page.locator(".checklist");
  await expect(checklist).toContainText("Warta house style");
  await expect(checklist).toContainText("At least 250 words");
  await expect(page.getByRole("button", { name: "Submit to the newsroom" })).toBeDisabled();
  await expect(page.locator(".workspace-aside")).toContainText(
    /Meet \d+ required items? to submit/,
  );
  await expect(page.getByRole("heading", { name: /Spelling suggestions/ })).toBeVisible();
  await expectNoIndonesian(
    toolbar,
    checklist,
    page.locator(".save-status"),
    page.locator(".status-line"),
    page.locator(".hero-field"),
  );
});

test("a writer reads their statistics and points in English", async ({ browser, baseURL }) => {
  const writer = await arrangeWriter("Dewi Anggraini");
  const article = await arrangePublishedArticle(writer.email, [
    {
      title: `Kebun Kopi di Lereng Ijen ${suffix()}`,
      paragraphs: ["Petani memetik kopi merah sejak pagi buta."],
      authorEmail: writer.email,
    },
  ]);
  await addViews(article.id, 1, 3);
  await addViews(article.id, 0, 200);

  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  const page = await context.newPage();
  await logIn(page, writer.email);
  await page.goto("/tulis/statistik");
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
  const chart = page.getByRole("figure", { name: /Readers per day, all articles/ });
  await expect(chart.getByRole("row").filter({ hasText: "(today)" })).toContainText("200");
  const row = page.getByRole("row", { name: new RegExp(article.title) });
  await expect(row).toContainText(ENGLISH_DATE);
  await expect(row).toContainText("published ");
  await expectNoIndonesian(
    page.locator("dl"),
    page.getByRole("region", { name: "Statistics by article" }).locator("thead"),
    chart.locator("thead"),
  );

  await page.getByRole("link", { name: "2 points" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Points" })).toBeVisible();
  await expect(page.getByTestId("points-balance")).toHaveText("2 points");
  const ledger = page.getByRole("table", { name: /Points ledger/ });
  await expect(ledger).toContainText(ENGLISH_DATE_TIME);
  await expect(ledger.locator("thead")).toContainText("Points");
  await expect(page.getByRole("heading", { name: "Redeem points" })).toBeVisible();
  await expectNoIndonesian(page.locator("dl"), ledger.locator("thead"));
  await context.close();
});
