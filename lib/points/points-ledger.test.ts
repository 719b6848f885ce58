import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { decryptAccount } from "@/lib/points/account-crypto";
import { accrueViewPoints } from "@/lib/points/accrue-view-points";
import { decideRedemption } from "@/lib/points/decide-redemption";
import { getPointsAccount } from "@/lib/points/get-points-account";
import { grantBonus } from "@/lib/points/grant-bonus";
import { isInsiderView } from "@/lib/points/is-insider-view";
import { pointsBalance } from "@/lib/points/points-balance";
import { requestRedemption } from "@/lib/points/request-redemption";
import { updatePointsSettings } from "@/lib/points/update-points-settings";
import { rollUpArticleViews } from "@/lib/views/roll-up-views";
import { createArticle, createUser, resetDatabase } from "@/test/factories";

const asActor = (u: { id: string; role: Actor["role"]; tier: Actor["tier"] }): Actor => ({
  id: u.id,
  role: u.role,
  tier: u.tier,
  suspendedAt: null,
});

async function addViews(articleId: string, count: number, day = "2030-03-14") {
  await db.articleView.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      articleId,
      day: new Date(`${day}T00:00:00Z`),
      visitorHash: `${articleId}-${day}-${i}-${Math.random()}`,
    })),
  });
}

const BANK = {
  method: "BANK",
  bank: "BCA",
  accountNumber: "1234 5678 90",
  accountName: "Sari Dewi",
};

let admin: Actor;
let editor: Actor;
let writer: Actor;
let writerName: string;
let editorName: string;

beforeEach(async () => {
  await resetDatabase();
  admin = asActor(await createUser({ role: "ADMIN" }));
  const editorUser = await createUser({ role: "EDITOR" });
  const writerUser = await createUser({ tier: "WRITER" });
  editor = asActor(editorUser);
  writer = asActor(writerUser);
  editorName = editorUser.username;
  writerName = writerUser.username;
});

