import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchArticles, type SearchOutcome } from "@/lib/search/search-articles";
import { addSearchWordsForArticle, refreshSearchWords } from "@/lib/search/refresh-search-words";
import { suggestQuery } from "@/lib/search/suggest-query";
import { createArticle, createSection, createUser, resetDatabase } from "@/test/factories";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

function ok(outcome: SearchOutcome) {
  if (outcome.kind !== "ok")
    throw new Error(`expected results, got ${outcome.kind}: ${outcome.message}`);
  return outcome;
}

const ids = {} as Record<
  "titleHit" | "bodyHit" | "stemming" | "policy" | "hostile" | "subSection",
  string
>;
let parentSlug = "";
let writer = { displayName: "", username: "" };

beforeAll(async () => {
  await resetDatabase();
  const parent = await createSection({ name: "Berita" });
  const child = await createSection({ name: "Dunia", parentId: parent.id });
  parentSlug = parent.slug;
  const user = await createUser({ tier: "WRITER", displayName: "Sari Wulandari" });
  writer = { displayName: user.displayName, username: user.username };
  const base = { sectionId: parent.id, writerId: user.id };

  // Older, title hit only once: must still beat a newer article that says "banjir" ten times in the body.
  ids.titleHit = (
    await createArticle({
      ...base,
      title: "Banjir melanda Bekasi",
      bodyText: "Warga mengungsi ke masjid terdekat.",
      publishedAt: daysAgo(60),
    })
  ).id;
  ids.bodyHit = (
    await createArticle({
      ...base,
      title: "Cuaca pekan ini",
      bodyText: Array(10).fill("Hujan deras membawa banjir ke jalan.").join(" "),
      publishedAt: daysAgo(1),
    })
  ).id;
  ids.stemming = (
    await createArticle({
      ...base,
      title: "Pertandingan final sepak bola di Surabaya",
      bodyText: "Penonton memadati stadion.",
      publishedAt: daysAgo(3),
    })
  ).id;
  ids.policy = (
    await createArticle({
      ...base,
      title: "Aturan baru parkir",
      bodyText: "Kebijakan pemerintah kota soal pemilihan lokasi parkir menuai kritik.",
      publishedAt: daysAgo(4),
    })
  ).id;
  ids.hostile = (
    await createArticle({
      ...base,
      title: "Laporan warga tentang tanggul",
      bodyText:
        'Warga menulis <script>alert(1)</script> tanggul jebol <img src=x onerror=alert(1)> & "kutip" di tepi kali.',
      publishedAt: daysAgo(5),
    })
  ).id;
  ids.subSection = (
    await createArticle({
      sectionId: child.id,
      writerId: user.id,
      title: "Gunung berapi meletus di Islandia",
      publishedAt: daysAgo(2),
    })
  ).id;

  // Never visible, whatever they contain.
  for (const status of [
    "DRAFT",
    "SUBMITTED",
    "IN_REVIEW",
    "SCHEDULED",
    "UNPUBLISHED",
    "REJECTED",
  ] as const) {
    await createArticle({
      ...base,
      status,
      title: `Banjir rahasia ${status}`,
      bodyText: "banjir banjir tanggul pertandingan",
      publishedAt: status === "UNPUBLISHED" ? daysAgo(1) : null,
    });
  }

  // Pagination corpus: 12 articles about "gempa".
  for (let i = 0; i < 12; i++) {
    await createArticle({
      ...base,
      title: `Kabar daerah ${i}`,
      bodyText: `Gempa kecil terasa di wilayah ${i}.`,
      publishedAt: daysAgo(10 + i),
    });
  }
  await refreshSearchWords();
});

