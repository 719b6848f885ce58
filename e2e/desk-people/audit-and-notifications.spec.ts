import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangeWriter, expectNoAxeViolations, suffix } from "./arrange";

test("the audit log lists what admins and editors did, filters by action, and is refused to an editor", async ({
  browser,
}) => {
  const tag = suffix();
  const editor = await browser.newPage();
  await logIn(editor, "editor@warta.test");
  await editor.goto("/redaksi/struktur");
  const create = editor.getByRole("form", { name: "Topik baru" });
  await create.getByLabel("Nama").fill(`Kereta Cepat ${tag}`);
  await create.getByRole("button", { name: "Buat topik" }).click();
  await expect(create.getByRole("status")).toContainText(`/topik/kereta-cepat-${tag}`);

  await expect(
    editor
      .getByRole("navigation", { name: "Menu redaksi" })
      .getByRole("link", { name: "Log Audit" }),
  ).toHaveCount(0);
  await editor.goto("/redaksi/audit");
  await expect(editor.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
  await expect(editor.getByRole("table")).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, "admin@warta.test");
  await admin.goto("/redaksi/audit");
  await expect(admin.getByRole("heading", { level: 1, name: "Log Audit" })).toBeVisible();
  const newest = admin.getByRole("row").filter({ hasText: `kereta-cepat-${tag}` });
  await expect(newest).toContainText("topic.create");
  await expect(newest).toContainText("Rina Editor (Demo)");

  await admin.getByLabel("Aksi", { exact: true }).selectOption("topic.create");
  await admin.getByLabel("Pelaku", { exact: true }).fill("editor@warta.test");
  await admin.getByRole("button", { name: "Saring" }).click();
  await expect(admin).toHaveURL(/aksi=topic.create/);
  const actions = admin.getByRole("row").locator("td:nth-child(2)");
  await expect(actions.first()).toHaveText("topic.create");
  expect(new Set(await actions.allTextContents())).toEqual(new Set(["topic.create"]));
  await expectNoAxeViolations(admin);
});

test("the bell shows the unread count and the latest notifications; the list marks them read", async ({
  page,
}) => {
  const writer = await arrangeWriter("Lestari Ayu");
  const tag = suffix();
  await withDatabase(async (client) => {
    const rows = [
      ["article.changes_requested", `Pasar Terapung Lok Baintan ${tag}`, "3 minutes"],
      ["article.rejected", `Kabar Burung dari Seberang ${tag}`, "2 minutes"],
      ["article.published", `Festival Layang-Layang Pangandaran ${tag}`, "1 minute"],
    ];
    for (const [type, title, ago] of rows) {
      await client.query(
        `INSERT INTO "Notification" (id, "userId", type, data, "createdAt") VALUES ($1, $2, $3, $4, now() - $5::interval)`,
        [
          `e2enotif${suffix()}`,
          writer.id,
          type,
          JSON.stringify({ articleId: `tidak-ada-${tag}`, title }),
          ago,
        ],
      );
    }
  });

  await logIn(page, writer.email);
  await page.goto("/");
  const bell = page.getByRole("button", { name: "Pemberitahuan, 3 belum dibaca" });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(bell).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`#${await bell.getAttribute("aria-controls")}`);
  await expect(panel.getByRole("link")).toHaveText([
    /Artikel Anda “Festival Layang-Layang Pangandaran .*” diterbitkan/,
    /Artikel Anda “Kabar Burung dari Seberang .*” ditolak/,
    /Artikel Anda “Pasar Terapung Lok Baintan .*” perlu revisi/,
    "Lihat semua",
  ]);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(bell).toBeFocused();

  await page.goto("/notifikasi");
  await expect(page.getByRole("heading", { level: 1, name: "Pemberitahuan" })).toBeVisible();
  await expect(page.getByText("3 belum dibaca dari 3 pemberitahuan.")).toBeVisible();
  await expectNoAxeViolations(page);
  const rejected = page
    .getByRole("list", { name: "Daftar pemberitahuan" })
    .getByRole("listitem")
    .filter({ hasText: "ditolak" });
  await rejected.getByRole("button", { name: /Tandai sudah dibaca/ }).click();
  await expect(rejected.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Pemberitahuan, 2 belum dibaca" })).toBeVisible();

  await page.getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
  await expect(page.getByText("Semua pemberitahuan sudah dibaca.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pemberitahuan", exact: true })).toBeVisible();

  // Someone else's notification cannot be marked read through the route either.
  const foreign = await withDatabase(
    async (client) =>
      (
        await client.query<{ id: string }>(
          `INSERT INTO "Notification" (id, "userId", type, data) SELECT $1, id, 'writer.verified', '{}' FROM "User" WHERE email = 'penulis2@warta.test' RETURNING id`,
          [`e2enotif${suffix()}`],
        )
      ).rows[0].id,
  );
  const refused = await page.request.post("/api/notifications/read", {
    data: { id: foreign },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(404);
});

test("the people and structure pages have no axe violations, and refuse writers", async ({
  browser,
}) => {
  const editor = await (await browser.newContext()).newPage();
  await logIn(editor, "editor@warta.test");
  for (const path of ["/redaksi/penulis", "/redaksi/penulis?q=penulis", "/redaksi/struktur"]) {
    await editor.goto(path);
    await expect(editor.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(editor);
  }
  await editor.goto("/redaksi/penulis?q=penulis");
  await editor.locator("summary", { hasText: "Nonaktifkan akun…" }).first().click();
  await expectNoAxeViolations(editor);

  const writer = await (await browser.newContext()).newPage();
  await logIn(writer, "penulis@warta.test");
  for (const path of ["/redaksi/penulis", "/redaksi/struktur", "/redaksi/audit"]) {
    await writer.goto(path);
    await expect(writer.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
  }
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/notifikasi");
  await expect(anonymous).toHaveURL(/\/masuk\?next=(%2F|\/)notifikasi$/);
  expect((await anonymous.request.get("/api/notifications")).status()).toBe(401);
});
