import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { expectSaved, startDraft } from "../fixtures/studio";
import { withDatabase } from "../fixtures/database";

// Defects 3 and 5: another site must not be able to write as a signed-in person, nor frame the desk.

const titleOf = (id: string) =>
  withDatabase(
    async (db) =>
      (await db.query<{ title: string }>(`SELECT title FROM "Article" WHERE id = $1`, [id])).rows[0]
        ?.title,
  );

test("a cross-origin text/plain save of a signed-in writer's draft is refused", async ({
  page,
  baseURL,
}) => {
  await logIn(page, "penulis@warta.test");
  const id = await startDraft(page);
  await page.getByLabel("Judul", { exact: true }).fill("Judul asli penulis");
  await expectSaved(page);
  const payload = JSON.stringify({
    expectedVersion: 2,
    title: "Ditimpa dari situs lain",
    subtitle: "",
    datelineCity: "",
    sectionId: "x",
    topicIds: [],
    proposedTopics: [],
    heroImageAlt: "",
    heroImageCaption: "",
    heroImageCredit: "",
    body: { type: "doc", content: [] },
  });
  // What a form or a no-cors fetch on another site can send with the victim's cookie.
  const crossSite = await page.request.post(`/api/studio/articles/${id}`, {
    headers: {
      "content-type": "text/plain",
      origin: "https://penyerang.example",
      "sec-fetch-site": "cross-site",
    },
    data: payload,
  });
  expect(crossSite.status()).toBe(403);
  // Same origin but not JSON is refused too: the body type is part of the check.
  const plain = await page.request.post(`/api/studio/articles/${id}`, {
    headers: { "content-type": "text/plain", origin: new URL(baseURL!).origin },
    data: payload,
  });
  expect(plain.status()).toBe(415);
  expect(await titleOf(id)).toBe("Judul asli penulis");
});

test("a server action replayed from another origin is refused by Next's own check", async ({
  page,
}) => {
  await logIn(page, "penulis@warta.test");
  await page.goto("/tulis/profil");
  const bio = page.getByLabel("Bio singkat");
  await bio.fill("Bio yang sah");
  const captured = page.waitForRequest(
    (r) => r.method() === "POST" && Boolean(r.headers()["next-action"]),
  );
  await page.getByRole("button", { name: "Simpan profil" }).click();
  const action = await captured;
  await expect(page.getByRole("status").filter({ hasText: /tersimpan/i })).toBeVisible();

  const replay = await page.request.post(action.url(), {
    headers: {
      ...action.headers(),
      origin: "https://penyerang.example",
      host: new URL(action.url()).host,
    },
    // The same action with the attacker's words in it.
    data: (action.postData() ?? "").replace("Bio yang sah", "Bio dari penyerang"),
  });
  expect(replay.ok()).toBe(false);
  const stored = await withDatabase(
    async (db) =>
      (await db.query<{ bio: string }>(`SELECT bio FROM "User" WHERE email = 'penulis@warta.test'`))
        .rows[0].bio,
  );
  expect(stored).toBe("Bio yang sah");
});

test("the signed-in desk refuses to render inside another site's frame", async ({
  page,
  baseURL,
}) => {
  await logIn(page, "editor@warta.test");
  const desk = await page.request.get("/redaksi");
  expect(desk.status()).toBe(200);
  const headers = desk.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");

  // Another site framing the desk, served from this machine (a page Playwright fulfils itself
  // counts as public, and Chromium's local-network checks would block the frame before our
  // headers get a say).
  const attacker = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(
      `<!doctype html><title>Hadiah</title><iframe id="desk" src="${baseURL}/redaksi"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  const framer = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  const refused = page.waitForEvent(
    "requestfailed",
    (request) =>
      request.frame() !== page.mainFrame() &&
      request.failure()?.errorText === "net::ERR_BLOCKED_BY_RESPONSE",
  );
  await page.goto(framer);
  await refused;
  // The frame never shows the desk (nor the log-in page): Chromium puts its own error page there.
  const frame = await (await page.locator("#desk").elementHandle())!.contentFrame();
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#desk").getByRole("heading")).toHaveCount(0);
  attacker.close();
});