describe("searchArticles", () => {
  it("ranks a title match above a body-only match, even an older one against many body hits", async () => {
    const result = ok(await searchArticles({ query: "banjir" }));
    expect(result.results.map((r) => r.id)).toEqual([ids.titleHit, ids.bodyHit]);
    expect(result.total).toBe(2);
  });

  it("follows a renamed title: the database keeps the title's words with the title", async () => {
    // The oldest of the twelve "gempa" articles comes last on body matches alone; with "Gempa" in
    // its new title it must come first.
    const oldest = await db.article.findFirstOrThrow({ where: { title: "Kabar daerah 11" } });
    await db.article.update({ where: { id: oldest.id }, data: { title: "Gempa di wilayah 11" } });
    try {
      const [first] = ok(await searchArticles({ query: "gempa" })).results;
      expect(first.id).toBe(oldest.id);
    } finally {
      await db.article.update({ where: { id: oldest.id }, data: { title: "Kabar daerah 11" } });
    }
    const [first] = ok(await searchArticles({ query: "gempa" })).results;
    expect(first.id).not.toBe(oldest.id);
  });

  it("returns the fields the result list needs, with the top-level section slug", async () => {
    const [hit] = ok(await searchArticles({ query: "gunung berapi" })).results;
    expect(hit.id).toBe(ids.subSection);
    expect(hit.sectionSlug).toBe(parentSlug);
    expect(hit.writer).toEqual(writer);
    expect(hit.publishedAt).toBeInstanceOf(Date);
    expect(hit.slug).toMatch(/^artikel-/);
  });

  it("stems Indonesian words: 'bertanding' finds 'Pertandingan', 'bijak' finds 'Kebijakan'", async () => {
    expect(ok(await searchArticles({ query: "bertanding" })).results.map((r) => r.id)).toEqual([
      ids.stemming,
    ]);
    expect(ok(await searchArticles({ query: "bijak" })).results.map((r) => r.id)).toEqual([
      ids.policy,
    ]);
  });

  it("never returns unpublished articles", async () => {
    const result = ok(await searchArticles({ query: "rahasia" }));
    expect(result.total).toBe(0);
    expect(result.results).toEqual([]);
    const tanggul = ok(await searchArticles({ query: "tanggul" }));
    expect(tanggul.results.map((r) => r.id)).toEqual([ids.hostile]);
  });

  it("paginates with total and pageCount", async () => {
    const page1 = ok(await searchArticles({ query: "gempa", page: 1, pageSize: 5 }));
    const page2 = ok(await searchArticles({ query: "gempa", page: 2, pageSize: 5 }));
    const page3 = ok(await searchArticles({ query: "gempa", page: 3, pageSize: 5 }));
    const page4 = ok(await searchArticles({ query: "gempa", page: 4, pageSize: 5 }));
    expect([page1.total, page2.total, page3.total, page4.total]).toEqual([12, 12, 12, 12]);
    expect(page2.pageCount).toBe(3);
    expect([
      page1.results.length,
      page2.results.length,
      page3.results.length,
      page4.results.length,
    ]).toEqual([5, 5, 2, 0]);
    const all = [...page1.results, ...page2.results, ...page3.results].map((r) => r.id);
    expect(new Set(all).size).toBe(12);
    // Equal ranks: newest first (titles "Kabar daerah 0" … "11" were published one day apart).
    expect(page1.results[0].title).toBe("Kabar daerah 0");
    expect(page2.results[0].title).toBe("Kabar daerah 5");
  });

  it("marks the hit in the snippet and escapes hostile body text", async () => {
    const [hit] = ok(await searchArticles({ query: "tanggul jebol" })).results;
    expect(hit.snippet).toContain("<mark>tanggul</mark>");
    expect(hit.snippet).toContain("<mark>jebol</mark>");
    expect(hit.snippet).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(hit.snippet).toContain("&amp; &quot;kutip&quot;");
    expect(hit.snippet).not.toMatch(/<script|<img/i);
    // Apart from <mark> tags, no markup at all survives.
    expect(hit.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>"]/);
  });

  it("answers empty, over-long and symbol-only queries with a clear message instead of throwing", async () => {
    const empty = await searchArticles({ query: "   \n  " });
    expect(empty).toMatchObject({
      kind: "empty",
      message: "Masukkan kata kunci pencarian.",
      total: 0,
      results: [],
    });
    expect((await searchArticles({ query: undefined })).kind).toBe("empty");

    const tooLong = await searchArticles({ query: "a".repeat(201) });
    expect(tooLong).toMatchObject({
      kind: "too_long",
      message: "Kata kunci terlalu panjang (maksimal 200 karakter).",
    });
    expect((await searchArticles({ query: ` ${"a".repeat(200)} ` })).kind).toBe("ok");

    for (const query of ["!!! ... ???", "<> && ||", "-banjir"]) {
      const outcome = await searchArticles({ query });
      expect(outcome.kind, query).toBe("no_terms");
      if (outcome.kind !== "ok") expect(outcome.message).toMatch(/kata yang dapat dicari/);
    }
    // Markup is just text to search for: no exception, the query comes back as typed (normalized).
    const markup = await searchArticles({ query: "<script>alert(1)</script>" });
    expect(markup.kind).toBe("ok");
    expect(markup.query).toBe("<script>alert(1)</script>");
    expect((await searchArticles({ query: "  banjir   bekasi " })).query).toBe("banjir bekasi");
  });

  it("suggests a correction for a typo when nothing is found", async () => {
    const typo = ok(await searchArticles({ query: "pemilhan" }));
    expect(typo.total).toBe(0);
    expect(typo.suggestion).toBe("pemilihan");
    // Known words are kept, only the unknown one is corrected; the suggested query finds the article.
    const mixed = ok(await searchArticles({ query: "Pemilhan parkir" }));
    expect(mixed.suggestion).toBe("pemilihan parkir");
    expect(ok(await searchArticles({ query: mixed.suggestion })).results.map((r) => r.id)).toEqual([
      ids.policy,
    ]);
    // No suggestion when there are results, or when nothing is similar enough.
    expect(ok(await searchArticles({ query: "banjir" })).suggestion).toBeNull();
    expect(ok(await searchArticles({ query: "xqzvwk" })).suggestion).toBeNull();
  });
});

describe("search words", () => {
  it("refreshSearchWords keeps only words of published articles, with document counts", async () => {
    await refreshSearchWords();
    const words = new Map((await db.searchWord.findMany()).map((w) => [w.word, w.docs]));
    expect(words.get("gempa")).toBe(12);
    expect(words.get("banjir")).toBe(2);
    expect(words.get("pemilihan")).toBe(1);
    expect(words.has("rahasia")).toBe(false); // only in unpublished titles
    expect(words.has("di")).toBe(false); // shorter than 3
    expect(words.has("script")).toBe(true);
    expect([...words.keys()].every((w) => /^[a-z0-9]{3,30}$/.test(w) && /[a-z]/.test(w))).toBe(
      true,
    );
  });

  it("addSearchWordsForArticle adds a newly published article's words incrementally", async () => {
    expect(await suggestQuery("kemarau")).toBeNull();
    const article = await createArticle({
      title: "Musim kemarau panjang",
      bodyText: "Sawah mengering akibat banjir yang tak kunjung datang.",
    });
    await addSearchWordsForArticle(article.id);
    const rows = await db.searchWord.findMany({
      where: { word: { in: ["kemarau", "banjir", "sawah"] } },
      orderBy: { word: "asc" },
    });
    expect(rows).toEqual([
      { word: "banjir", docs: 3 },
      { word: "kemarau", docs: 1 },
      { word: "sawah", docs: 1 },
    ]);
    expect(await suggestQuery("kemarao")).toBe("kemarau");

    const draft = await createArticle({ status: "DRAFT", title: "Rancangan tentang ombak" });
    await addSearchWordsForArticle(draft.id);
    expect(await db.searchWord.count({ where: { word: "ombak" } })).toBe(0);
  });
});
