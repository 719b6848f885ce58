import { expect, test } from "@playwright/test";
import { withFactories } from "../fixtures/database";
import { logIn } from "../fixtures/login";
import { suffix } from "./arrange";

// A queue longer than a page: 50 at a time, oldest first, with the filters kept from page to page.
const WAITING = 53;
const DAY = 86_400_000;

test("an editor pages through a long review queue without losing the section filter", async ({
  page,
}) => {
  const name = `Rubrik Antrean ${suffix()}`;
  const { sectionId, titles } = await withFactories(
    async ({ db, createSection, createSubmission }) => {
      const section = await createSection({ name });
      const writer = await db.user.findUniqueOrThrow({ where: { email: "penulis@warta.test" } });
      const made: string[] = [];
      for (let i = 0; i < WAITING; i++) {
        const title = `Antrean panjang nomor ${String(i + 1).padStart(2, "0")} ${suffix()}`;
        await createSubmission({
          title,
          writerId: writer.id,
          sectionId: section.id,
          // Dated after everything else: the unfiltered queue other specs look at, oldest first,
          // keeps their submissions on its first page while this one runs.
          submittedAt: new Date(Date.now() + DAY + i * 60_000),
        });
        made.push(title);
      }
      return { sectionId: section.id, titles: made };
    },
  );

  test.info().annotations.push({ type: "section", description: sectionId });
  await logIn(page, "editor@warta.test");
  await page.goto(`/redaksi?rubrik=${sectionId}`);
  const queue = page.getByRole("list", { name: "Artikel menunggu review" });
  await expect(page.getByText(`${WAITING} artikel menunggu keputusan`)).toBeVisible();
  await expect(queue.getByRole("listitem")).toHaveCount(50);
  await expect(queue.getByRole("listitem").first()).toContainText(titles[0]);

  await page.getByRole("link", { name: "Berikutnya →" }).click();
  await expect(page).toHaveURL(new RegExp(`rubrik=${sectionId}.*setelah=`));
  await expect(queue.getByRole("listitem")).toHaveCount(WAITING - 50);
  await expect(queue.getByRole("listitem").first()).toContainText(titles[50]);
  await expect(queue.getByRole("listitem").last()).toContainText(titles[WAITING - 1]);
  await expect(page.getByRole("link", { name: "Berikutnya →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Awal antrean" }).click();
  await expect(queue.getByRole("listitem").first()).toContainText(titles[0]);
  await expect(page.getByRole("combobox", { name: "Rubrik" })).toHaveValue(sectionId);
});

test.afterEach(async ({}, info) => {
  const sectionId = info.annotations.find((a) => a.type === "section")?.description;
  if (sectionId) await withFactories(({ db }) => db.article.deleteMany({ where: { sectionId } }));
});
