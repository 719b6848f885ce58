import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  BEACONS_PER_ADDRESS,
  BOT_USER_AGENT,
  VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY,
  isBotUserAgent,
  recordView,
} from "@/lib/views/record-view";
import { throttleKey } from "@/lib/rate-limit/policy";
import { createArticle, resetDatabase } from "@/test/factories";

const IP = "203.0.113.77";
const OTHER_IP = "198.51.100.23";
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
// 10:00 in Jakarta (UTC+7) on 15 March 2030.
const MORNING = new Date("2030-03-15T03:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let articleId = "";

async function viewCount(id = articleId) {
  return (await db.article.findUniqueOrThrow({ where: { id }, select: { viewCount: true } }))
    .viewCount;
}

beforeEach(async () => {
  await resetDatabase();
  articleId = (await createArticle({ title: "Harga beras naik" })).id;
});

describe("recordView", () => {
  it("counts the same visitor once per Jakarta day", async () => {
    expect(await recordView({ articleId, ip: IP, userAgent: CHROME, now: MORNING })).toEqual({
      counted: true,
    });
    expect(
      await recordView({
        articleId,
        ip: IP,
        userAgent: CHROME,
        now: new Date(MORNING.getTime() + 5 * HOUR),
      }),
    ).toEqual({ counted: false });
    expect(await viewCount()).toBe(1);
    expect(await db.articleView.count()).toBe(1);
  });

  it("counts a different user agent or IP again", async () => {
    expect((await recordView({ articleId, ip: IP, userAgent: CHROME, now: MORNING })).counted).toBe(
      true,
    );
    expect(
      (await recordView({ articleId, ip: IP, userAgent: FIREFOX, now: MORNING })).counted,
    ).toBe(true);
    expect(
      (await recordView({ articleId, ip: OTHER_IP, userAgent: CHROME, now: MORNING })).counted,
    ).toBe(true);
    expect(await viewCount()).toBe(3);
  });

  it("counts the same visitor again on the next Jakarta day (the day turns at 17:00 UTC)", async () => {
    const beforeMidnight = new Date("2030-03-15T16:59:00Z");
    const afterMidnight = new Date("2030-03-15T17:01:00Z");
    expect(
      (await recordView({ articleId, ip: IP, userAgent: CHROME, now: beforeMidnight })).counted,
    ).toBe(true);
    expect(
      (await recordView({ articleId, ip: IP, userAgent: CHROME, now: afterMidnight })).counted,
    ).toBe(true);
    expect(
      (
        await recordView({
          articleId,
          ip: IP,
          userAgent: CHROME,
          now: new Date(afterMidnight.getTime() + HOUR),
        })
      ).counted,
    ).toBe(false);
    const days = (await db.articleView.findMany({ orderBy: { day: "asc" } })).map((v) =>
      v.day.toISOString().slice(0, 10),
    );
    expect(days).toEqual(["2030-03-15", "2030-03-16"]);
    expect(await viewCount()).toBe(2);
  });

  it("never stores the raw IP, and forgets salts older than two days", async () => {
    for (let d = 0; d < 5; d++) {
      await recordView({
        articleId,
        ip: IP,
        userAgent: CHROME,
        now: new Date(MORNING.getTime() + d * DAY),
      });
    }
    const views = await db.$queryRaw<
      { row: string }[]
    >`SELECT row_to_json(v)::text AS row FROM "ArticleView" v`;
    const salts = await db.$queryRaw<
      { row: string }[]
    >`SELECT row_to_json(s)::text AS row FROM "ViewSalt" s`;
    expect(views).toHaveLength(5);
    for (const { row } of [...views, ...salts]) expect(row).not.toContain(IP);
    expect(new Set((await db.articleView.findMany()).map((v) => v.visitorHash)).size).toBe(5);
    expect(
      (await db.articleView.findMany()).every((v) => /^[0-9a-f]{64}$/.test(v.visitorHash)),
    ).toBe(true);
    const saltDays = (await db.viewSalt.findMany({ orderBy: { day: "asc" } })).map((s) =>
      s.day.toISOString().slice(0, 10),
    );
    expect(saltDays).toEqual(["2030-03-17", "2030-03-18", "2030-03-19"]);
  });

  it("does not count bots or requests without a user agent", async () => {
    const bots = [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36",
      "curl/8.5.0",
      "Wget/1.21",
      "autocannon",
      "Mozilla/5.0 (compatible; bingbot/2.0) Chrome-Lighthouse",
      "",
      null,
    ];
    for (const userAgent of bots) {
      expect(
        (await recordView({ articleId, ip: IP, userAgent, now: MORNING })).counted,
        String(userAgent),
      ).toBe(false);
    }
    expect(BOT_USER_AGENT.test(CHROME)).toBe(false);
    expect(await db.articleView.count()).toBe(0);
    expect(await viewCount()).toBe(0);
  });

  it("does not count unpublished or unknown articles", async () => {
    const draft = await createArticle({ status: "DRAFT" });
    const unpublished = await createArticle({
      status: "UNPUBLISHED",
      publishedAt: new Date("2030-01-01T00:00:00Z"),
    });
    for (const id of [draft.id, unpublished.id, "no-such-article"]) {
      expect(
        (await recordView({ articleId: id, ip: IP, userAgent: CHROME, now: MORNING })).counted,
      ).toBe(false);
    }
    expect(await db.articleView.count()).toBe(0);
    expect(await viewCount(draft.id)).toBe(0);
    expect(await viewCount(unpublished.id)).toBe(0);
  });

  it("counts exactly once when the same visitor's requests race, and viewCount matches the view rows", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        recordView({ articleId, ip: IP, userAgent: CHROME, now: MORNING }),
      ),
    );
    expect(results.filter((r) => r.counted)).toHaveLength(1);
    expect(await db.viewSalt.count()).toBe(1);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        recordView({ articleId, ip: `10.0.0.${i}`, userAgent: FIREFOX, now: MORNING }),
      ),
    );
    expect(await viewCount()).toBe(9);
    expect(await db.articleView.count({ where: { articleId } })).toBe(9);
  });
});

