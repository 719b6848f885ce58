import { expect, test } from "@playwright/test";
import { withFactories } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { randomBytes } from "node:crypto";

// The studio's overview lists each status group's newest ten; "Lihat semua" opens the whole group.
const PUBLISHED = 13;

test("a writer with many published articles sees the newest ten and opens the whole group", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const email = `produktif-${tag}@example.test`;
  const titles = await withFactories(async ({ db, createUser, createArticle }) => {
    const demo = await db.user.findUniqueOrThrow({
      where: { email: "penulis@warta.test" },
      select: { passwordHash: true },
    });
    const writer = await createUser({ email, tier: "WRITER", passwordHash: demo.passwordHash });
    const made: string[] = [];
    for (let i = 0; i < PUBLISHED; i++) {
      const title = `Liputan produktif ke-${String(i + 1).padStart(2, "0")} ${tag}`;
      await createArticle({
        title,
        writerId: writer.id,
        columns: { updatedAt: new Date(Date.now() - (PUBLISHED - i) * 3600_000) },
      });
      made.push(title);
    }
    await createArticle({ title: `Draf produktif ${tag}`, status: "DRAFT", writerId: writer.id });
    return made;
  });

  await logIn(page, email);
  await page.goto("/tulis");
  const published = page.getByRole("region", { name: `Terbit (${PUBLISHED})` });
  await expect(published.getByRole("listitem")).toHaveCount(10);
  await expect(published.getByRole("listitem").first()).toContainText(titles[PUBLISHED - 1]);
  await expect(page.getByRole("region", { name: "Draf (1)" }).getByRole("listitem")).toHaveCount(1);

  await published.getByRole("link", { name: `Lihat semua (${PUBLISHED})` }).click();
  await expect(page).toHaveURL(/\/tulis\?status=published$/);
  await expect(
    page.getByRole("heading", { level: 1, name: `Terbit (${PUBLISHED})` }),
  ).toBeVisible();
  const all = page.locator(".studio-list > li");
  await expect(all).toHaveCount(PUBLISHED);
  await expect(all.last()).toContainText(titles[0]);
  await expect(page.getByRole("link", { name: "Lebih lama →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Semua artikel" }).click();
  await expect(page).toHaveURL(/\/tulis$/);
});
