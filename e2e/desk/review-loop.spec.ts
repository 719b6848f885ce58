import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved, longParagraph, startDraft } from "../fixtures/studio";
import { slugOf, suffix } from "./arrange";

const EDITOR_NAME = "Rina Editor (Demo)";

test("a submission goes from the writer to the desk and back, then is edited, published and credited everywhere at once", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const id = suffix();
  const title = `Relawan Muda Menghidupkan Taman Baca ${id}`;
  const topic = `Taman Baca ${id}`;
  const writerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const readerContext = await browser.newContext();
  const writer = await writerContext.newPage();
  const editor = await editorContext.newPage();
  const reader = await readerContext.newPage();

  // The writer writes and submits, proposing a new topic.
  await logIn(writer, "penulis@warta.test");
  const articleId = await startDraft(writer);
  await writer.getByLabel("Judul", { exact: true }).fill(title);
  await writer
    .getByLabel("Subjudul", { exact: true })
    .fill("Anak muda kampung mengubah pos ronda menjadi ruang baca");
  await writer.getByLabel("Kota dateline").fill("Jakarta");
  await editorArea(writer).click();
  await writer.keyboard.insertText(longParagraph("Kampung Pulo"));
  await writer.getByLabel("Usulkan topik baru").fill(topic);
  await writer.getByRole("button", { name: "Usulkan", exact: true }).click();
  await expect(writer.getByRole("list", { name: "Topik yang diusulkan" })).toContainText(topic);
  await expectSaved(writer);
  await writer.getByRole("button", { name: "Kirim ke redaksi" }).click();
  await expect(writer.locator(".status-line")).toContainText("Menunggu review");

  // The editor finds it in the queue, claims it and asks for changes.
  await logIn(editor, "editor@warta.test");
  await editor.goto("/redaksi");
  const item = editor
    .getByRole("listitem")
    .filter({ has: editor.getByRole("link", { name: title }) });
  await expect(item).toContainText("Verified Writer");
  await expect(item).toContainText(/baru saja masuk|menunggu \d+ menit/);
  await item.getByRole("button", { name: `Klaim “${title}”` }).click();
  await expect(editor).toHaveURL(new RegExp(`/redaksi/artikel/${articleId}$`));
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(editor.getByText("Sedang Anda review")).toBeVisible();
  const note = "Tolong tambahkan jam buka taman baca dan nama koordinator relawannya.";
  await editor.getByLabel("Catatan untuk penulis").fill(note);
  await editor.getByRole("button", { name: "Minta revisi" }).click();
  await expect(
    editor.getByRole("status").filter({ hasText: "Permintaan revisi dikirim ke penulis." }),
  ).toBeVisible();
  await expect(editor.getByText("Status: Perlu revisi")).toBeVisible();

  // The writer sees the note, revises and resubmits.
  await writer.reload();
  await expect(writer.getByRole("complementary", { name: "Catatan editor" })).toContainText(note);
  await editorArea(writer).click();
  await writer.keyboard.press("Control+End");
  await writer.keyboard.insertText(
    " Taman baca buka setiap sore pukul 15.00 dan dikoordinasi oleh Bu Ratna.",
  );
  await expectSaved(writer);
  await writer.getByRole("button", { name: "Kirim ulang ke redaksi" }).click();
  await expect(writer.locator(".status-line")).toContainText("Menunggu review");

  // Readers' pages are in the cache before the article exists.
  const sectionSlug = await withDatabase(
    async (client) =>
      (
        await client.query<{ slug: string }>(
          `SELECT s.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.id = $1`,
          [articleId],
        )
      ).rows[0].slug,
  );
  for (const path of ["/", `/${sectionSlug}`]) {
    await reader.goto(path);
    await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  }

  // The editor claims again, corrects a sentence in the writer's editor, and publishes.
  await editor.goto("/redaksi");
  await editor.getByRole("button", { name: `Klaim “${title}”` }).click();
  await expect(editor).toHaveURL(new RegExp(`/redaksi/artikel/${articleId}$`));
  await expect(editor.locator(".article-body")).toContainText("dikoordinasi oleh Bu Ratna");
  await editor.getByRole("link", { name: "Sunting naskah" }).click();
  await expect(editorArea(editor)).toContainText("dikoordinasi oleh Bu Ratna.");
  // The writer's last words, "Bu Ratna.", become the coordinator's full name.
  await editorArea(editor).click();
  await editor.keyboard.press("Control+End");
  for (let i = 0; i < "Bu Ratna.".length; i++) await editor.keyboard.press("Shift+ArrowLeft");
  await editor.keyboard.insertText("Ratna Sari, 42 tahun.");
  await expectSaved(editor);
  await editor.getByRole("button", { name: "Selesai menyunting" }).click();
  await expect(editor).toHaveURL(new RegExp(`/redaksi/artikel/${articleId}$`));
  await expect(editor.locator(".article-body")).toContainText(
    "dikoordinasi oleh Ratna Sari, 42 tahun.",
  );
  await editor.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Artikel terbit." })).toBeVisible();
  await expect(editor.getByText("Status: Terbit")).toBeVisible();

  const revisions = await withDatabase(async (client) =>
    (
      await client.query<{ note: string }>(
        `SELECT note FROM "Revision" WHERE "articleId" = $1 ORDER BY version`,
        [articleId],
      )
    ).rows.map((r) => r.note),
  );
  expect(revisions).toContain("Suntingan editor");
  expect(revisions.at(-1)).toBe("Diterbitkan");

  // Readers see it at once: home, its section, the new topic, and the page credits the editor.
  const path = `/${sectionSlug}/${slugOf(title)}`;
  for (const listing of ["/", `/${sectionSlug}`, `/topik/${slugOf(topic)}`]) {
    await reader.goto(listing);
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
  }
  await reader.goto(path);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByText(`Editor: ${EDITOR_NAME}`)).toBeVisible();
  await expect(reader.locator(".article-body")).toContainText(
    "dikoordinasi oleh Ratna Sari, 42 tahun.",
  );
  await expect(reader.getByRole("link", { name: topic })).toBeVisible();

  // The writer's studio shows it published.
  await writer.goto(`/tulis/artikel/${articleId}`);
  await expect(writer.locator(".status-line")).toContainText("Terbit");
  await expect(writer.getByRole("link", { name: path })).toBeVisible();

  await Promise.all([writerContext.close(), editorContext.close(), readerContext.close()]);
});
