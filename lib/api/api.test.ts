import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listArticles, OPTIONS } from "@/app/api/v1/articles/route";
import { GET as getArticle } from "@/app/api/v1/articles/[slug]/route";
import { GET as listSections } from "@/app/api/v1/sections/route";
import { GET as listTopics } from "@/app/api/v1/topics/route";
import { GET as getWriter } from "@/app/api/v1/writers/[username]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { API_RATE_LIMIT } from "@/lib/api/api-limits";
import { db } from "@/lib/db";
import {
  createArticle,
  createSection,
  createTopic,
  createUser,
  resetDatabase,
  uniqueSuffix,
} from "@/test/factories";

// Next's data cache needs a running server; the loaders read the database directly here.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: () => Promise<T>) => fn }));

const SITE = "http://localhost:3000";
let ipCounter = 0;
/** Each request from its own address unless told otherwise, so the throttle stays out of the way. */
const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`${SITE}${path}`, {
    headers: { "x-forwarded-for": `198.51.100.${++ipCounter % 250}`, ...headers },
  });
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

type Doc = { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** Validates a body against the OpenAPI response schema of `path` and `status`. */
function contractErrors(path: string, status: number, body: unknown) {
  const response = doc.paths[path].get.responses[String(status)] as {
    content: { "application/json": { schema: { $ref: string } } };
  };
  const ref = response.content["application/json"].schema.$ref.replace("#", "openapi#");
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  return validate(body) ? [] : validate.errors;
}

let fixture: {
  writer: { username: string; email: string; id: string };
  sectionSlug: string;
  childSlug: string;
  topicSlug: string;
  publishedSlugs: string[];
  draftTitle: string;
  withdrawnSlug: string;
};

beforeAll(async () => {
  await resetDatabase();
  const parent = await createSection({ name: "Ekonomi" });
  const child = await createSection({ name: "Bisnis", parentId: parent.id });
  const topic = await createTopic({ name: "Pangan" });
  const writer = await createUser({
    tier: "VERIFIED",
    email: `rahasia-${uniqueSuffix()}@contoh.id`,
  });
  const editor = await createUser({ role: "EDITOR", email: `editor-${uniqueSuffix()}@contoh.id` });
  const published = [];
  for (let i = 0; i < 5; i++) {
    const article = await createArticle({
      writerId: writer.id,
      sectionId: i % 2 ? child.id : parent.id,
      topics: i < 3 ? [topic.id] : [],
      publishedAt: new Date(Date.UTC(2026, 10, 20 + i, 3)),
    });
    await db.article.update({
      where: { id: article.id },
      data: { editorId: editor.id, heroImageUrl: "/demo/hero/pilah-sampah.svg" },
    });
    published.push(article.slug);
  }
  const draftTitle = `Draf Rahasia ${uniqueSuffix()}`;
  await createArticle({
    writerId: writer.id,
    sectionId: parent.id,
    status: "DRAFT",
    title: draftTitle,
  });
  await createArticle({
    writerId: writer.id,
    sectionId: parent.id,
    status: "IN_REVIEW",
    title: draftTitle,
  });
  const withdrawn = await createArticle({
    writerId: writer.id,
    sectionId: parent.id,
    status: "UNPUBLISHED",
  });
  await db.article.update({
    where: { id: withdrawn.id },
    data: { unpublishReason: "Sumber tidak dapat diverifikasi." },
  });
  fixture = {
    writer,
    sectionSlug: parent.slug,
    childSlug: child.slug,
    topicSlug: topic.slug,
    publishedSlugs: published.reverse(),
    draftTitle,
    withdrawnSlug: withdrawn.slug,
  };
  doc = (await (await getOpenApi(request("/api/v1/openapi.json"))).json()) as Doc;
  ajv.addSchema(doc, "openapi");
});

async function everyResponse() {
  const { writer, sectionSlug, topicSlug, publishedSlugs } = fixture;
  return [
    await listArticles(request("/api/v1/articles")),
    await listArticles(request(`/api/v1/articles?section=${sectionSlug}&limit=50`)),
    await listArticles(request(`/api/v1/articles?topic=${topicSlug}`)),
    await listArticles(request(`/api/v1/articles?writer=${writer.username}`)),
    await getArticle(
      request(`/api/v1/articles/${publishedSlugs[0]}`),
      ctx({ slug: publishedSlugs[0] }),
    ),
    await listSections(request("/api/v1/sections")),
    await listTopics(request("/api/v1/topics")),
    await getWriter(
      request(`/api/v1/writers/${writer.username}`),
      ctx({ username: writer.username }),
    ),
  ];
}

describe("public read API", () => {
  it("publishes a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("answers every endpoint in the shape its OpenAPI document promises", async () => {
    const { writer, publishedSlugs, sectionSlug } = fixture;
    const cases: [string, Response][] = [
      ["/articles", await listArticles(request("/api/v1/articles?limit=2"))],
      ["/articles", await listArticles(request(`/api/v1/articles?section=${sectionSlug}`))],
      ["/articles/{slug}", await getArticle(request("/x"), ctx({ slug: publishedSlugs[0] }))],
      ["/articles/{slug}", await getArticle(request("/x"), ctx({ slug: "tidak-ada" }))],
      ["/articles/{slug}", await getArticle(request("/x"), ctx({ slug: fixture.withdrawnSlug }))],
      ["/articles", await listArticles(request("/api/v1/articles?limit=500"))],
      ["/articles", await listArticles(request("/api/v1/articles?topic=tidak-ada"))],
      ["/sections", await listSections(request("/api/v1/sections"))],
      ["/topics", await listTopics(request("/api/v1/topics"))],
      ["/writers/{username}", await getWriter(request("/x"), ctx({ username: writer.username }))],
      ["/writers/{username}", await getWriter(request("/x"), ctx({ username: "tidak-ada" }))],
    ];
    // The check can fail: a body with a leaked field or a wrong type does not pass.
    expect(contractErrors("/sections", 200, { data: [{ slug: 1 }] })).not.toEqual([]);
    const article = await (
      await getArticle(request("/x"), ctx({ slug: publishedSlugs[0] }))
    ).json();
    expect(contractErrors("/articles/{slug}", 200, { ...article, email: "x@y.id" })).not.toEqual(
      [],
    );
    for (const [path, response] of cases) {
      expect(Object.keys(doc.paths[path].get.responses), path).toContain(String(response.status));
      expect(contractErrors(path, response.status, await response.json()), path).toEqual([]);
    }
  });

  it("never shows an e-mail address, a draft, an article under review or a user id", async () => {
    const users = await db.user.findMany({ select: { id: true } });
    for (const response of await everyResponse()) {
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(body).not.toContain(fixture.draftTitle);
      for (const user of users) expect(body).not.toContain(user.id);
    }
  });

  it("pages with a keyset cursor, filters by section (with sub-sections), topic, writer and since", async () => {
    const first = await (await listArticles(request("/api/v1/articles?limit=2"))).json();
    expect(first.data.map((a: { slug: string }) => a.slug)).toEqual(
      fixture.publishedSlugs.slice(0, 2),
    );
    const second = await (
      await listArticles(request(`/api/v1/articles?limit=2&cursor=${first.nextCursor}`))
    ).json();
    expect(second.data.map((a: { slug: string }) => a.slug)).toEqual(
      fixture.publishedSlugs.slice(2, 4),
    );
    const last = await (
      await listArticles(request(`/api/v1/articles?limit=2&cursor=${second.nextCursor}`))
    ).json();
    expect(last.data).toHaveLength(1);
    expect(last.nextCursor).toBeNull();

    const bySection = await (
      await listArticles(request(`/api/v1/articles?section=${fixture.sectionSlug}`))
    ).json();
    expect(bySection.data).toHaveLength(5);
    const byChild = await (
      await listArticles(request(`/api/v1/articles?section=${fixture.childSlug}`))
    ).json();
    expect(byChild.data).toHaveLength(2);
    const byTopic = await (
      await listArticles(request(`/api/v1/articles?topic=${fixture.topicSlug}`))
    ).json();
    expect(byTopic.data).toHaveLength(3);
    const since = await (
      await listArticles(request("/api/v1/articles?since=2026-11-23T00:00:00Z"))
    ).json();
    expect(since.data).toHaveLength(2);
    expect(since.data[0]).toMatchObject({
      writer: { username: fixture.writer.username, verified: true },
      heroImage: { url: `${SITE}/demo/hero/pilah-sampah.svg` },
    });
  });

  it("pages through articles published at the same instant without losing or repeating one", async () => {
    const section = await createSection();
    const at = new Date("2026-11-01T00:00:00Z");
    const made = [];
    for (let i = 0; i < 3; i++)
      made.push((await createArticle({ sectionId: section.id, publishedAt: at })).slug);
    const seen: string[] = [];
    let cursor = "";
    for (let i = 0; i < 4; i++) {
      const query = `section=${section.slug}&limit=1${cursor && `&cursor=${cursor}`}`;
      const page = await (await listArticles(request(`/api/v1/articles?${query}`))).json();
      seen.push(...page.data.map((a: { slug: string }) => a.slug));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.sort()).toEqual(made.sort());
  });

  it("refuses bad parameters with 400 naming the field", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["since=kemarin", "since"],
      ["cursor=bukan-kursor", "cursor"],
      ["section=Bukan%20Slug", "section"],
      ["halaman=2", "halaman"],
    ]) {
      const response = await listArticles(request(`/api/v1/articles?${query}`));
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body, query).toMatchObject({ error: "INVALID", field });
      // Messages are for people reading Indonesian, like the rest of Warta.
      expect(body.message, query).not.toMatch(/Invalid input|expected/);
    }
    const unknown = await listArticles(request("/api/v1/articles?writer=tidak-ada"));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ field: "writer" });
  });

  it("answers 410 for a withdrawn article, with the editors' reason", async () => {
    const response = await getArticle(request("/x"), ctx({ slug: fixture.withdrawnSlug }));
    expect(response.status).toBe(410);
    expect((await response.json()).message).toContain("Sumber tidak dapat diverifikasi.");
  });

  it("sends ETag, Cache-Control, cache tags and CORS, and 304 for an unchanged answer", async () => {
    const response = await listSections(request("/api/v1/sections"));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toContain("max-age=");
    expect(response.headers.get("xkey")).toBe("sections");
    const etag = response.headers.get("etag")!;
    const again = await listSections(request("/api/v1/sections", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("throttles one address with 429 and Retry-After", async () => {
    const from = { "x-forwarded-for": "203.0.113.77" };
    for (let i = 0; i < API_RATE_LIMIT; i++)
      expect((await listTopics(request("/api/v1/topics", from))).status).toBe(200);
    const refused = await listTopics(request("/api/v1/topics", from));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await listTopics(request("/api/v1/topics"))).status).toBe(200);
  });
});