describe("view accrual", () => {
  it("converts counted views at the rate, carries the remainder and never counts a view twice", async () => {
    const a = await createArticle({ writerId: writer.id, title: "Banjir Bekasi" });
    const b = await createArticle({ writerId: writer.id });
    await addViews(a.id, 250);
    await addViews(b.id, 99);

    expect(await accrueViewPoints()).toEqual([
      { userId: writer.id, articleId: a.id, points: 2, views: 200 },
    ]);
    expect(await accrueViewPoints()).toEqual([]);
    expect(await pointsBalance(writer.id)).toBe(2);

    await addViews(a.id, 50, "2030-03-15"); // 100 unconverted now
    await addViews(b.id, 1);
    const again = await accrueViewPoints();
    expect(again.map((x) => [x.articleId, x.points]).sort()).toEqual(
      [
        [a.id, 1],
        [b.id, 1],
      ].sort(),
    );
    const entry = await db.pointsEntry.findFirstOrThrow({ where: { articleId: a.id } });
    expect(entry.reason).toBe("200 pembaca: “Banjir Bekasi”");

    // A new rate applies to views not yet converted only.
    await updatePointsSettings(admin, {
      viewsPerPoint: 10,
      minimumRedemption: 500,
      rupiahPerPoint: 100,
    });
    await addViews(a.id, 25);
    expect((await accrueViewPoints())[0]).toMatchObject({ points: 2, views: 20 });
    expect(await pointsBalance(writer.id)).toBe(6);
  });

  it("counts views rolled up into daily totals as well as today's detail rows, once", async () => {
    const a = await createArticle({ writerId: writer.id });
    await addViews(a.id, 150, "2030-03-10");
    expect(await accrueViewPoints()).toMatchObject([{ articleId: a.id, points: 1 }]);
    // The hourly upkeep moves finished days into ArticleViewDaily; nothing is counted again.
    await rollUpArticleViews(new Date("2030-03-14T12:00:00Z"));
    expect(await db.articleView.count({ where: { articleId: a.id } })).toBe(0);
    expect(await accrueViewPoints()).toEqual([]);
    await addViews(a.id, 50, "2030-03-14");
    expect(await accrueViewPoints()).toMatchObject([{ articleId: a.id, points: 1, views: 100 }]);
    expect(await pointsBalance(writer.id)).toBe(2);
  });

  it("runs at once in two processes without double counting", async () => {
    const a = await createArticle({ writerId: writer.id });
    await addViews(a.id, 500);
    await Promise.all([accrueViewPoints(), accrueViewPoints(), accrueViewPoints()]);
    expect(await pointsBalance(writer.id)).toBe(5);
  });

  it("the ledger is append-only in the database", async () => {
    await grantBonus(editor, { username: writerName, points: 10, reason: "Liputan eksklusif" });
    await expect(db.pointsEntry.updateMany({ data: { points: 1000 } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.pointsEntry.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await pointsBalance(writer.id)).toBe(10);
  });
});

describe("bonus", () => {
  it("editors grant bonuses to others with a reason, audited and notified", async () => {
    await grantBonus(editor, {
      username: writerName,
      points: 75,
      reason: "Liputan eksklusif banjir",
    });
    const account = await getPointsAccount(writer);
    expect(account.balance).toBe(75);
    expect(account.entries[0]).toMatchObject({
      kind: "BONUS",
      points: 75,
      reason: "Liputan eksklusif banjir",
    });
    expect(
      await db.auditLog.count({ where: { action: "points.bonus", targetId: writer.id } }),
    ).toBe(1);
    expect(
      await db.notification.count({ where: { userId: writer.id, type: "points.bonus" } }),
    ).toBe(1);

    await expect(
      grantBonus(writer, { username: writerName, points: 5, reason: "Untuk saya" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      grantBonus(editor, { username: editorName, points: 5, reason: "Untuk saya" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      grantBonus(editor, { username: writerName, points: -5, reason: "Hukuman" }),
    ).rejects.toThrow();
  });
});

describe("redemption", () => {
  beforeEach(async () => {
    await grantBonus(editor, { username: writerName, points: 800, reason: "Saldo awal uji" });
  });

  it("reserves on request, releases on rejection, spends on payment; every step audited", async () => {
    const r = await requestRedemption(writer, { points: 600, account: BANK });
    expect(r.accountMasked).toBe("BCA •••• 7890 a.n. Sari Dewi");
    expect(await pointsBalance(writer.id)).toBe(200);
    const stored = await db.redemption.findUniqueOrThrow({ where: { id: r.id } });
    expect(stored.accountCipher).not.toContain("1234567890");
    expect(JSON.parse(decryptAccount(stored.accountCipher))).toMatchObject({
      accountNumber: "1234567890",
    });
    expect(
      await db.notification.count({ where: { userId: admin.id, type: "redemption.requested" } }),
    ).toBe(1);

    await expect(decideRedemption(editor, r.id, { decision: "approve" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      decideRedemption(admin, r.id, { decision: "reject", reason: "" }),
    ).rejects.toThrow();
    await decideRedemption(admin, r.id, {
      decision: "reject",
      reason: "Nama rekening tidak cocok",
    });
    expect(await pointsBalance(writer.id)).toBe(800);
    await expect(decideRedemption(admin, r.id, { decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const second = await requestRedemption(writer, {
      points: 500,
      account: {
        method: "EWALLET",
        provider: "GoPay",
        phone: "+62 812-3456-7890",
        accountName: "Sari Dewi",
      },
    });
    expect(second.accountMasked).toBe("GoPay 0812 •••• 890 a.n. Sari Dewi");
    await expect(
      decideRedemption(admin, second.id, { decision: "paid", reference: "TRF-1" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await decideRedemption(admin, second.id, { decision: "approve" });
    await decideRedemption(admin, second.id, { decision: "paid", reference: "TRF-20301201-01" });
    expect(await pointsBalance(writer.id)).toBe(300);

    const account = await getPointsAccount(writer);
    expect(account).toMatchObject({ balance: 300, earned: 800, reserved: 500 });
    expect(account.entries.map((e) => [e.kind, e.points])).toEqual([
      ["RESERVE", -500],
      ["RELEASE", 600],
      ["RESERVE", -600],
      ["BONUS", 800],
    ]);
    const actions = await db.auditLog.findMany({
      where: { targetType: "Redemption", targetId: { in: [r.id, second.id] } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "redemption.request",
      "redemption.reject",
      "redemption.request",
      "redemption.approve",
      "redemption.paid",
    ]);
    expect(
      await db.notification.findMany({
        where: { userId: writer.id, type: { startsWith: "redemption." } },
        select: { type: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toHaveLength(3);
  });

  it("refuses more than the balance, below the minimum, non-positive, bad accounts and a second pending request, reserving nothing", async () => {
    const refusals: [unknown, string | RegExp][] = [
      [{ points: 900, account: BANK }, /tidak cukup/],
      [{ points: 400, account: BANK }, /minimal 500 poin/],
      [{ points: -600, account: BANK }, /Periksa kembali/],
      [{ points: 0, account: BANK }, /Periksa kembali/],
      [{ points: 600.5, account: BANK }, /Periksa kembali/],
      [{ points: 600, account: { ...BANK, accountNumber: "12ab" } }, /Periksa kembali/],
      [{ points: 600, account: { method: "PHONE_CREDIT", phone: "12345" } }, /Periksa kembali/],
      [
        {
          points: 600,
          account: { method: "VOUCHER", provider: "Tokopedia", email: "bukan-email" },
        },
        /Periksa kembali/,
      ],
      [{ points: 600, account: { method: "CRYPTO" } }, /Periksa kembali/],
    ];
    for (const [input, message] of refusals)
      await expect(requestRedemption(writer, input), JSON.stringify(input)).rejects.toThrow(
        message,
      );
    await expect(
      requestRedemption(writer, { points: 600, account: { ...BANK, accountNumber: "12ab" } }),
    ).rejects.toMatchObject({
      details: {
        fieldErrors: { "account.accountNumber": ["Nomor rekening terdiri atas 8–16 angka."] },
      },
    });
    expect(await pointsBalance(writer.id)).toBe(800);
    expect(await db.redemption.count()).toBe(0);

    await requestRedemption(writer, {
      points: 500,
      account: { method: "PHONE_CREDIT", phone: "081234567890" },
    });
    await expect(requestRedemption(writer, { points: 200, account: BANK })).rejects.toThrow(
      /menunggu keputusan/,
    );
    expect(await pointsBalance(writer.id)).toBe(300);
    await expect(requestRedemption(null, { points: 500, account: BANK })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("never double-spends under concurrent requests", async () => {
    await grantBonus(editor, { username: writerName, points: 400, reason: "Tambahan" }); // 1200
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => requestRedemption(writer, { points: 700, account: BANK })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "INVALID" });
    expect(await pointsBalance(writer.id)).toBe(500);
    expect(await db.pointsEntry.count({ where: { userId: writer.id, kind: "RESERVE" } })).toBe(1);
  });
});

describe("isInsiderView", () => {
  it("the writer's own reads and the desk's are not counted; other readers are", async () => {
    const article = await createArticle({ writerId: writer.id });
    const reader = asActor(await createUser({ tier: "WRITER" }));
    expect(await isInsiderView(writer, article.id)).toBe(true);
    expect(await isInsiderView(editor, article.id)).toBe(true);
    expect(await isInsiderView(admin, article.id)).toBe(true);
    expect(await isInsiderView(reader, article.id)).toBe(false);
    expect(await isInsiderView(null, article.id)).toBe(false);
  });
});
