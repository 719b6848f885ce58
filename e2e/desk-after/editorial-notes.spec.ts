import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangePublishedArticle, suffix } from "./arrange";

const WRITER = "penulis@warta.test";

const noteCount = (articleId: string) =>
  withDatabase(
    async (client) =>
      (
        await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "EditorialNote" WHERE "articleId" = $1`,
          [articleId],
        )
      ).rows[0].n,
  );

test("editorial notes are the desk's: the editor reads and adds them, the writer can neither read nor post one", async ({
  page,
}) => {
  const article = await arrangePublishedArticle(WRITER, [
    {
      title: `Pasar Terapung ${suffix()}`,
      paragraphs: ["Pedagang menjajakan sayur dari perahu sejak subuh."],
      authorEmail: WRITER,
    },
  ]);
  const secret = `Cek ulang izin foto drone ke dinas perhubungan ${suffix()}`;

  await logIn(page, "editor@warta.test");
  await page.goto(`/redaksi/artikel/${article.id}/catatan`);
  await expect(page.getByRole("heading", { level: 1, name: "Catatan redaksi" })).toBeVisible();
  await expect(page.getByText("Belum ada catatan.")).toBeVisible();

  await page.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(page.getByText("Tulis isi catatan.")).toBeVisible();

  await page.getByLabel("Catatan baru").fill(secret);
  const actionRequest = page.waitForRequest(
    (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]),
  );
  await page.getByRole("button", { name: "Simpan catatan" }).click();
  const captured = await actionRequest;
  await expect(page.getByRole("status")).toHaveText("Catatan disimpan.");
  await expect(page.getByRole("list", { name: "Catatan" })).toContainText(secret);
  await expect(page.getByRole("list", { name: "Catatan" })).toContainText("Rina Editor (Demo)");
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  expect(await noteCount(article.id)).toBe(1);

  await page.context().clearCookies();
  await logIn(page, WRITER);
  await page.goto(`/redaksi/artikel/${article.id}/catatan`);
  await expect(page.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
  for (const path of [
    `/redaksi/artikel/${article.id}/catatan`,
    `/tulis/artikel/${article.id}`,
    `/tulis/artikel/${article.id}/perubahan`,
    article.path,
  ]) {
    await page.goto(path);
    await expect(page.locator("body"), path).not.toContainText(secret);
  }

  // The editor's own request, replayed by the writer: the action's verb refuses it.
  const replay = await page.request.post(captured.url(), {
    headers: {
      "next-action": captured.headers()["next-action"],
      "content-type": captured.headers()["content-type"],
      accept: "text/x-component",
    },
    data: captured.postDataBuffer() ?? Buffer.from(""),
  });
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain("Anda tidak memiliki izin untuk tindakan ini.");
  expect(await noteCount(article.id)).toBe(1);
});
