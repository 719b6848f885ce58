import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rejectArticle } from "@/lib/articles/review/reject-article";
import { requestChanges } from "@/lib/articles/review/request-changes";
import { createUser, uniqueSuffix } from "@/test/factories";
import { asActor, createSubmission, deskCast } from "@/test/review-fixtures";

let cast: Awaited<ReturnType<typeof deskCast>>;
beforeEach(async () => {
  cast = await deskCast();
});

async function writerWith(verified: boolean) {
  return createUser({
    email: `penulis-${uniqueSuffix()}@example.test`,
    emailVerifiedAt: verified ? new Date() : null,
  });
}

/** Every outbox row to `to`, with the delivery job each one queued. */
async function mailTo(to: string) {
  const rows = await db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
  const jobs = await db.job.findMany({ where: { kind: "email.send" } });
  return rows.map((row) => ({
    ...row,
    jobs: jobs.filter((job) => (job.payload as { outboxId?: string }).outboxId === row.id).length,
  }));
}

describe("the writer's email about a decision", () => {
  it("lands in the outbox with the reason and a link to the studio when an editor rejects", async () => {
    const writer = await writerWith(true);
    const article = await createSubmission({ writerId: writer.id, sectionId: cast.section.id });
    await rejectArticle(cast.editor, article.id, {
      reason: "Topik di luar cakupan Warta",
      detail: "Tulisan ini lebih cocok untuk blog pribadi.",
    });
    const [email, ...more] = await mailTo(writer.email);
    expect(more).toEqual([]);
    expect(email).toMatchObject({ subject: `Artikel Anda “${article.title}” ditolak — Warta` });
    expect(email.text).toContain(
      "Catatan redaksi: Topik di luar cakupan Warta: Tulisan ini lebih cocok untuk blog pribadi.",
    );
    expect(email.text).toContain(`/tulis/artikel/${article.id}`);
    expect(email.jobs).toBe(1);
  });

  it("lands in the outbox with the editor's note when changes are requested", async () => {
    const writer = await writerWith(true);
    const article = await createSubmission({ writerId: writer.id, sectionId: cast.section.id });
    await requestChanges(cast.editor, article.id, { note: "Tambahkan sumber kedua untuk data." });
    const [email, ...more] = await mailTo(writer.email);
    expect(more).toEqual([]);
    expect(email.subject).toBe(`Artikel Anda “${article.title}” perlu revisi — Warta`);
    expect(email.text).toContain("Catatan redaksi: Tambahkan sumber kedua untuk data.");
    expect(email.jobs).toBe(1);
  });

  it("is not sent to an unverified address, and not at all when the decision is refused", async () => {
    const unverified = await writerWith(false);
    const article = await createSubmission({ writerId: unverified.id, sectionId: cast.section.id });
    await requestChanges(cast.editor, article.id, { note: "Tambahkan sumber kedua untuk data." });
    expect(await mailTo(unverified.email)).toEqual([]);
    expect(
      await db.notification.count({
        where: { userId: unverified.id, type: "article.changes_requested" },
      }),
    ).toBe(1);

    const writer = await writerWith(true);
    const other = await createSubmission({ writerId: writer.id, sectionId: cast.section.id });
    await expect(
      rejectArticle(asActor(writer), other.id, { reason: "Plagiarisme", detail: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await mailTo(writer.email)).toEqual([]);
  });
});
