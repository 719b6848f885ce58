import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { arrangePublishedArticle } from "../desk-after/arrange";
import { withFactories } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { addViews, arrangeWriter, suffix } from "./arrange";

// The writer's stats show readers' comments (published ones only) and reactions; the newsroom's
// newer pages pass axe (WCAG 2 A and AA).

async function expectNoWcagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    page.url(),
  ).toEqual([]);
}

/** Two published comments (one a reply), one hidden and one deleted; three reactions. */
async function arrangeEngagement(articleId: string) {
  await withFactories(async ({ db, createUser }) => {
    const readers = await Promise.all([1, 2, 3].map(() => createUser()));
    const top = await db.comment.create({
      data: { articleId, authorId: readers[0].id, body: "Semoga pasarnya tetap ramai." },
    });
    await db.comment.create({
      data: { articleId, authorId: readers[1].id, body: "Setuju.", parentId: top.id },
    });
    await db.comment.create({
      data: { articleId, authorId: readers[2].id, body: "Disembunyikan.", status: "HIDDEN" },
    });
    await db.comment.create({
      data: { articleId, authorId: readers[2].id, body: "Dihapus.", status: "DELETED" },
    });
    await db.reaction.createMany({
      data: [
        { articleId, userId: readers[0].id, kind: "SUKA" },
        { articleId, userId: readers[1].id, kind: "SUKA" },
        { articleId, userId: readers[2].id, kind: "TERINSPIRASI" },
      ],
    });
  });
}

test("a writer's stats count published comments and reactions; the stats and points pages pass axe", async ({
  page,
}) => {
  test.slow(); // three pages, three axe runs on the shared two-core machine
  const writer = await arrangeWriter("Dewi Anggraini");
  const article = await arrangePublishedArticle(writer.email, [
    {
      title: `Pasar Kue Subuh Senen ${suffix()}`,
      paragraphs: ["Pedagang kue basah berjualan sejak pukul tiga pagi."],
      authorEmail: writer.email,
    },
  ]);
  await addViews(article.id, 0, 2);
  await arrangeEngagement(article.id);

  await logIn(page, writer.email);
  await page.goto("/tulis/statistik");
  const summary = page.locator("dl").first();
  await expect(summary.getByText("Komentar", { exact: true })).toBeVisible();
  await expect(
    summary
      .locator("div")
      .filter({ hasText: /^Komentar/ })
      .locator("dd"),
  ).toHaveText("2");
  await expect(
    summary
      .locator("div")
      .filter({ hasText: /^Reaksi pembaca/ })
      .locator("dd"),
  ).toHaveText("3");
  const row = page.getByRole("row", { name: new RegExp(article.title) });
  await expect(row.getByRole("cell").nth(5)).toHaveText("2"); // Komentar
  await expect(row.getByRole("cell").nth(6)).toHaveText("3"); // Reaksi
  await expectNoWcagViolations(page);

  await row.getByRole("link", { name: article.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  const reactions = page.getByRole("table", { name: "Reaksi pembaca" });
  await expect(reactions.getByRole("row", { name: /Suka/ })).toContainText("2");
  await expect(reactions.getByRole("row", { name: /Terinspirasi/ })).toContainText("1");
  await expect(reactions.getByRole("row", { name: /Marah/ })).toContainText("0");
  await expectNoWcagViolations(page);

  await page.goto("/tulis/statistik/poin");
  await expect(page.getByTestId("points-balance")).toBeVisible();
  await expectNoWcagViolations(page);
});

test("the correction log, the desk's points page and comment moderation pass axe", async ({
  page,
  browser,
}) => {
  test.slow();
  // A correction with a diff, so the log has its insertions and deletions to check (a page cached
  // earlier in the run already shows those of the corrections spec).
  const article = await arrangePublishedArticle("penulis@warta.test", [
    {
      title: `Halte Baru di Cempaka ${suffix()}`,
      paragraphs: ["Halte baru berdiri di depan pasar sejak Selasa."],
      authorEmail: "penulis@warta.test",
    },
  ]);
  await withFactories(({ db }) =>
    db.articlePublicChange.create({
      data: {
        articleId: article.id,
        kind: "CORRECTION",
        note: "Halte berdiri sejak Senin, bukan Selasa.",
        beforeText: "Halte baru berdiri di depan pasar sejak Selasa.",
        afterText: "Halte baru berdiri di depan pasar sejak Senin.",
      },
    }),
  );
  // axe wants a page of a context of its own (browser.newPage() is refused).
  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto("/ralat");
  await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoWcagViolations(reader);
  await context.close();

  await logIn(page, "admin@warta.test");
  await page.goto("/redaksi/poin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoWcagViolations(page);
  await page.goto("/redaksi/komentar");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoWcagViolations(page);
});
