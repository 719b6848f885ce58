import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangeSubmission, articleRow, slugOf, suffix } from "./arrange";

test("a rejection with a reason from the list reaches the writer", async ({ browser }) => {
  const submission = await arrangeSubmission(
    "penulis2@warta.test",
    `Tips Hemat Listrik Rumah Tangga ${suffix()}`,
  );
  const editorContext = await browser.newContext();
  const writerContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const writer = await writerContext.newPage();

  await logIn(editor, "editor@warta.test");
  await editor.goto(`/redaksi/artikel/${submission.id}`);
  await editor.getByRole("button", { name: "Tolak artikel" }).click();
  // The browser's own check stops an empty reason; nothing is sent.
  expect((await articleRow(submission.id)).status).toBe("SUBMITTED");
  await editor.getByLabel("Alasan penolakan").selectOption("Topik di luar cakupan Warta");
  await editor
    .getByLabel("Penjelasan untuk penulis")
    .fill("Warta memuat berita komunitas; tips belanja lebih cocok untuk blog pribadi.");
  await editor.getByRole("button", { name: "Tolak artikel" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Artikel ditolak" })).toBeVisible();
  await expect(editor.getByText("Status: Ditolak")).toBeVisible();

  await logIn(writer, "penulis2@warta.test");
  await writer.goto(`/tulis/artikel/${submission.id}`);
  await expect(writer.locator(".status-line")).toContainText("Ditolak");
  await expect(writer.getByRole("complementary", { name: "Catatan editor" })).toContainText(
    "Alasan penolakan: Topik di luar cakupan Warta: Warta memuat berita komunitas; tips belanja lebih cocok untuk blog pribadi.",
  );
  await Promise.all([editorContext.close(), writerContext.close()]);
});

test("a scheduled article goes out on time with no page of the app open", async ({
  browser,
  request,
}) => {
  // The scheduler ticks every 15 s (WARTA_SCHEDULER_INTERVAL_MS) inside the server.
  test.setTimeout(150_000);
  const submission = await arrangeSubmission(
    "penulis@warta.test",
    `Festival Layang Layang Pantai Parangtritis ${suffix()}`,
  );
  const path = `/${submission.sectionSlug}/${slugOf(submission.title)}`;
  const context = await browser.newContext();
  const page = await context.newPage();

  // The home page is cached before publication, so seeing the article there proves the revalidation.
  await page.goto("/");
  await expect(page.getByRole("link", { name: submission.title })).toHaveCount(0);

  await logIn(page, "editor@warta.test");
  await page.goto(`/redaksi/artikel/${submission.id}`);
  await page.getByRole("button", { name: "Klaim untuk direview" }).click();
  await expect(page.getByText("Sedang Anda review")).toBeVisible();
  // The form suggests this time tomorrow; the past is refused.
  await page.getByLabel("Tanggal").fill("2020-01-01");
  await page.getByRole("button", { name: "Jadwalkan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Waktu terbit" })).toHaveText(
    "Waktu terbit harus di masa depan.",
  );
  await page.getByLabel("Tanggal").fill("2099-12-31");
  await page.getByLabel("Jam (WIB)").fill("07:30");
  await page.getByRole("button", { name: "Jadwalkan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Artikel dijadwalkan." })).toBeVisible();
  expect((await articleRow(submission.id)).scheduledFor?.toISOString()).toBe(
    "2099-12-31T00:30:00.000Z",
  );

  await page.goto("/redaksi/terjadwal");
  await expect(page.getByRole("list", { name: "Artikel terjadwal" })).toContainText(
    submission.title,
  );
  await expect(page.getByRole("list", { name: "Artikel terjadwal" })).toContainText(
    "Kamis, 31 Desember 2099 07:30 WIB",
  );
  await context.close();

  // Time passes: the article falls due. No browser page is open from here on.
  await withDatabase((client) =>
    client.query(
      `UPDATE "Article" SET "scheduledFor" = now() - interval '1 minute' WHERE id = $1`,
      [submission.id],
    ),
  );
  await expect
    .poll(async () => (await articleRow(submission.id)).status, {
      timeout: 60_000,
      intervals: [1000, 2000],
    })
    .toBe("PUBLISHED");
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 20_000 }).toBe(200);

  const reader = await browser.newPage();
  await reader.goto(path);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(submission.title);
  await expect(reader.getByText("Editor: Rina Editor (Demo)")).toBeVisible();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: submission.title }).first()).toBeVisible();
  const audit = await withDatabase(
    async (client) =>
      (
        await client.query<{ email: string }>(
          `SELECT u.email FROM "AuditLog" l JOIN "User" u ON u.id = l."actorId" WHERE l."targetId" = $1 AND l.action = 'article.publish_scheduled'`,
          [submission.id],
        )
      ).rows,
  );
  expect(audit).toEqual([{ email: "editor@warta.test" }]);
  await reader.close();
});
