import { expect, test } from "@playwright/test";
import { withDatabase } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangeSubmission, articleRow, suffix } from "./arrange";

test("two editors claim the same article at once: one gets it, the other is told who has it", async ({
  browser,
}) => {
  const submission = await arrangeSubmission(
    "penulis2@warta.test",
    `Jembatan Bambu Swadaya Warga Desa ${suffix()}`,
  );
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [editor, admin] = await Promise.all(contexts.map((context) => context.newPage()));
  await logIn(editor, "editor@warta.test");
  await logIn(admin, "admin@warta.test");

  for (const page of [editor, admin]) {
    await page.goto("/redaksi");
    await expect(page.getByRole("button", { name: `Klaim “${submission.title}”` })).toBeVisible();
  }
  await Promise.all(
    [editor, admin].map((page) =>
      page.getByRole("button", { name: `Klaim “${submission.title}”` }).click(),
    ),
  );

  await expect.poll(async () => (await articleRow(submission.id)).claimedById).not.toBeNull();
  const holder = await withDatabase(
    async (client) =>
      (
        await client.query<{ email: string }>(
          `SELECT u.email FROM "Article" a JOIN "User" u ON u.id = a."claimedById" WHERE a.id = $1 AND a.status = 'IN_REVIEW'`,
          [submission.id],
        )
      ).rows[0].email,
  );
  const [winner, loser, winnerName] =
    holder === "editor@warta.test"
      ? [editor, admin, "Rina Editor (Demo)"]
      : [admin, editor, "Admin Warta"];
  await expect(winner).toHaveURL(new RegExp(`/redaksi/artikel/${submission.id}$`));
  await expect(winner.getByText("Sedang Anda review")).toBeVisible();
  await expect(loser.getByRole("alert").filter({ hasText: "Sudah diklaim" })).toHaveText(
    `Sudah diklaim oleh ${winnerName}.`,
  );
  await expect(loser.getByRole("listitem").filter({ hasText: submission.title })).toContainText(
    `Sedang direview oleh ${winnerName}`,
  );

  // The loser cannot decide on it either.
  await loser.goto(`/redaksi/artikel/${submission.id}`);
  await expect(loser.getByText(`Sedang direview oleh ${winnerName}`)).toBeVisible();
  await expect(loser.getByRole("button", { name: "Terbitkan sekarang" })).toHaveCount(0);
  await Promise.all(contexts.map((context) => context.close()));
});
