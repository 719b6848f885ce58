import { expect, test } from "@playwright/test";
import { withDatabase, withFactories } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangeSubmission, articleRow, suffix } from "./arrange";

// An editor who left an article claimed would keep it from everyone: an admin can release the claim
// from the desk (asked first, audited); another editor cannot.
test("an admin releases another editor's claim after confirming; a second editor is not offered it", async ({
  browser,
}) => {
  const submission = await arrangeSubmission(
    "penulis2@warta.test",
    `Pasar Apung Lok Baintan Kembali Ramai ${suffix()}`,
  );
  const otherEditorEmail = `editor-lain-${suffix()}@warta.test`;
  await withFactories(async ({ db, createUser }) => {
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { email: "editor@warta.test" },
      select: { passwordHash: true },
    });
    await createUser({ email: otherEditorEmail, role: "EDITOR", passwordHash });
  });
  await withDatabase((client) =>
    client.query(
      `UPDATE "Article" SET status = 'IN_REVIEW', "claimedAt" = now(),
         "claimedById" = (SELECT id FROM "User" WHERE email = 'editor@warta.test')
       WHERE id = $1`,
      [submission.id],
    ),
  );
  const path = `/redaksi/artikel/${submission.id}`;
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [otherEditor, admin] = await Promise.all(contexts.map((context) => context.newPage()));
  await logIn(otherEditor, otherEditorEmail);
  await logIn(admin, "admin@warta.test");

  await otherEditor.goto(path);
  await expect(otherEditor.getByText("Sedang direview oleh Rina Editor (Demo)")).toBeVisible();
  await expect(otherEditor.getByRole("button", { name: /Lepaskan klaim/ })).toHaveCount(0);

  await admin.goto(path);
  await expect(admin.getByText("Sedang direview oleh Rina Editor (Demo)")).toBeVisible();
  const release = admin.getByRole("button", { name: "Lepaskan klaim Rina Editor (Demo)" });
  await expect(release).toBeVisible();

  // Dismissing the question changes nothing.
  admin.once("dialog", (dialog) => dialog.dismiss());
  await release.click();
  await expect(release).toBeVisible();
  expect(await articleRow(submission.id)).toMatchObject({ status: "IN_REVIEW" });

  const question = new Promise<string>((resolve) =>
    admin.once("dialog", (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
  await release.click();
  expect(await question).toMatch(/^Lepaskan klaim Rina Editor \(Demo\)\?/);
  await expect(admin.getByRole("status").filter({ hasText: "Klaim dilepas" })).toHaveText(
    "Klaim dilepas; artikel kembali ke antrean.",
  );
  await expect(admin.getByRole("button", { name: "Klaim untuk direview" })).toBeVisible();
  expect(await articleRow(submission.id)).toMatchObject({
    status: "SUBMITTED",
    claimedById: null,
  });
  const audit = await withDatabase(
    async (client) =>
      (
        await client.query<{ email: string; before: { claimedById: string } }>(
          `SELECT u.email, a."before" FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId"
           WHERE a."targetId" = $1 AND a.action = 'article.release'`,
          [submission.id],
        )
      ).rows,
  );
  expect(audit).toHaveLength(1);
  expect(audit[0].email).toBe("admin@warta.test");
  await Promise.all(contexts.map((context) => context.close()));
});
