import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { logIn } from "../fixtures/login";
import { arrangePublishedArticle, articleRow, suffix } from "./arrange";

const WRITER = "demo.penulis9@warta.test";
const EDITOR = "editor@warta.test";

test("an editor reads each version's changes and restores an earlier one as a new version", async ({
  page,
}) => {
  const place = `Pulogadung${suffix()}`;
  const writerTitle = `Warga ${place} Menanam Mangrove`;
  const article = await arrangePublishedArticle(WRITER, [
    {
      title: writerTitle,
      paragraphs: [
        `Ratusan warga ${place} menanam bibit mangrove di pesisir utara pada Minggu pagi.`,
        "Kegiatan ini didukung komunitas nelayan setempat.",
      ],
      authorEmail: WRITER,
      note: "Dikirim untuk review",
    },
    {
      title: `Warga ${place} Tanam Seribu Mangrove`,
      paragraphs: [
        `Ratusan warga ${place} menanam seribu bibit mangrove di pesisir utara pada Minggu pagi.`,
        "Kegiatan ini didukung komunitas nelayan setempat.",
      ],
      authorEmail: EDITOR,
      note: "Suntingan editor",
    },
  ]);

  await logIn(page, EDITOR);
  await page.goto(`/redaksi/artikel/${article.id}/riwayat`);
  await expect(page.getByRole("heading", { level: 1, name: "Riwayat versi" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);

  const second = page.getByRole("region", { name: "Versi 2", exact: true });
  await expect(second).toContainText("Suntingan editor");
  await expect(second).toContainText("Isi saat ini");
  await expect(
    second.getByRole("group", { name: "Perubahan isi versi 2" }).locator("ins"),
  ).toHaveText("[ditambahkan: seribu ]");
  await expect(
    second.getByRole("group", { name: "Perubahan judul versi 2" }).locator("del"),
  ).toHaveText("[dihapus: Menanam]");
  await expect(second.getByRole("button", { name: "Pulihkan versi ini" })).toHaveCount(0);

  const first = page.getByRole("region", { name: "Versi 1", exact: true });
  await expect(first).toContainText("Versi pertama yang tersimpan.");
  await first.getByRole("button", { name: "Pulihkan versi ini" }).click();
  await expect(first.getByRole("status")).toHaveText("Dipulihkan sebagai versi 3.");

  const third = page.getByRole("region", { name: "Versi 3", exact: true });
  await expect(third).toContainText("Dipulihkan dari versi 1");
  await expect(third).toContainText("Isi saat ini");
  await expect(page.getByRole("region", { name: /^Versi \d+$/ })).toHaveCount(3);
  expect(await articleRow(article.id)).toMatchObject({ title: writerTitle, version: 3 });

  await page.context().clearCookies();
  await page.goto(article.path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(writerTitle);
});

test("the history is the desk's: a writer is refused", async ({ page }) => {
  const article = await arrangePublishedArticle("penulis@warta.test", [
    {
      title: `Riwayat milik desk ${suffix()}`,
      paragraphs: ["Paragraf satu untuk uji riwayat."],
      authorEmail: "penulis@warta.test",
    },
  ]);
  await logIn(page, "penulis@warta.test");
  await page.goto(`/redaksi/artikel/${article.id}/riwayat`);
  await expect(page.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pulihkan versi ini" })).toHaveCount(0);
});
