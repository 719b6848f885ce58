import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { arrangePublishedArticle, suffix } from "./arrange";

const WRITER = "penulis@warta.test";

test("the writer sees what the editor changed, as insertions and deletions", async ({ page }) => {
  const place = `Kampung Melayu ${suffix()}`;
  const article = await arrangePublishedArticle(WRITER, [
    {
      title: `Banjir di ${place}`,
      paragraphs: [
        "Hujan deras sejak pagi membuat sungai meluap.",
        "Warga mengungsi ke masjid terdekat.",
      ],
      authorEmail: WRITER,
      note: "Dikirim untuk review",
    },
    {
      title: `Banjir Rendam ${place}`,
      paragraphs: [
        "Hujan deras sejak Senin pagi membuat Sungai Ciliwung meluap.",
        "Warga mengungsi ke masjid terdekat.",
      ],
      authorEmail: "editor@warta.test",
      note: "Suntingan editor",
    },
  ]);

  await logIn(page, WRITER);
  await page.goto(`/tulis/artikel/${article.id}/perubahan`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Perubahan dari editor" }),
  ).toBeVisible();
  await expect(page.getByText("Rina Editor (Demo)")).toBeVisible();

  const title = page.getByRole("group", { name: "Perubahan judul" });
  await expect(title.locator("del")).toHaveText("[dihapus: di]");
  await expect(title.locator("ins")).toHaveText("[ditambahkan: Rendam]");
  const body = page.getByRole("group", { name: "Perubahan isi" });
  await expect(body.locator("ins")).toHaveText([
    "[ditambahkan: Senin ]",
    "[ditambahkan: Sungai Ciliwung]",
  ]);
  await expect(body.locator("del")).toHaveText(["[dihapus: sungai]"]);
  // The hidden words are for screen readers only.
  await expect(body.getByText("[ditambahkan:").first()).toHaveClass("visually-hidden");
  await expect(page.getByRole("region", { name: "Subjudul" })).toContainText("Tidak diubah.");

  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
});

test("another writer cannot see the changes", async ({ page }) => {
  const article = await arrangePublishedArticle(WRITER, [
    {
      title: `Tulisan pribadi ${suffix()}`,
      paragraphs: ["Teks asli penulis."],
      authorEmail: WRITER,
    },
    {
      title: "Tulisan pribadi yang disunting",
      paragraphs: ["Teks yang disunting editor."],
      authorEmail: "editor@warta.test",
    },
  ]);
  await logIn(page, "penulis2@warta.test");
  const response = await page.goto(`/tulis/artikel/${article.id}/perubahan`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Teks yang disunting editor")).toHaveCount(0);
});
