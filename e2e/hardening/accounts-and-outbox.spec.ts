import { expect, test } from "@playwright/test";
import { createWriter, linkFromOutbox, speakFromOwnIp } from "../accounts/helpers";

// Defects 4, 6 and 11: throttles say so, one-time links reach only their recipient, log-out ends
// the session on the server.

test("the outbox shows nothing to a stranger, and the requester only their own message", async ({
  page,
  browser,
}) => {
  await speakFromOwnIp(page);
  const writer = await createWriter();
  await page.goto("/lupa-sandi");
  await page.getByLabel("Email").fill(writer.email);
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Jika email terdaftar" })).toBeVisible();
  // The browser that asked sees its link…
  expect(await linkFromOutbox(page, writer.email, "/lupa-sandi/")).toMatch(/^\/lupa-sandi\//);

  // …a stranger sees no message at all, not even that one exists.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/kotak-surat");
  await expect(strangerPage.getByText("Belum ada email.")).toBeVisible();
  await expect(strangerPage.getByText(writer.email)).toHaveCount(0);
  await expect(strangerPage.getByRole("link", { name: /\/lupa-sandi\// })).toHaveCount(0);
  await stranger.close();
});

test("after log-out a copied session cookie no longer signs anyone in", async ({
  page,
  browser,
  baseURL,
}) => {
  await speakFromOwnIp(page);
  const writer = await createWriter();
  const origin = new URL(baseURL!).origin;
  const login = await page.request.post("/api/sesi/masuk", {
    headers: { origin, "content-type": "application/json" },
    data: { email: writer.email, password: "warta-demo-2026" },
  });
  expect(login.status()).toBe(200);
  const copied = (await page.context().cookies()).filter((c) =>
    c.name.endsWith("next-auth.session-token"),
  );
  expect(copied).toHaveLength(1);

  const elsewhere = await browser.newContext();
  await elsewhere.addCookies(copied);
  const before = await elsewhere.request.get("/api/sesi");
  expect((await before.json()).user).toMatchObject({ username: writer.username });

  const logout = await page.request.post("/api/sesi/keluar", {
    headers: { origin, accept: "application/json" },
  });
  expect(logout.status()).toBe(200);
  const after = await elsewhere.request.get("/api/sesi");
  expect((await after.json()).user).toBeNull();
  await elsewhere.close();
});

test("next-auth's own endpoint says 'Terlalu banyak percobaan' with the wait when throttled", async ({
  page,
}) => {
  await speakFromOwnIp(page);
  const writer = await createWriter();
  const attempt = async (password: string) => {
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: writer.email, password, json: "true" },
    });
    return (await response.json()) as { url: string };
  };
  for (let i = 0; i < 5; i++)
    expect((await attempt(`salah-${i}-sandinya`)).url).toContain("error=CredentialsSignin");
  const refused = await attempt("warta-demo-2026");
  expect(refused.url).toContain("error=terlalu-banyak");
  await page.goto(new URL(refused.url).pathname + new URL(refused.url).search);
  await expect(page.locator("form.account-form").getByRole("alert")).toHaveText(
    /^Terlalu banyak percobaan\. Coba lagi dalam \d+ menit\.$/,
  );
});
