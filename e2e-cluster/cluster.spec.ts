import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { arrangeSubmission, slugOf, suffix } from "../e2e/desk/arrange";
import { withDatabase } from "../e2e/fixtures/database";
import { logIn } from "../e2e/fixtures/login";
import type { ClusterState } from "./global-setup";

// One cluster for the whole file (global-setup.ts), so the tests run in order and the last ones
// stop instances: kill -9 of one under load, then all of them.
test.describe.configure({ mode: "serial" });

const state = (): ClusterState =>
  JSON.parse(fs.readFileSync(process.env.WARTA_CLUSTER_STATE_FILE!, "utf8")) as ClusterState;
const instance = (i: number) => state().instances[i];

async function fetchText(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: "manual" });
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    body: await response.text(),
  };
}

/** Milliseconds until `url` answers 200 with `text` in its body (polling every 50 ms), or throws. */
async function msUntilVisible(url: string, text: string, limitMs = 5000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { status, body } = await fetchText(url);
    if (status === 200 && body.includes(text)) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${url} did not show “${text}”`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function publishThroughDesk(page: Page, id: string) {
  await page.goto(`/redaksi/artikel/${id}`);
  await page.getByRole("button", { name: "Klaim untuk direview" }).click();
  await expect(page.getByText("Sedang Anda review")).toBeVisible();
  await page.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Artikel terbit." })).toBeVisible();
}

test("an article published through instance A is fresh through Varnish and on instance B within 1 s", async ({
  browser,
}) => {
  const { frontUrl } = state();
  const [a, b] = [instance(0), instance(1)];
  const submission = await arrangeSubmission(
    "penulis@warta.test",
    `Pasar Terapung Lok Baintan Ramai ${suffix()}`,
  );
  const section = `/${submission.sectionSlug}`;
  // Home and section are cached in Varnish and in Redis before the change, and each instance has
  // rendered each kind of page once (a first render loads its code: not what is measured here).
  const existing = (await fetchText(`${frontUrl}/`)).body.match(
    /href="(\/[a-z-]+\/[a-z0-9-]+)"/,
  )![1];
  for (const base of [a.url, b.url])
    for (const page of ["/", section, existing]) await fetchText(`${base}${page}?warm=1`);
  for (const url of [`${frontUrl}/`, `${frontUrl}${section}`, `${b.url}/`]) await fetchText(url);
  expect((await fetchText(`${frontUrl}/`)).cache).toBe("HIT");
  expect((await fetchText(`${frontUrl}/`)).body).not.toContain(submission.title);

  // The editor works on instance A directly.
  const context = await browser.newContext({ baseURL: a.url });
  const editor = await context.newPage();
  await logIn(editor, "editor@warta.test");
  await publishThroughDesk(editor, submission.id);
  const path = `${section}/${slugOf(submission.title)}`;
  // Home, section and the article itself, through the front and on the other instance: each
  // within 1 s of the action's answer (each was cached before, or is new, so each is a render).
  const urls = [`${frontUrl}/`, `${b.url}/`, `${frontUrl}${section}`, `${b.url}${section}`];
  const delays = await Promise.all(
    [...urls, `${frontUrl}${path}`].map((url) => msUntilVisible(url, submission.title)),
  );
  [...urls, `${frontUrl}${path}`].forEach((url, i) =>
    expect(delays[i], `fresh at ${url} after`).toBeLessThanOrEqual(1000),
  );
  await context.close();

  // A reader through the front sees it too, and the article page is cached there now.
  const reader = await browser.newPage();
  await reader.goto(`${frontUrl}/`);
  await reader.getByRole("link", { name: submission.title }).first().click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(submission.title);
  await reader.close();
  // The page names its cache tags for Varnish (the front itself does not pass them on).
  const tagged = await fetch(`${a.url}${path}`);
  expect(tagged.headers.get("xkey")?.split(" ")).toContain("articles");
  // Past the invalidation's second pass (1.5 s), the article stays cached through the front.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await fetchText(`${frontUrl}${path}`);
  expect((await fetchText(`${frontUrl}${path}`)).cache).toBe("HIT");
});

test("a signed-in editor's pages are never served from the HTTP cache nor cached for anyone else", async ({
  browser,
}) => {
  const { frontUrl } = state();
  const context = await browser.newContext({ baseURL: frontUrl });
  const editor = await context.newPage();
  await logIn(editor, "editor@warta.test");
  const caches: (string | undefined)[] = [];
  editor.on("response", (response) => {
    if (response.request().resourceType() === "document")
      caches.push(response.headers()["x-cache"]);
  });
  // A reader page that anonymous readers have in the cache, then the desk, each twice.
  await fetchText(`${frontUrl}/`);
  for (const path of ["/", "/", "/redaksi", "/redaksi"]) await editor.goto(path);
  await expect(editor.getByRole("heading", { level: 1 }).first()).toBeVisible();
  expect(caches).toEqual(["MISS", "MISS", "MISS", "MISS"]);
  const session = (await context.cookies()).find((c) => c.name.endsWith("session-token"))!;
  await context.close();

  // What the editor was shown is not what an anonymous reader gets: the desk stays closed, and
  // its page with the session cookie was never stored.
  const anonymousDesk = await fetchText(`${frontUrl}/redaksi`);
  expect(anonymousDesk.status).toBe(307);
  const withSession = await fetchText(`${frontUrl}/redaksi`, {
    cookie: `${session.name}=${session.value}`,
  });
  expect([withSession.status, withSession.cache]).toEqual([200, "MISS"]);
  expect((await fetchText(`${frontUrl}/redaksi`)).status).toBe(307);
});

test("a page served from Varnish's cache still carries every security header", async () => {
  const { frontUrl } = state();
  const home = await fetchText(`${frontUrl}/`);
  const article = home.body.match(/href="(\/[a-z-]+\/[a-z0-9-]+)"/)![1];
  const SECURITY = [
    "content-security-policy",
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
  ];
  for (const path of ["/", article]) {
    await fetch(`${frontUrl}${path}`);
    const cached = await fetch(`${frontUrl}${path}`, { redirect: "manual" });
    expect([path, cached.status, cached.headers.get("x-cache")]).toEqual([path, 200, "HIT"]);
    const csp = cached.headers.get("content-security-policy") ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(cached.headers.get("x-frame-options"), path).toBe("DENY");
    expect(cached.headers.get("x-content-type-options"), path).toBe("nosniff");
    expect(cached.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    expect(cached.headers.get("permissions-policy"), path).toMatch(/camera=\(\).*microphone=\(\)/);
    // Exactly what an instance sends itself: Varnish neither drops nor rewrites any of them.
    const direct = await fetch(`${instance(0).url}${path}`, { redirect: "manual" });
    for (const name of SECURITY)
      expect(cached.headers.get(name), `${name} on ${path}`).toBe(direct.headers.get(name));
  }
});

test("each language is its own cached page, and a reader who chose English is sent there by Varnish", async () => {
  const { frontUrl } = state();
  const home = await fetchText(`${frontUrl}/`);
  const article = home.body.match(/href="(\/[a-z-]+\/[a-z0-9-]+)"/)![1];
  for (const path of [`/en${article}`, "/en"]) {
    await fetchText(`${frontUrl}${path}`);
    const cached = await fetchText(`${frontUrl}${path}`);
    expect([path, cached.status, cached.cache]).toEqual([path, 200, "HIT"]);
    expect(cached.body, path).toContain('<html lang="en"');
  }
  // The Indonesian page is not the English one, and the cookie never reaches a cached page.
  const indonesian = await fetchText(`${frontUrl}${article}`);
  expect(indonesian.body).toContain('<html lang="id"');
  const chose = await fetch(`${frontUrl}${article}`, {
    headers: { cookie: "NEXT_LOCALE=en" },
    redirect: "manual",
  });
  expect(chose.status).toBe(307);
  expect(chose.headers.get("location")).toBe(`/en${article}`);
  expect(chose.headers.get("cache-control")).toContain("no-store");
});

test("a scheduled article goes out exactly once with two instances running", async ({
  request,
}) => {
  const { frontUrl, logFile } = state();
  const submission = await arrangeSubmission(
    "penulis@warta.test",
    `Jembatan Ampera Dicat Ulang ${suffix()}`,
  );
  await withDatabase(async (client) => {
    const {
      rows: [editor],
    } = await client.query<{ id: string }>(
      `SELECT id FROM "User" WHERE email = 'editor@warta.test'`,
    );
    await client.query(
      `UPDATE "Article" SET status = 'SCHEDULED', "editorId" = $2, "claimedById" = $2, "scheduledFor" = now() + interval '2 seconds' WHERE id = $1`,
      [submission.id, editor.id],
    );
  });
  const path = `/${submission.sectionSlug}/${slugOf(submission.title)}`;
  await expect
    .poll(async () => (await request.get(`${frontUrl}${path}`)).status(), {
      timeout: 20_000,
      intervals: [250],
    })
    .toBe(200);
  // Both instances were up all along; only the lease holder published, once.
  const audit = await withDatabase(
    async (client) =>
      (
        await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM "AuditLog" WHERE "targetId" = $1 AND action = 'article.publish_scheduled'`,
          [submission.id],
        )
      ).rows[0].n,
  );
  expect(audit).toBe("1");
  const published = fs
    .readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.includes(`[scheduler] published ${submission.id}`));
  expect(published).toHaveLength(1);
  const lease = await withDatabase(
    async (client) => (await client.query(`SELECT holder FROM "SchedulerLease"`)).rows,
  );
  expect(lease).toHaveLength(1);
});

