import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { arrangeSubmission, articleRow, suffix } from "./arrange";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
    page.url(),
  ).toEqual([]);
}

test("desk pages send anonymous visitors to log in", async ({ page }) => {
  const submission = await arrangeSubmission(
    "penulis2@warta.test",
    `Pasar Kaget Minggu Pagi ${suffix()}`,
  );
  for (const path of [
    "/redaksi",
    "/redaksi/terjadwal",
    `/redaksi/artikel/${submission.id}`,
    `/redaksi/artikel/${submission.id}/sunting`,
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/masuk?next=${encodeURIComponent(path)}`);
  }
});

test("desk pages and actions refuse a writer, even a Verified Writer, and change nothing", async ({
  browser,
}) => {
  const submission = await arrangeSubmission(
    "penulis2@warta.test",
    `Lomba Kebersihan Antar RT ${suffix()}`,
  );
  const victim = await arrangeSubmission(
    "penulis2@warta.test",
    `Posyandu Keliling di Bantaran Rel ${suffix()}`,
  );
  const writerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const writer = await writerContext.newPage();
  const editor = await editorContext.newPage();

  await logIn(writer, "penulis@warta.test");
  for (const path of [
    "/redaksi",
    "/redaksi/terjadwal",
    `/redaksi/artikel/${submission.id}`,
    `/redaksi/artikel/${submission.id}/sunting`,
  ]) {
    const response = await writer.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(writer.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
    await expect(writer.getByRole("navigation", { name: "Menu redaksi" })).toHaveCount(0);
    await expect(writer.getByText(submission.title)).toHaveCount(0);
  }

  // The editor's claim request, replayed by the writer against another article: the verb refuses it.
  await logIn(editor, "editor@warta.test");
  await editor.goto("/redaksi");
  const claim = editor.waitForRequest(
    (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]),
  );
  await editor.getByRole("button", { name: `Klaim “${submission.title}”` }).click();
  const captured = await claim;
  const replay = await writer.request.post(captured.url(), {
    headers: {
      "next-action": captured.headers()["next-action"],
      "content-type": captured.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    data: JSON.stringify([victim.id]),
  });
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain("FORBIDDEN");
  expect(await articleRow(victim.id)).toMatchObject({ status: "SUBMITTED", claimedById: null });
  await Promise.all([writerContext.close(), editorContext.close()]);
});

test("no axe violations on the queue, review, editing and schedule pages", async ({ page }) => {
  const submission = await arrangeSubmission(
    "penulis2@warta.test",
    `Kebun Sayur Atap Rusun Marunda ${suffix()}`,
  );
  await logIn(page, "editor@warta.test");
  await page.goto("/redaksi");
  await expect(page.getByRole("link", { name: submission.title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/redaksi?tingkat=anggota&umur=24j");
  await expectNoAxeViolations(page);

  await page.goto(`/redaksi/artikel/${submission.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(submission.title);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Klaim untuk direview" }).click();
  await expect(page.getByRole("link", { name: "Sunting naskah" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Sunting naskah" }).click();
  await expect(page.getByRole("textbox", { name: "Isi artikel" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/redaksi/terjadwal");
  await expectNoAxeViolations(page);
});
