import { expect, test, type Page } from "@playwright/test";
import {
  arrangeComment,
  arrangePublishedArticle,
  arrangeWriter,
  EDITOR,
  personPage,
} from "../comments/arrange";

// Dates in English with the Jakarta zone, e.g. "Tuesday, 1 December 2026 14:05 WIB".
const ENGLISH_DATE =
  /(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2} WIB/;
// Interface words of the Indonesian island and desk; none may be left in the English pages.
const INDONESIAN_UI =
  /\b(Komentar|Balas|Laporkan|Sembunyikan|Kirim|Tulis|Memuat|Menunggu|Terbaru|Terlama|Batal|Hapus|Ubah|Simpan|Setujui|Blokir|Alasan|Ditahan|laporan|menunggu|diedit)\b/;

const englishSection = (page: Page) => page.getByRole("region", { name: /^Comments/ });

test("the comment island and the moderation queue in English", async ({ browser, baseURL }) => {
  test.slow();
  const writer = await arrangeWriter("Writer Flood");
  const article = await arrangePublishedArticle(writer.id, "Banjir rob di pesisir utara");
  const neighbour = await arrangeWriter("Neighbour Dewi");
  await arrangeComment(article.id, neighbour.id, "The water reached our knees this morning.");
  const reader = await arrangeWriter("Reader Rina");

  const page = await personPage(browser, reader.email);
  await page.goto(`/en${article.path}`);
  const section = englishSection(page);
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Comments (1)");
  const reactions = page.getByRole("region", { name: "How did this story make you feel?" });
  await expect(reactions.getByRole("button", { name: /^Inspired/ })).toBeVisible();
  await expect(reactions.getByRole("button", { name: /^Sad/ })).toBeVisible();

  // Someone else's comment: English labels, an English date, the report form's reasons.
  const theirs = section.getByRole("article", { name: `Comment by ${neighbour.displayName}` });
  await expect(theirs.locator("time")).toHaveText(ENGLISH_DATE);
  await expect(theirs.getByRole("button", { name: "Reply" })).toBeVisible();
  await theirs.getByRole("button", { name: "Report" }).click();
  const report = theirs.getByRole("form", {
    name: `Report the comment by ${neighbour.displayName}`,
  });
  await expect(report.getByLabel("Harassment or personal attacks")).toBeVisible();
  await expect(report.getByText("Why should this comment be reviewed?")).toBeVisible();
  await report.getByRole("button", { name: "Cancel" }).click();

  // The box checks itself in English, with English number separators.
  await section.getByRole("button", { name: "Post comment" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    "A comment cannot be empty. Write something first.",
  );
  const box = section.getByLabel("Write a comment");
  await box.fill("flood ".repeat(400));
  await expect(section.getByText("2,400/2,000")).toBeVisible();
  await section.getByRole("button", { name: "Post comment" }).click();
  await expect(section.getByRole("alert")).toContainText("at most 2,000 characters");

  // A new member's first comment waits for the desk.
  const text = `Stay safe, everyone in Muara Baru. ${reader.username}`;
  await box.fill(text);
  await section.getByRole("button", { name: "Post comment" }).click();
  await expect(section.getByRole("status").first()).toHaveText(
    "Your comment has been sent and is awaiting moderation.",
  );
  const mine = section.getByRole("article", { name: `Comment by ${reader.displayName}` });
  await expect(mine).toContainText("Awaiting moderation. Only you can see this comment");
  await expect(mine.locator("time")).toHaveText(ENGLISH_DATE);
  await expect(section).not.toContainText(INDONESIAN_UI);

  // The desk closes comments while the reader's page is open: the server's refusal, in English.
  const editor = await personPage(browser, EDITOR);
  await editor.goto(`/en${article.path}`);
  await englishSection(editor)
    .getByRole("button", { name: "Close comments on this story" })
    .click();
  await expect(
    englishSection(editor).getByRole("button", { name: "Reopen comments" }),
  ).toBeVisible();
  await box.fill("One more thing about the pumps.");
  await section.getByRole("button", { name: "Post comment" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    "The editors have closed comments on this story.",
  );
  await expect(box).toHaveValue("One more thing about the pumps.");
  await page.reload();
  await expect(englishSection(page)).toContainText(
    "The editors have closed comments on this story.",
  );

  // The editor's desk follows the language cookie: the queue, its reasons and the decision.
  await editor.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  await editor.goto("/redaksi/komentar");
  await expect(editor.locator("html")).toHaveAttribute("lang", "en");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Moderation");
  await expect(editor.getByRole("navigation", { name: "Moderation" })).toContainText(
    "Article reports",
  );
  const entry = editor.getByRole("listitem").filter({ hasText: text });
  await expect(entry).toContainText("Held: first comments from a new member");
  await expect(entry).toContainText(ENGLISH_DATE);
  await expect(entry.getByText(`Ban ${reader.displayName}…`)).toBeVisible();
  await expect(entry).not.toContainText(INDONESIAN_UI);
  await expect(editor.locator(".desk-heading")).not.toContainText(INDONESIAN_UI);
  await entry.getByRole("button", { name: "Approve" }).click();
  await expect(editor.getByText("Comment approved and shown on the story.")).toBeVisible();

  // The other two moderation pages: their headings, labels and empty or counted states.
  await editor.getByRole("link", { name: "Article reports" }).click();
  await expect(editor).toHaveURL(/\/redaksi\/komentar\/artikel$/);
  await expect(editor.locator(".desk-heading")).toContainText(/\d+ open article reports?/);
  await editor.getByRole("link", { name: "Settings & word list" }).click();
  const settings = editor.getByRole("form", { name: "Comment settings" });
  await expect(settings.getByLabel("Moderation word list")).toBeVisible();
  await expect(settings.getByRole("checkbox", { name: /Close comments by default/ })).toBeVisible();
  await expect(settings.getByRole("button", { name: "Save settings" })).toBeVisible();
  await expect(editor.locator(".desk-heading")).not.toContainText(INDONESIAN_UI);
  await expect(editor.locator(".moderation-tabs")).not.toContainText(INDONESIAN_UI);

  // The reader's public page lists the approved comment in English.
  await page.goto(`/en/penulis/${reader.username}`);
  await expect(page.locator(".tier-label")).toHaveText("Reader");
  await expect(page.getByRole("main")).toContainText(/Joined \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(page.getByRole("heading", { name: "Latest comments" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Banjir rob di pesisir utara" })).toHaveAttribute(
    "href",
    `/en${article.path}#komentar`,
  );
});