const png = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .png()
    .toBuffer();

test("an image uploaded through instance A is served by instance B from S3", async ({
  browser,
}) => {
  const [a, b] = [instance(0), instance(1)];
  // The writer's own profile page on instance A: the uploader a person uses.
  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await logIn(page, "penulis@warta.test");
  await page.goto("/tulis/profil");
  // "Ganti" when the writer already has a photo.
  await page.getByLabel(/^(Unggah|Ganti) foto profil$/).setInputFiles({
    name: "pasar.png",
    mimeType: "image/png",
    buffer: await png(),
  });
  await expect(page.getByText("Gambar berhasil diunggah.")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.locator(".form-success")).toContainText("Profil tersimpan.");
  const avatar = page.getByRole("img", { name: /^Foto profil .* saat ini$/ });
  const image = { url: (await avatar.getAttribute("src"))! };
  expect(image.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-\d+\.webp$/);
  await context.close();
  const fromB = await fetch(`${b.url}${image.url}`);
  expect(fromB.status).toBe(200);
  expect(fromB.headers.get("content-type")).toBe("image/webp");
  const bytes = Buffer.from(await fromB.arrayBuffer());
  expect((await sharp(bytes).metadata()).format).toBe("webp");
  // The object is in the bucket, under the same key.
  const { S3_ENDPOINT, S3_BUCKET } = state().s3;
  const key = image.url.replace(/^\/media\//, "");
  const listing = await (
    await fetch(`${S3_ENDPOINT}/${S3_BUCKET}?list-type=2&prefix=${key}`)
  ).text();
  expect(listing).toContain(key);
});

test("with Redis down, instances keep serving, say so in /api/health, and the editor's publication still succeeds", async ({
  browser,
}) => {
  const { frontUrl, redisPid } = state();
  const [a, b] = [instance(0), instance(1)];
  process.kill(redisPid, "SIGKILL");
  await expect
    .poll(async () => (await (await fetch(`${b.url}/api/health`)).json()).status)
    .toBe("degraded");
  const health = await (await fetch(`${b.url}/api/health`)).json();
  expect(health).toMatchObject({
    instance: "app-2",
    database: { ok: true },
    redis: { configured: true, ok: false },
  });
  expect((await fetchText(`${b.url}/`)).status).toBe(200);

  const submission = await arrangeSubmission(
    "penulis@warta.test",
    `Festival Danau Toba Dibuka ${suffix()}`,
  );
  await fetchText(`${frontUrl}/`);
  const context = await browser.newContext({ baseURL: a.url });
  const editor = await context.newPage();
  await logIn(editor, "editor@warta.test");
  await publishThroughDesk(editor, submission.id);
  await context.close();
  expect(await msUntilVisible(`${frontUrl}/`, submission.title)).toBeLessThanOrEqual(1000);
});

test("kill -9 of one instance during a load of reads: no failed read through Varnish", async () => {
  const { frontUrl } = state();
  const home = await fetchText(`${frontUrl}/`);
  const articles = [...home.body.matchAll(/href="(\/[a-z-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]);
  const paths = ["/", ...articles.slice(0, 6)];
  let failed = 0;
  let done = 0;
  let running = true;
  // Eight readers in a loop; every fourth read is a URL Varnish has not seen, so instances are hit too.
  const reader = async (n: number) => {
    let i = 0;
    while (running) {
      const path = paths[i++ % paths.length];
      const url = `${frontUrl}${path}${i % 4 === 0 ? `?r=${n}-${i}` : ""}`;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        if (response.status !== 200) {
          failed++;
          console.log("failed read:", response.status, url);
        }
      } catch (error) {
        failed++;
        console.log("failed read:", String(error), url);
      }
      done++;
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, (_, n) => reader(n)));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  process.kill(instance(1).pid, "SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 5000));
  running = false;
  await load;
  expect(done).toBeGreaterThan(100);
  expect(failed).toBe(0);
});

test("with every instance stopped, Varnish still serves a cached article", async ({ page }) => {
  const { frontUrl } = state();
  const home = await fetchText(`${frontUrl}/`);
  const path = home.body.match(/href="(\/[a-z-]+\/[a-z0-9-]+)"/)![1];
  await page.goto(`${frontUrl}${path}`);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  expect(title).toBeTruthy();
  expect((await fetchText(`${frontUrl}${path}`)).cache).toBe("HIT");
  for (const { pid } of state().instances) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* already gone (the previous test) */
    }
  }
  // Once the health probe has marked both sick, only the cache answers.
  await expect
    .poll(async () => (await fetchText(`${frontUrl}/api/health`)).status, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(500);
  await page.goto(`${frontUrl}${path}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
  await page.goto(`${frontUrl}/`);
  await expect(page.getByRole("link").first()).toBeVisible();
});
