import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { describeNotification } from "@/lib/notifications/describe-notification";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { notify } from "@/lib/notifications/notify";
import { createArticle, createSection, createUser, resetDatabase } from "@/test/factories";

type UserRow = Awaited<ReturnType<typeof createUser>>;
const asActor = (user: UserRow): Actor => ({
  id: user.id,
  role: user.role,
  tier: user.tier,
  suspendedAt: user.suspendedAt,
});

let writer: UserRow;
let other: UserRow;

/** The outbox row a notification queued, with its delivery job still waiting for the commit's runner. */
async function queued(email: { outboxId: string; jobId: string } | null) {
  if (!email) return null;
  const job = await db.job.findUniqueOrThrow({ where: { id: email.jobId } });
  expect(job).toMatchObject({ kind: "email.send", payload: { outboxId: email.outboxId } });
  return db.outboxEmail.findUniqueOrThrow({ where: { id: email.outboxId } });
}

beforeEach(async () => {
  await resetDatabase();
  writer = await createUser({ email: "dewi@example.test", displayName: "Dewi" });
  other = await createUser();
});

describe("notify", () => {
  it("writes the notification and queues its email in the transaction, for delivery after the commit", async () => {
    const section = await createSection({ slug: "news" });
    const article = await createArticle({
      writerId: writer.id,
      sectionId: section.id,
      slug: "taman-baca",
      title: "Taman Baca",
    });
    const email = await queued(
      await db.$transaction((tx) =>
        notify(tx, {
          userId: writer.id,
          type: "article.published",
          data: { articleId: article.id, title: "Taman Baca" },
        }),
      ),
    );
    expect(email).toMatchObject({
      to: "dewi@example.test",
      subject: "Artikel Anda terbit: Taman Baca",
      sentAt: null,
    });
    expect(email?.text).toContain("Artikel Anda “Taman Baca” diterbitkan");
    expect(email?.text).toContain("http://localhost:3000/news/taman-baca");
    expect(await db.notification.findFirstOrThrow({ where: { userId: writer.id } })).toMatchObject({
      type: "article.published",
      readAt: null,
    });
  });

  it("rolls back with the change and sends nothing to an unverified address", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userId: writer.id, type: "writer.verified", data: {} });
        throw new Error("batal");
      }),
    ).rejects.toThrow("batal");
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await db.job.count()).toBe(0);
    const unverified = await createUser({ emailVerifiedAt: null });
    expect(
      await notify(db, { userId: unverified.id, type: "writer.verified", data: {} }),
    ).toBeNull();
    expect(await db.notification.count({ where: { userId: unverified.id } })).toBe(1);
  });

  it("puts the editor's note in the email of a decision", async () => {
    const article = await createArticle({ writerId: writer.id, status: "CHANGES_REQUESTED" });
    await db.article.update({
      where: { id: article.id },
      data: { reviewNote: "Tambahkan sumber kedua." },
    });
    const email = await queued(
      await notify(db, {
        userId: writer.id,
        type: "article.changes_requested",
        data: { articleId: article.id, title: article.title },
      }),
    );
    expect(email?.text).toContain("Catatan redaksi: Tambahkan sumber kedua.");
    expect(email?.text).toContain(`/tulis/artikel/${article.id}`);
  });
});

describe("describeNotification", () => {
  it("says in Indonesian what happened and links writers to the studio and editors to the desk", () => {
    const data = { articleId: "a1", title: "Banjir" };
    expect(describeNotification("article.published", data, "/news/banjir")).toEqual({
      text: "Artikel Anda “Banjir” diterbitkan",
      href: "/news/banjir",
    });
    expect(describeNotification("article.changes_requested", data)).toEqual({
      text: "Artikel Anda “Banjir” perlu revisi",
      href: "/tulis/artikel/a1",
    });
    expect(describeNotification("article.rejected", data).text).toBe(
      "Artikel Anda “Banjir” ditolak",
    );
    expect(describeNotification("writer.verified", {}).text).toBe("Anda kini Verified Writer");
    expect(describeNotification("article.submitted", data)).toEqual({
      text: "Artikel baru menunggu review: Banjir",
      href: "/redaksi/artikel/a1",
    });
    expect(describeNotification("article.resubmitted", data).text).toBe(
      "Artikel dikirim ulang: Banjir",
    );
    expect(describeNotification("something.new", {}).href).toBe("/notifikasi");
  });

  it("says it in English for an English reader, and links reader pages under /en", () => {
    const data = { articleId: "a1", title: "Banjir" };
    expect(describeNotification("article.published", data, "/news/banjir", "en")).toEqual({
      text: "Your article “Banjir” has been published",
      href: "/en/news/banjir",
    });
    expect(describeNotification("article.changes_requested", data, null, "en")).toEqual({
      text: "Your article “Banjir” needs revising",
      href: "/tulis/artikel/a1",
    });
    expect(
      describeNotification("comment.removed", { ...data, reason: "spam" }, null, "en").text,
    ).toBe("A moderator removed your comment on “Banjir”: spam");
    expect(describeNotification("article.submitted", {}, null, "en").text).toBe(
      "New article awaiting review: untitled",
    );
  });
});

describe("reading notifications", () => {
  async function seed(userId: string, count: number) {
    for (let i = 0; i < count; i++) {
      await db.notification.create({
        data: {
          userId,
          type: "article.submitted",
          data: { articleId: `a${i}`, title: `Artikel ${i}` },
          createdAt: new Date(Date.now() - (count - i) * 1000),
        },
      });
    }
  }

  it("lists only the actor's own, newest first, with the unread count, a live link to published articles and pages", async () => {
    await seed(writer.id, 12);
    await seed(other.id, 3);
    const article = await createArticle({ writerId: writer.id, slug: "sudah-terbit" });
    await db.notification.create({
      data: {
        userId: writer.id,
        type: "article.published",
        data: { articleId: article.id, title: article.title },
      },
    });

    const first = await listNotifications(asActor(writer), { pageSize: 10 });
    expect(first).toMatchObject({ unread: 13, total: 13, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(10);
    expect(first.items[0]).toMatchObject({
      type: "article.published",
      read: false,
      href: expect.stringMatching(/\/sudah-terbit$/),
    });
    expect(first.items[1].text).toBe("Artikel baru menunggu review: Artikel 11");
    expect(
      (await listNotifications(asActor(writer), { pageSize: 10, page: 2 })).items,
    ).toHaveLength(3);
    expect(await countUnreadNotifications(asActor(other))).toBe(3);
  });

  it("marks one and all as read, only the actor's own: someone else's id is not found and stays unread", async () => {
    await seed(writer.id, 3);
    await seed(other.id, 1);
    const mine = await db.notification.findFirstOrThrow({ where: { userId: writer.id } });
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: other.id } });

    await markNotificationRead(asActor(writer), mine.id);
    expect(await countUnreadNotifications(asActor(writer))).toBe(2);
    await expect(markNotificationRead(asActor(writer), theirs.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      (await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt,
    ).toBeNull();

    expect(await markAllNotificationsRead(asActor(writer))).toEqual({ count: 2 });
    expect(await countUnreadNotifications(asActor(writer))).toBe(0);
    expect(await countUnreadNotifications(asActor(other))).toBe(1);
  });

  it("refuses anonymous visitors and suspended accounts", async () => {
    const suspended = asActor(await createUser({ role: "EDITOR", suspendedAt: new Date() }));
    await expect(listNotifications(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(countUnreadNotifications(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(markAllNotificationsRead(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(markNotificationRead(null, "x")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(listNotifications(suspended)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
