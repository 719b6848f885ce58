import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangePublishedArticle, arrangeWriter, openPerson } from "./arrange";

test("an editor verifies a writer: the badge shows on their article at once, and they are told", async ({
  browser,
}) => {
  const writer = await arrangeWriter("Sari Wulandari");
  const article = await arrangePublishedArticle(writer.id, "Warga Menanam Mangrove di Muara Angke");

  const reader = await browser.newPage();
  await reader.goto(article.path);
  const writerBox = reader.getByRole("region", { name: "Tentang penulis" });
  await expect(writerBox).toContainText(writer.displayName);
  await expect(writerBox.getByText("Verified Writer")).toHaveCount(0);

  const editor = await browser.newPage();
  await logIn(editor, "editor@warta.test");
  const card = await openPerson(editor, writer.displayName);
  await expect(
    card.getByRole("term").filter({ hasText: "Terbit" }).locator("xpath=following-sibling::dd"),
  ).toHaveText("1");
  await card.getByRole("button", { name: /Jadikan Verified Writer/ }).click();
  await expect(card.getByRole("status")).toContainText("kini Verified Writer");
  await expect(card).toContainText("Diverifikasi oleh Rina Editor (Demo)");

  await reader.reload();
  await expect(
    reader.getByRole("region", { name: "Tentang penulis" }).getByText("Verified Writer"),
  ).toBeVisible();

  const row = await withDatabase(
    async (client) =>
      (
        await client.query<{ tier: string; action: string }>(
          `SELECT u.tier, a.action FROM "User" u JOIN "AuditLog" a ON a."targetId" = u.id WHERE u.id = $1`,
          [writer.id],
        )
      ).rows,
  );
  expect(row).toEqual([{ tier: "VERIFIED", action: "user.verify" }]);

  const writerPage = await browser.newPage();
  await logIn(writerPage, writer.email);
  await writerPage.goto("/tulis");
  const bell = writerPage.getByRole("button", { name: /Pemberitahuan/ });
  await expect(bell).toHaveAccessibleName("Pemberitahuan, 1 belum dibaca");
  await bell.click();
  await expect(writerPage.getByRole("link", { name: /Anda kini Verified Writer/ })).toBeVisible();
});

test("suspending a writer ends their open session at once; their published article stays up", async ({
  browser,
}) => {
  const writer = await arrangeWriter("Joko Santoso");
  const article = await arrangePublishedArticle(
    writer.id,
    "Bank Sampah Kampung Pulo Mencatat Rekor",
  );

  const writerContext = await browser.newContext();
  const writerPage = await writerContext.newPage();
  await logIn(writerPage, writer.email);
  await writerPage.goto("/tulis");
  await expect(writerPage.getByRole("heading", { level: 1, name: "Studio Penulis" })).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await logIn(admin, "admin@warta.test");
  const card = await openPerson(admin, writer.displayName);
  await card.locator("summary", { hasText: "Nonaktifkan akun…" }).click();
  await card.getByLabel("Alasan (untuk log audit)").fill("Mengirim tulisan jiplakan berulang kali");
  await card
    .getByRole("button", { name: `Nonaktifkan ${writer.displayName}`, exact: true })
    .click();
  await expect(card.getByRole("status")).toContainText("Semua sesinya sudah berakhir");
  await expect(card.getByText("Dinonaktifkan", { exact: true })).toBeVisible();

  // The same browser, the same cookie: refused on the next request.
  await writerPage.goto("/tulis");
  await expect(writerPage).toHaveURL(/\/masuk\?next=(%2F|\/)tulis/);
  expect(await (await writerPage.request.get("/api/sesi")).json()).toEqual({ user: null });
  const draftSave = await writerPage.request.post("/api/studio/articles/anything", { data: {} });
  expect(draftSave.status()).toBe(401);

  // The editors approved the piece: it stays published under the byline, and the profile answers.
  const reader = await browser.newPage();
  const response = await reader.goto(article.path);
  expect(response?.status()).toBe(200);
  await expect(
    reader.getByRole("heading", { level: 1, name: "Bank Sampah Kampung Pulo Mencatat Rekor" }),
  ).toBeVisible();
  expect((await reader.goto(`/penulis/${writer.username}`))?.status()).toBe(200);

  // Log-in is refused until an admin or editor lifts the suspension.
  const again = await writerContext.request.post("/api/sesi/masuk", {
    data: { email: writer.email, password: "warta-demo-2026" },
    headers: { origin: new URL(writerPage.url()).origin },
  });
  expect(again.status()).toBe(403);
  await card.getByRole("button", { name: /Aktifkan kembali/ }).click();
  await expect(card.getByRole("status")).toContainText("Akun aktif kembali");
  await writerContext.close();
  await adminContext.close();
});

test("only an admin changes roles: an editor sees no role buttons, an admin makes and unmakes an editor", async ({
  browser,
}) => {
  const person = await arrangeWriter("Dimas Prakoso");
  const editor = await browser.newPage();
  await logIn(editor, "editor@warta.test");
  const editorView = await openPerson(editor, person.displayName);
  await expect(editorView.getByRole("button", { name: /Jadikan editor/ })).toHaveCount(0);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await logIn(admin, "admin@warta.test");
  const card = await openPerson(admin, person.displayName);
  await card.getByRole("button", { name: /Jadikan editor/ }).click();
  await expect(card.getByText("Editor", { exact: true })).toBeVisible();
  await card.getByRole("button", { name: /Cabut peran editor/ }).click();
  await expect(card.getByRole("button", { name: /Jadikan editor/ })).toBeVisible();
  // The admin's own card offers nothing that would lock them out.
  const self = await openPerson(admin, "Admin Warta");
  await expect(self.getByRole("button")).toHaveCount(0);
  await adminContext.close();
});