describe("recordView against inflation", () => {
  const agent = (i: number) =>
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${100 + i}.0 Safari/537.36`;

  it("counts one address at most the cap per article per day, whatever user agents it sends", async () => {
    const results = [];
    for (let i = 0; i < 50; i++)
      results.push(await recordView({ articleId, ip: IP, userAgent: agent(i), now: MORNING }));
    expect(results.filter((r) => r.counted)).toHaveLength(VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY);
    expect(await viewCount()).toBe(VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY);
    // Another address, and the next day, count again.
    expect(
      (await recordView({ articleId, ip: OTHER_IP, userAgent: agent(0), now: MORNING })).counted,
    ).toBe(true);
    expect(
      (
        await recordView({
          articleId,
          ip: IP,
          userAgent: agent(0),
          now: new Date(MORNING.getTime() + DAY),
        })
      ).counted,
    ).toBe(true);
  });

  it("keeps the cap under concurrent beacons", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        recordView({ articleId, ip: IP, userAgent: agent(i), now: MORNING }),
      ),
    );
    expect(results.filter((r) => r.counted)).toHaveLength(VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY);
    expect(await viewCount()).toBe(VIEWS_PER_ADDRESS_PER_ARTICLE_PER_DAY);
  });

  it("skips crawlers from the maintained list and stops counting a flooding address", async () => {
    const crawler = "Mozilla/5.0 (compatible; AhrefsSiteAudit/6.1; +http://ahrefs.com/robot/)";
    expect(isBotUserAgent(crawler)).toBe(true);
    expect(isBotUserAgent("facebookexternalhit/1.1")).toBe(true);
    expect(isBotUserAgent(agent(1))).toBe(false);
    expect(
      (await recordView({ articleId, ip: IP, userAgent: crawler, now: MORNING })).counted,
    ).toBe(false);

    await db.$executeRaw`INSERT INTO "RateLimit" (key, count, "windowStart")
      VALUES (${throttleKey("views", "ip", OTHER_IP)}, ${BEACONS_PER_ADDRESS}, now())`;
    expect(
      (await recordView({ articleId, ip: OTHER_IP, userAgent: agent(2), now: MORNING })).counted,
    ).toBe(false);
  });
});
