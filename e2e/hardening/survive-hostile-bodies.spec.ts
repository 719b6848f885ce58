import http from "node:http";
import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { editorArea, expectSaved, startDraft } from "../fixtures/studio";
import { withDatabase } from "../fixtures/database";

// Defect 1 and 2 of the hostile run: one request must never take the server down, and one
// character PostgreSQL cannot store must never stop a writer's work from arriving.

const MB = 1024 * 1024;

/** Streams `megabytes` of JSON-ish bytes to `path` without Content-Length (chunked) and returns the status. */
function streamBody(baseURL: string, path: string, megabytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseURL);
    const request = http.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url.origin },
    });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    // The server may stop reading once it has answered; that is the point.
    request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
    const chunk = Buffer.alloc(MB, "a");
    let sent = 0;
    const pump = () => {
      while (sent < megabytes) {
        sent += 1;
        if (!request.write(chunk)) return request.once("drain", pump);
      }
      request.end();
    };
    request.write('{"email":"');
    pump();
  });
}

test("a 150 MB anonymous body is answered 413 and the server keeps serving", async ({
  request,
  baseURL,
}) => {
  // Declared: refused from the header at the edge, for the save route and the log-in route alike.
  const big = Buffer.alloc(150 * MB, "a");
  for (const path of ["/api/studio/articles/apa-saja", "/api/sesi/masuk"]) {
    const response = await request.post(path, {
      headers: { "content-type": "application/json", origin: new URL(baseURL!).origin },
      data: big,
    });
    expect(response.status(), path).toBe(413);
  }
  // Chunked (no Content-Length): counted while it streams and refused at the route's limit.
  expect(await streamBody(baseURL!, "/api/sesi/masuk", 150)).toBe(413);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect((await request.get("/")).status()).toBe(200);
});

test("a signed-in writer's 20 MB (or 2 MB) document is refused (413) with a message, and the server keeps serving", async ({
  page,
  baseURL,
}) => {
  await logIn(page, "penulis@warta.test");
  const id = await startDraft(page);
  // Every part within the document schema's limits; 20 MB stops at the edge, 2 MB at the route.
  for (const count of [1100, 110]) await refusedSave(count);

  async function refusedSave(count: number) {
    const text = "x".repeat(19_000);
    const paragraphs = Array.from({ length: count }, () => ({
      type: "paragraph",
      content: [{ type: "text", text }],
    }));
    const response = await page.request.post(`/api/studio/articles/${id}`, {
      headers: { origin: new URL(baseURL!).origin },
      data: {
        expectedVersion: 1,
        title: "",
        subtitle: "",
        datelineCity: "",
        sectionId: "x",
        topicIds: [],
        proposedTopics: [],
        heroImageAlt: "",
        heroImageCaption: "",
        heroImageCredit: "",
        body: { type: "doc", content: paragraphs },
      },
    });
    expect(response.status()).toBe(413);
    expect(await response.json()).toMatchObject({ message: "Data yang dikirim terlalu besar." });
    expect((await page.request.get("/api/health")).status()).toBe(200);
  }
});

test("a paste with U+0000 is saved cleaned, and the writer's later text arrives", async ({
  page,
}) => {
  await logIn(page, "penulis@warta.test");
  const id = await startDraft(page);
  await editorArea(page).click();
  // A paste, as the clipboard delivers it, with NUL characters inside.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "Tempelan\u0000 dari\u0000 aplikasi lain.");
    document
      .querySelector('[aria-label="Isi artikel"]')
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  });
  await page.keyboard.type(" Lalu kalimat yang diketik sesudahnya.");
  await expectSaved(page);
  await expect
    .poll(() =>
      withDatabase(
        async (db) =>
          (
            await db.query<{ t: string }>(`SELECT "bodyText" AS t FROM "Article" WHERE id = $1`, [
              id,
            ])
          ).rows[0]?.t,
      ),
    )
    .toContain("Tempelan dari aplikasi lain. Lalu kalimat yang diketik sesudahnya.");
  await expect(page.getByRole("status").filter({ hasText: "Gagal menyimpan" })).toHaveCount(0);
});

test("lists nested too deep are refused (422) with a message the studio shows", async ({
  page,
  baseURL,
}) => {
  await logIn(page, "penulis@warta.test");
  const id = await startDraft(page);
  // Written as text: a client library would overflow its own stack serialising it.
  const nested = (depth: number) =>
    '{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(depth) +
    '{"type":"paragraph","content":[{"type":"text","text":"dasar"}]}' +
    "]}]}".repeat(depth);
  const save = (depth: number) =>
    page.request.post(`/api/studio/articles/${id}`, {
      headers: { origin: new URL(baseURL!).origin, "content-type": "application/json" },
      data: `{"expectedVersion":1,"title":"","subtitle":"","datelineCity":"","sectionId":"x","topicIds":[],"proposedTopics":[],"heroImageAlt":"","heroImageCaption":"","heroImageCredit":"","body":{"type":"doc","content":[${nested(depth)}]}}`,
    });
  const thousands = await save(4000);
  expect(thousands.status()).toBe(422);
  expect((await thousands.json()).message).toBe(
    "Data yang dikirim terlalu bertingkat atau terlalu banyak.",
  );
  const dozen = await save(12);
  expect(dozen.status()).toBe(422);
  expect((await dozen.json()).message).toMatch(/^Naskah terlalu rumit untuk disimpan/);
  expect((await page.request.get("/api/health")).status()).toBe(200);
});
