import { expect, test } from "@playwright/test";
import { withDatabase, withFactories } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { arrangePublishedArticle, arrangeWriter, suffix } from "./arrange";

test("an editor creates a section and changes its slug: the old URL redirects to the new one", async ({
  page,
}) => {
  const tag = suffix();
  await logIn(page, "editor@warta.test");
  await page.goto("/redaksi/struktur");
  const create = page.getByRole("form", { name: "Rubrik baru" });
  await create.getByLabel("Nama").fill(`Liputan Warga ${tag}`);
  await create.getByRole("button", { name: "Buat rubrik" }).click();
  await expect(create.getByRole("status")).toHaveText(`Rubrik dibuat: /liputan-warga-${tag}.`);

  const reader = await page.context().browser()!.newPage();
  await reader.goto(`/liputan-warga-${tag}`);
  await expect(
    reader.getByRole("heading", { level: 1, name: `Liputan Warga ${tag}` }),
  ).toBeVisible();

  const item = page
    .getByRole("list", { name: "Daftar rubrik" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `Liputan Warga ${tag}`, exact: true }) });
  await item.locator("summary").click();
  const rename = item.getByRole("form", { name: `Ubah rubrik Liputan Warga ${tag}` });
  await rename.getByLabel("Nama").fill(`Suara Komunitas ${tag}`);
  await rename.getByLabel("Slug").fill(`suara-komunitas-${tag}`);
  await rename.getByRole("button", { name: "Simpan rubrik" }).click();
  // The form re-renders under the new name, keeping its message.
  await expect(
    page.getByRole("form", { name: `Ubah rubrik Suara Komunitas ${tag}` }).getByRole("status"),
  ).toContainText("Alamat lama dialihkan");

  await reader.goto(`/liputan-warga-${tag}`);
  await expect(reader).toHaveURL(`/suara-komunitas-${tag}`);
  await expect(
    reader.getByRole("heading", { level: 1, name: `Suara Komunitas ${tag}` }),
  ).toBeVisible();
  await expect(
    reader
      .getByRole("navigation", { name: "Rubrik" })
      .getByRole("link", { name: `Suara Komunitas ${tag}` }),
  ).toBeVisible();
});

test("a section slug that a route of the site uses is refused with the reason beside the form", async ({
  page,
}) => {
  await logIn(page, "editor@warta.test");
  await page.goto("/redaksi/struktur");
  const create = page.getByRole("form", { name: "Rubrik baru" });
  await create.getByLabel("Nama").fill("Redaksi");
  await create.getByRole("button", { name: "Buat rubrik" }).click();
  await expect(create.getByRole("alert")).toContainText("Slug ini dipakai oleh halaman Warta");
  // What was typed is still there to correct.
  await expect(create.getByLabel("Nama")).toHaveValue("Redaksi");
});

test("an editor merges topic A into B: A's article moves to B, and A's URL redirects to B", async ({
  page,
}) => {
  const tag = suffix();
  const writer = await arrangeWriter("Ratna Sari");
  const article = await arrangePublishedArticle(writer.id, `Rob Merendam Pesisir Utara ${tag}`);
  await withFactories(async ({ db, createTopic }) => {
    const a = await createTopic({
      id: `e2etopa${tag}`,
      slug: `banjir-rob-${tag}`,
      name: `Banjir Rob ${tag}`,
    });
    await createTopic({
      id: `e2etopb${tag}`,
      slug: `rob-pesisir-${tag}`,
      name: `Rob Pesisir ${tag}`,
    });
    await db.articleTopic.create({ data: { articleId: article.id, topicId: a.id } });
  });

  await logIn(page, "editor@warta.test");
  await page.goto("/redaksi/struktur");
  const merge = page.getByRole("form", { name: "Gabungkan topik" });
  await merge
    .getByLabel("Topik yang digabungkan (akan dihapus)")
    .selectOption({ label: `Banjir Rob ${tag} (1)` });
  await merge.getByLabel("Digabungkan ke").selectOption({ label: `Rob Pesisir ${tag} (0)` });
  page.once("dialog", (dialog) => void dialog.accept());
  await merge.getByRole("button", { name: "Gabungkan" }).click();
  await expect(merge.getByRole("status")).toHaveText(
    `Topik digabungkan ke /topik/rob-pesisir-${tag}; 1 artikel dipindahkan.`,
  );
  await expect(page.getByRole("link", { name: `Banjir Rob ${tag}`, exact: true })).toHaveCount(0);

  await page.goto(`/topik/banjir-rob-${tag}`);
  await expect(page).toHaveURL(`/topik/rob-pesisir-${tag}`);
  await expect(page.getByRole("link", { name: `Rob Merendam Pesisir Utara ${tag}` })).toBeVisible();
  const links = await withDatabase(
    async (client) =>
      (
        await client.query(`SELECT "topicId" FROM "ArticleTopic" WHERE "articleId" = $1`, [
          article.id,
        ])
      ).rows,
  );
  expect(links).toEqual([{ topicId: `e2etopb${tag}` }]);
});
