import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startVarnish } from "@/scripts/cluster-parts.mjs";
import { VarnishXkeyPurger } from "@/lib/cache/purge/varnish-xkey-purger";
import { purgeReliably } from "@/lib/cache/purge/purge-reliably";

// The shipped VCL (deploy/varnish/warta.vcl) in a real varnishd, in front of a small backend that
// answers like Warta does: tagged reader pages, personal pages, health checks.
type Seen = { url: string; cookie?: string };
let seen: Seen[] = [];
let healthy = true;
let version = 1;
let backend: http.Server;
let varnish: Awaited<ReturnType<typeof startVarnish>>;

function answer(request: http.IncomingMessage, response: http.ServerResponse) {
  const url = request.url ?? "/";
  if (url === "/api/health") {
    response.writeHead(healthy ? 200 : 503, { "cache-control": "no-store" }).end("{}");
    return;
  }
  seen.push({ url, cookie: request.headers.cookie });
  if (!healthy) {
    response.writeHead(500).end("rusak");
    return;
  }
  const headers: Record<string, string> = { "content-type": "text/html" };
  if (url.startsWith("/news/a")) Object.assign(headers, { xkey: "articles article:a" });
  else if (url.startsWith("/news/b")) Object.assign(headers, { xkey: "articles article:b" });
  if (url.startsWith("/set-cookie")) headers["set-cookie"] = "x=1; Path=/";
  headers["cache-control"] = url.startsWith("/short")
    ? "s-maxage=1"
    : url.startsWith("/tulis")
      ? "private, no-store"
      : "s-maxage=3600, stale-while-revalidate=31532400";
  response.writeHead(200, headers).end(`${url} v${version}`);
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${varnish.url}${path}`, { headers });
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    body: await response.text(),
    xkey: response.headers.get("xkey"),
  };
}

/** A request from another loopback address than the ACL's 127.0.0.1. */
function purgeFrom(localAddress: string, keys: string): Promise<number> {
  const { port } = new URL(varnish.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "PURGE",
        path: "/",
        localAddress,
        headers: { xkey: keys },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

beforeAll(async () => {
  backend = http.createServer(answer);
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve));
  const { port } = backend.address() as AddressInfo;
  varnish = await startVarnish({
    port: await freePort(),
    backends: [{ port }],
    purgers: ["127.0.0.1"],
  });
  // The probe must have seen the backend healthy before grace rules apply.
  await waitFor(async () => (await get("/news/a")).status === 200);
  seen = [];
});

afterAll(async () => {
  await varnish?.stop();
  await new Promise((resolve) => backend?.close(resolve));
});

describe("deploy/varnish/warta.vcl", () => {
  it("caches an anonymous reader page once, whatever its tracking parameters and cookies", async () => {
    expect((await get("/news/a1")).cache).toBe("MISS");
    const again = await get("/news/a1?utm_source=wa&fbclid=x", { cookie: "_ga=GA1.2; theme=dark" });
    expect(again.cache).toBe("HIT");
    expect(again.body).toBe("/news/a1 v1");
    // Parameters that matter stay: a different page.
    expect((await get("/news/a1?halaman=2&utm_medium=x")).cache).toBe("MISS");
    expect(seen.map((s) => s.url)).toEqual(["/news/a1", "/news/a1?halaman=2"]);
    expect(seen.every((s) => s.cookie === undefined)).toBe(true);
    // Tags are for the cache only.
    expect(again.xkey).toBeNull();
  });

  it("never caches or strips anything for a signed-in reader, the studio, the desk or the API", async () => {
    await get("/news/a2");
    seen = [];
    const session = { cookie: "next-auth.session-token=abc; theme=dark" };
    expect((await get("/news/a2?utm_source=x", session)).cache).toBe("MISS");
    expect((await get("/news/a2?utm_source=x", session)).cache).toBe("MISS");
    for (const path of ["/tulis?utm_source=x", "/redaksi", "/api/sesi", "/masuk"]) {
      expect((await get(path, { cookie: "theme=dark" })).cache).toBe("MISS");
      expect((await get(path, { cookie: "theme=dark" })).cache).toBe("MISS");
    }
    expect(seen[0]).toEqual({ url: "/news/a2?utm_source=x", cookie: session.cookie });
    expect(seen).toContainEqual({ url: "/tulis?utm_source=x", cookie: "theme=dark" });
    // What a signed-in reader got was not stored for anyone else either.
    const secure = { cookie: "__Secure-next-auth.session-token=abc" };
    expect((await get("/news/a3", secure)).cache).toBe("MISS");
    expect((await get("/news/a3")).cache).toBe("MISS");
  });

  it("does not store responses that set a cookie", async () => {
    await get("/set-cookie");
    expect((await get("/set-cookie")).cache).toBe("MISS");
  });

  it("purges by tag through VarnishXkeyPurger, and only what carries the tag", async () => {
    await get("/news/a4");
    await get("/news/b4");
    version = 2;
    await new VarnishXkeyPurger([varnish.url]).purge(["article:a"]);
    const purged = await get("/news/a4");
    expect([purged.cache, purged.body]).toEqual(["MISS", "/news/a4 v2"]);
    const kept = await get("/news/b4");
    expect([kept.cache, kept.body]).toEqual(["HIT", "/news/b4 v1"]);
    await new VarnishXkeyPurger([varnish.url]).purge(["articles"]);
    expect((await get("/news/b4")).body).toBe("/news/b4 v2");
  });

  it("answers 403 to a purge from outside the ACL and forgets nothing", async () => {
    await get("/news/a5");
    expect(await purgeFrom("127.0.0.2", "article:a")).toBe(403);
    expect((await get("/news/a5")).cache).toBe("HIT");
    expect(await purgeFrom("127.0.0.1", "article:a")).toBe(200);
    expect((await get("/news/a5")).cache).toBe("MISS");
  });

  it("reports a purge that fails; purgeReliably logs it instead of throwing", async () => {
    const nowhere = new VarnishXkeyPurger([`http://127.0.0.1:${await freePort()}`], 500);
    await expect(nowhere.purge(["articles"])).rejects.toThrow();
    expect(await purgeReliably(nowhere, ["articles"], [])).toBe(false);
  });

  it("retries a failed purge in the background until the cache takes it", async () => {
    await get("/news/a6");
    version = 4;
    const real = new VarnishXkeyPurger([varnish.url]);
    let calls = 0;
    // Varnish is unreachable for the first attempt only.
    const flaky = {
      name: "flaky",
      purge: (tags: string[]) =>
        ++calls === 1 ? Promise.reject(new Error("connection refused")) : real.purge(tags),
    };
    expect(await purgeReliably(flaky, ["article:a"], [50, 50])).toBe(false);
    await waitFor(async () => (await get("/news/a6")).body === "/news/a6 v4", 5000);
    expect(calls).toBe(2);
  });

  it("serves the last good page, never the error, while the backend is broken (grace)", async () => {
    const good = (await get("/short-lived")).body;
    healthy = false;
    version = 99;
    await new Promise((resolve) => setTimeout(resolve, 1500)); // older than its s-maxage
    for (let i = 0; i < 8; i++) {
      const response = await get("/short-lived");
      expect([response.status, response.body]).toEqual([200, good]);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    // A page it never had cannot be served from grace.
    expect((await get("/short-never-seen")).status).toBeGreaterThanOrEqual(500);
    healthy = true;
  });
});
