import { expect, test, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";

// The pages that host the uploader (profile, studio) cover the person's flow; this spec covers the
// route itself the way every client reaches it, with a real session cookie.

const DEMO_WRITER = { email: "penulis@warta.test", password: "warta-demo-2026" };

// A browser names the page's origin on every upload; the route refuses posts from anywhere else.
test.use({
  extraHTTPHeaders: async ({ baseURL }, provide) => provide({ origin: new URL(baseURL!).origin }),
});

async function logIn(request: APIRequestContext) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: DEMO_WRITER.email, password: DEMO_WRITER.password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as {
    user?: { email?: string };
  };
  expect(session.user?.email).toBe(DEMO_WRITER.email);
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 90 } } })
    .png()
    .toBuffer();

test("a signed-in writer uploads a PNG and gets WebP variants served for a year", async ({
  request,
}) => {
  await logIn(request);
  const response = await request.post("/api/media", {
    multipart: {
      purpose: "hero",
      file: { name: "foto-banjir.png", mimeType: "image/png", buffer: await png(1500, 1000) },
    },
  });
  expect(response.status()).toBe(201);
  const image = (await response.json()) as {
    id: string;
    url: string;
    width: number;
    height: number;
  };
  expect(image).toMatchObject({ width: 1200, height: 800 });
  expect(image.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{16}-1200\.webp$/);

  const served = await request.get(image.url);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await sharp(await served.body()).metadata()).toMatchObject({
    format: "webp",
    width: 1200,
  });

  const small = await request.get(image.url.replace(/-1200\.webp$/, "-400.webp"));
  expect(await sharp(await small.body()).metadata()).toMatchObject({ width: 400, height: 267 });
});

test("a shell script renamed .jpg is refused with an Indonesian message", async ({ request }) => {
  await logIn(request);
  const response = await request.post("/api/media", {
    multipart: {
      purpose: "body",
      file: {
        name: "foto.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("#!/bin/sh\necho hi\n"),
      },
    },
  });
  expect(response.status()).toBe(422);
  expect(await response.json()).toMatchObject({
    message: "Format tidak didukung. Gunakan JPEG, PNG, WebP, atau AVIF.",
  });
});

test("signed-out uploads get 401, oversized ones 413, unknown media keys 404", async ({
  request,
}) => {
  const anonymous = await request.post("/api/media", {
    multipart: {
      purpose: "body",
      file: { name: "foto.png", mimeType: "image/png", buffer: await png(40, 40) },
    },
  });
  expect(anonymous.status()).toBe(401);

  // Refused from Content-Length alone; the body (11 MB of zeros) is never processed.
  const oversized = await request.post("/api/media", {
    multipart: {
      purpose: "body",
      file: { name: "besar.png", mimeType: "image/png", buffer: Buffer.alloc(11 * 1024 * 1024) },
    },
  });
  expect(oversized.status()).toBe(413);
  expect(await oversized.json()).toMatchObject({ message: "Ukuran gambar maksimal 10 MB." });

  for (const path of [
    "/media/2026/05/0123456789abcdef-1200.webp",
    "/media/2026/05/..%2F..%2Fetc%2Fpasswd",
    "/media/2026/05/bukan-kunci.webp",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
