import { expect, test, type Locator } from "@playwright/test";
import { paragraphsDocument } from "@/test/factory-kit";
import { suffix } from "../desk/arrange";
import { withFactories } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { longParagraph } from "../fixtures/studio";

// The desk in English: one URL per page, its language the NEXT_LOCALE cookie (proxy.ts). Article
// text, names and section names stay as written; the desk's own words, dates and counts do not.

const DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December)";
const ENGLISH_DATE = new RegExp(`^${DAY}, \\d{1,2} ${MONTH} \\d{4} \\d{2}:\\d{2} WIB$`);
const ENGLISH_DATE_IN_TEXT = new RegExp(`${DAY}, \\d{1,2} ${MONTH} \\d{4} \\d{2}:\\d{2} WIB`);
// Indonesian words of the desk's own interface (and of Indonesian dates): none may be left.
const INDONESIAN =
  /\b(Antrean|Terjadwal|Terbit|Terbitkan|Jadwalkan|Klaim|Tolak|Keputusan|Penulis|Rubrik|Saring|Semua|menunggu|Sedang|Catatan|Minta|revisi|Tanggal|Jam|kata|dikirim|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Agustus|Desember)\b/;

async function expectNoIndonesian(region: Locator) {
  await expect(region).toBeVisible();
  expect(await region.innerText()).not.toMatch(INDONESIAN);
}

async function arrangeSubmission(title: string) {
  return withFactories(async ({ db, createSubmission }) => {
    const writer = await db.user.findUniqueOrThrow({
      where: { email: "penulis2@warta.test" },
      select: { id: true, displayName: true },
    });
    const section = await db.section.findFirstOrThrow({
      where: { parentId: null },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const article = await createSubmission({
      title,
      subtitle: "Subjudul uji untuk redaksi",
      body: paragraphsDocument([longParagraph("Cikini"), longParagraph("Menteng")].join("\n\n")),
      writerId: writer.id,
      sectionId: section.id,
      // Three hours and a few minutes ago: the queue says "waiting 3 hours".
      submittedAt: new Date(Date.now() - 3 * 3600_000 - 5 * 60_000),
      columns: { datelineCity: "Jakarta", version: 1, lastEditedById: writer.id },
    });
    return { id: article.id, writerName: writer.displayName };
  });
}

test("an editor with English chosen reviews in English: queue, claim, review page and decisions", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const title = `Warga Merawat Taman Kota ${suffix()}`;
  const { id, writerName } = await arrangeSubmission(title);
  await logIn(page, "editor@warta.test");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);

  // The queue.
  await page.goto("/redaksi");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(/^Review queue \| Warta newsroom/);
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Newsroom menu" });
  await expect(nav.getByRole("link", { name: /^Queue/ })).toHaveAttribute("aria-current", "page");
  await expectNoIndonesian(nav);
  const filters = page.getByRole("form", { name: "Filter the queue" });
  await expect(filters.getByLabel("Writer level")).toBeVisible();
  await expect(filters.getByRole("button", { name: "Apply" })).toBeVisible();
  await expect(page.locator(".desk-heading")).toContainText(/articles? awaits? a decision/);

  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(item).toContainText("waiting 3 hours");
  await expect(item).toContainText("New member");
  await expect(item).toContainText(/\d+ words/);
  await expect(item.locator("time")).toHaveAttribute("title", ENGLISH_DATE);
  await expect(item).not.toContainText(/\b(menunggu|kata|Anggota)\b/);

  // Claiming opens the review page, in English too.
  await item.getByRole("button", { name: `Claim “${title}”` }).click();
  await expect(page).toHaveURL(new RegExp(`/redaksi/artikel/${id}$`));
  await expect(page).toHaveTitle(/^Article review \| Warta newsroom/);
  const panel = page.getByRole("complementary", { name: "Newsroom decision" });
  await expect(panel.getByText("You are reviewing this")).toBeVisible();
  await expect(panel.getByText("Current status: In review")).toBeVisible();
  const byline = panel.getByText(`Writer: ${writerName}`);
  await expect(byline).toContainText(ENGLISH_DATE_IN_TEXT);
  await expect(page.getByText("Preview — what readers will see")).toBeVisible();

  const actions = panel.locator(".decision-actions");
  await expect(actions.getByRole("button", { name: "Publish now" })).toBeVisible();
  await expect(actions.getByLabel("Date")).toBeVisible();
  await expect(actions.getByLabel("Time (WIB)")).toBeVisible();
  await expect(actions.getByRole("button", { name: "Schedule", exact: true })).toBeVisible();
  await expect(actions.getByLabel("Reason for rejection")).toContainText("Plagiarism");
  await expect(actions.getByRole("button", { name: "Reject the article" })).toBeVisible();
  await expectNoIndonesian(actions);

  await actions.getByLabel("Note for the writer").fill("Please add the opening hours of the park.");
  await actions.getByRole("button", { name: "Request changes" }).click();
  await expect(
    panel.getByRole("status").filter({ hasText: "Change request sent to the writer." }),
  ).toBeVisible();
  await expect(panel.getByText("Current status: Changes requested")).toBeVisible();
  await expect(panel.getByText(/^Latest newsroom note \(/)).toContainText(ENGLISH_DATE_IN_TEXT);
  await expect(panel.getByRole("link", { name: "Back to the queue" })).toBeVisible();
});

test("the desk's lists are in English, with English dates and counts", async ({
  page,
  baseURL,
}) => {
  await logIn(page, "editor@warta.test");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);

  await page.goto("/redaksi/terbit");
  await expect(page.getByRole("heading", { level: 1, name: "Published" })).toBeVisible();
  await expect(page.getByRole("search", { name: "Search published articles" })).toBeVisible();
  await expect(page.locator(".small.muted").first()).toHaveText(/^[\d,]+ articles?$/);
  const published = page.getByRole("list", { name: "Published articles" }).getByRole("listitem");
  await expect(published.first().locator("time")).toHaveText(ENGLISH_DATE);
  await expect(published.first()).toContainText(/\d+ readers? · view on the site/);

  await page.goto("/redaksi/terjadwal");
  await expect(page.getByRole("heading", { level: 1, name: "Scheduled" })).toBeVisible();

  await page.goto("/redaksi/penulis");
  await expect(page.getByRole("heading", { level: 1, name: "Writers" })).toBeVisible();
  const people = page.getByRole("list", { name: "Writers" });
  await expect(people.getByText("Median review time").first()).toBeVisible();
  await expect(people.getByText(/joined /).first()).toContainText(ENGLISH_DATE_IN_TEXT);
  await expectNoIndonesian(page.getByRole("search", { name: "Search writers" }));

  await page.goto("/redaksi/poin");
  await expect(page.getByRole("heading", { level: 1, name: "Points & payouts" })).toBeVisible();
  await expect(page.getByText("Only admins can decide on payouts.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Bonus for a writer" })).toBeVisible();

  await page.goto("/redaksi/pembaruan");
  await expect(page.getByRole("heading", { level: 1, name: "Updates from writers" })).toBeVisible();

  await page.goto("/redaksi/struktur");
  await expect(page.getByRole("heading", { level: 1, name: "Sections & topics" })).toBeVisible();
  await expect(page.getByRole("form", { name: "New section" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Merge topics" })).toBeVisible();
  await expectNoIndonesian(page.getByRole("form", { name: "New topic" }));
});

test("a writer who opens the desk is refused in English", async ({ page, baseURL }) => {
  await logIn(page, "penulis@warta.test");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  const response = await page.goto("/redaksi/terbit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the home page" }).last()).toHaveAttribute(
    "href",
    "/en",
  );
});
