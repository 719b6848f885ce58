import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { withFactories } from "../fixtures/database";

export const DEMO_PASSWORD = "warta-demo-2026";
export const DEMO_WRITER = "penulis@warta.test";

export const suffix = () => randomBytes(4).toString("hex");

/**
 * Every account spec speaks from its own made-up client address (the server throttles per IP):
 * failures here must never lock out the specs of other areas, which all come from localhost.
 */
export async function speakFromOwnIp(page: Page) {
  const bytes = randomBytes(2);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.${bytes[0]}.${bytes[1]}` });
}

/** A writer account with the demo password, made by the tests' factories (the UI has no shortcut). */
export async function createWriter(): Promise<{
  email: string;
  username: string;
  displayName: string;
}> {
  const id = suffix();
  const account = {
    email: `akun-${id}@warta.test`,
    username: `akun-${id}`,
    displayName: `Akun Uji ${id}`,
  };
  await withFactories(async ({ db, createUser }) => {
    // The demo password, so the spec can log in as this account.
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { email: "penulis2@warta.test" },
      select: { passwordHash: true },
    });
    await createUser({ ...account, passwordHash });
  });
  return account;
}

/** The first link to `path…` in the newest message to `to` on the demo outbox page. */
export async function linkFromOutbox(page: Page, to: string, path: string): Promise<string> {
  await page.goto("/kotak-surat");
  const message = page
    .getByRole("listitem")
    .filter({ hasText: `Kepada ${to}` })
    .first();
  await expect(message).toBeVisible();
  const href = await message
    .getByRole("link", { name: new RegExp(`${path}[A-Za-z0-9_-]+`) })
    .first()
    .getAttribute("href");
  if (!href) throw new Error(`no ${path} link for ${to}`);
  return new URL(href).pathname;
}

export async function logInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

export const accountMenu = (page: Page) => page.getByRole("navigation", { name: "Akun" });
