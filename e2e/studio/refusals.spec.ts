import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved, longParagraph, startDraft } from "../fixtures/studio";

async function victimDraft(page: import("@playwright/test").Page) {
  await logIn(page, "penulis@warta.test");
  const id = await startDraft(page);
  await page.getByLabel("Judul", { exact: true }).fill("Draf rahasia milik penulis terverifikasi");
  await expectSaved(page);
  await page.context().clearCookies();
  return id;
}

const titleOf = (id: string) =>
  withDatabase(
    async (db) =>
      (
        await db.query<{ title: string; status: string }>(
          `SELECT title, status FROM "Article" WHERE id = $1`,
          [id],
        )
      ).rows[0],
  );

test("another writer's draft is refused by URL, by route handler and by a direct server-action POST", async ({
  page,
}) => {
  const victimId = await victimDraft(page);

  await logIn(page, "penulis2@warta.test");
  const byUrl = await page.goto(`/tulis/artikel/${victimId}`);
  expect(byUrl?.status()).toBe(404);

  const byRoute = await page.request.post(`/api/studio/articles/${victimId}`, {
    data: {
      expectedVersion: 2,
      title: "Dibajak",
      subtitle: "",
      datelineCity: "",
      sectionId: "x",
      topicIds: [],
      proposedTopics: [],
      heroImageAlt: "",
      heroImageCaption: "",
      heroImageCredit: "",
      body: { type: "doc", content: [] },
    },
  });
  expect([403, 404, 422]).toContain(byRoute.status());

  // The attacker's own draft, filled so the submit button works; its server-action request is
  // captured and replayed with the victim's id.
  await startDraft(page);
  await page.getByLabel("Judul", { exact: true }).fill("Tulisan sah milik penulis kedua di Warta");
  await page.getByLabel("Subjudul", { exact: true }).fill("Subjudul yang sah");
  await editorArea(page).click();
  await page.keyboard.insertText(longParagraph("Bekasi"));
  await expectSaved(page);
  const actionRequest = page.waitForRequest(
    (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]),
  );
  await page.getByRole("button", { name: "Kirim ke redaksi" }).click();
  const captured = await actionRequest;
  const args = JSON.parse(captured.postData() ?? "[]") as unknown[];
  expect(args.length).toBe(2);

  const replay = await page.request.post(captured.url(), {
    headers: {
      "next-action": captured.headers()["next-action"],
      "content-type": captured.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    data: JSON.stringify([victimId, 2]),
  });
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain("NOT_FOUND");

  expect(await titleOf(victimId)).toEqual({
    title: "Draf rahasia milik penulis terverifikasi",
    status: "DRAFT",
  });
});

test("the studio sends anonymous visitors to log in, and its routes refuse them", async ({
  page,
}) => {
  await page.goto("/tulis");
  await expect(page).toHaveURL(/\/masuk/);
  const response = await page.request.post("/api/studio/articles/whatever", { data: {} });
  expect(response.status()).toBe(401);
});
