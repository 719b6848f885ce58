import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { arrangeArticle, createReader, IP } from "@/lib/comments/test-helpers";
import { listArticleReports } from "@/lib/reports/list-article-reports";
import { reportArticle } from "@/lib/reports/report-article";
import { resolveArticleReport } from "@/lib/reports/resolve-article-report";
import { resetDatabase } from "@/test/factories";

beforeEach(resetDatabase);

describe("article reports", () => {
  it("takes reports from readers and anonymous visitors; 'salah fakta' needs an explanation", async () => {
    const { article, editor } = await arrangeArticle();
    const reader = await createReader();
    await expect(
      reportArticle(reader, article.id, { reason: "FALSE_FACT", note: "salah" }, IP),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["note"] })] });
    await reportArticle(
      reader,
      article.id,
      { reason: "FALSE_FACT", note: "Jumlah korban yang benar 12 orang, bukan 21." },
      IP,
    );
    await reportArticle(null, article.id, { reason: "HOAX" }, IP);
    const queue = await listArticleReports(editor);
    expect(queue.map((r) => r.reason)).toEqual(["FALSE_FACT", "HOAX"]);
    await expect(listArticleReports(reader)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("resolves by unpublishing through the article's verb and tells signed-in reporters", async () => {
    const { article, editor, writer } = await arrangeArticle();
    const reader = await createReader();
    const { id } = await reportArticle(reader, article.id, { reason: "SARA" }, IP);
    await reportArticle(null, article.id, { reason: "SARA" }, IP);
    await expect(
      resolveArticleReport(writer, id, { resolution: "NO_ACTION" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await resolveArticleReport(editor, id, {
      resolution: "UNPUBLISHED",
      note: "Memuat ujaran kebencian terhadap kelompok tertentu.",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "UNPUBLISHED",
    );
    expect(await db.articleReport.count({ where: { resolvedAt: null } })).toBe(0);
    const told = await db.notification.findMany({ where: { userId: reader.id } });
    expect(told).toEqual([
      expect.objectContaining({
        type: "article_report.resolved",
        data: expect.objectContaining({ label: "artikel ditarik" }),
      }),
    ]);
    expect(
      await db.auditLog.count({
        where: { targetId: article.id, action: "article_report.resolve" },
      }),
    ).toBe(1);
  });

  it("resolves with a correction note shown on the article", async () => {
    const { article, editor } = await arrangeArticle();
    const { id } = await reportArticle(null, article.id, { reason: "OTHER", note: "Ejaan" }, IP);
    await resolveArticleReport(editor, id, {
      resolution: "CORRECTED",
      note: "Nama narasumber diperbaiki menjadi Siti Aminah.",
    });
    // Corrections are entries of the article's public log (lib/articles/publication/add-correction.ts).
    const log = await db.articlePublicChange.findMany({ where: { articleId: article.id } });
    expect(log).toEqual([
      expect.objectContaining({ kind: "CORRECTION", note: expect.stringContaining("Siti Aminah") }),
    ]);
  });
});
