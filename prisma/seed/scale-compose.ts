// The deterministic recipe of a scale-seeded article: which corpus paragraphs, title halves,
// section, writer, status and date article number i gets. Everything derives from i (and the run's
// fixed start time), so a resumed run regenerates exactly what an interrupted one would have written.
import { escapeHtml } from "../../lib/articles/render-document";
import { slugify } from "../../lib/format/slug";
import type { SeedArticle } from "./types";

export type ScaleStatus =
  | "PUBLISHED"
  | "DRAFT"
  | "SUBMITTED"
  | "IN_REVIEW"
  | "CHANGES_REQUESTED"
  | "REJECTED"
  | "UNPUBLISHED";

/** The corpus cut into reusable pieces: paragraphs (with their JSON and HTML) and title words. */
export type ScalePool = {
  paragraphs: { text: string; json: string; html: string; words: number }[];
  articles: {
    paragraphIds: number[];
    titleWords: string[];
    subtitle: string;
    sectionSlug: string;
    topicSlugs: string[];
    city: string;
    source: SeedArticle["source"];
  }[];
  /** Corpus article indices by section slug, for same-section recombination. */
  bySection: Map<string, number[]>;
};

export type ScaleRecipe = {
  index: number;
  lead: number;
  paragraphIds: number[];
  title: string;
  /** Title words of the lead kept, then the other article's words from `otherFrom` on. */
  titleParts: { lead: number; leadWords: number; other: number; otherFrom: number };
  writer: number;
  status: ScaleStatus;
  time: number;
  /** Published articles that were corrected once have a second revision. */
  revisions: 1 | 2;
  viewCount: number;
};

const YEAR_MS = 365.25 * 86_400_000;
export const SCALE_YEARS = 10;
/** The newest articles are where a desk's queue lives: at most this many are still in review. */
const PENDING_WINDOW = 1000;

/** mulberry32: a tiny seeded PRNG, so article i is the same on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildPool(corpus: SeedArticle[]): ScalePool {
  const paragraphs: ScalePool["paragraphs"] = [];
  const articles: ScalePool["articles"] = [];
  const bySection = new Map<string, number[]>();
  for (const article of corpus) {
    const paragraphIds: number[] = [];
    for (const node of article.body.content) {
      if (node.type !== "paragraph" || !node.content?.length) continue;
      const text = node.content.map((n) => (n.type === "text" ? n.text : " ")).join("");
      if (!text.trim()) continue;
      paragraphIds.push(paragraphs.length);
      paragraphs.push({
        text,
        json: JSON.stringify({ type: "paragraph", content: [{ type: "text", text }] }),
        html: `<p>${escapeHtml(text)}</p>`,
        words: text.split(/\s+/).filter(Boolean).length,
      });
    }
    if (!paragraphIds.length) continue;
    const index = articles.length;
    articles.push({
      paragraphIds,
      titleWords: article.title.split(" ").filter(Boolean),
      subtitle: article.subtitle,
      sectionSlug: article.sectionSlug,
      topicSlugs: article.topicSlugs,
      city: article.datelineCity,
      source: article.source,
    });
    const list = bySection.get(article.sectionSlug) ?? [];
    list.push(index);
    bySection.set(article.sectionSlug, list);
  }
  return { paragraphs, articles, bySection };
}

function pickStatus(index: number, total: number, r: number): ScaleStatus {
  const pendingFrom = total - Math.min(PENDING_WINDOW, Math.ceil(total * 0.02));
  if (index >= pendingFrom) {
    if (r < 0.3) return "SUBMITTED";
    if (r < 0.38) return "IN_REVIEW";
    if (r < 0.46) return "CHANGES_REQUESTED";
    if (r < 0.52) return "DRAFT";
    return "PUBLISHED";
  }
  if (r < 0.92) return "PUBLISHED";
  if (r < 0.96) return "DRAFT";
  if (r < 0.985) return "REJECTED";
  return "UNPUBLISHED";
}

/** Article i of `total`: dates rise with i over ten years before `startedAt`. */
export function recipe(
  pool: ScalePool,
  index: number,
  total: number,
  writers: number,
  startedAt: number,
): ScaleRecipe {
  const r = random(index * 2654435761 + 97);
  const lead = Math.floor(r() * pool.articles.length);
  const leadArticle = pool.articles[lead];
  const siblings = pool.bySection.get(leadArticle.sectionSlug) ?? [lead];
  const other = siblings[Math.floor(r() * siblings.length)];
  const otherArticle = pool.articles[other];

  const keep = Math.min(leadArticle.paragraphIds.length, 2 + Math.floor(r() * 5));
  const paragraphIds = leadArticle.paragraphIds.slice(0, keep);
  const extra = Math.floor(r() * 3);
  for (let n = 0; n < extra && n < otherArticle.paragraphIds.length; n++)
    paragraphIds.push(otherArticle.paragraphIds[otherArticle.paragraphIds.length - 1 - n]);

  const leadWords = Math.max(1, Math.ceil(leadArticle.titleWords.length * (0.4 + r() * 0.3)));
  const otherFrom = Math.min(
    otherArticle.titleWords.length - 1,
    Math.floor(otherArticle.titleWords.length * (0.4 + r() * 0.3)),
  );
  const title = [
    ...leadArticle.titleWords.slice(0, leadWords),
    ...otherArticle.titleWords.slice(Math.max(otherFrom, 0)),
  ].join(" ");

  // A few prolific writers and a long tail: writer k gets a share falling like a power law.
  const writer = Math.min(writers - 1, Math.floor(writers * Math.pow(r(), 2.5)));
  const span = SCALE_YEARS * YEAR_MS;
  const time = Math.round(startedAt - span + ((index + r()) / total) * span);
  const status = pickStatus(index, total, r());
  return {
    index,
    lead,
    paragraphIds,
    title,
    titleParts: { lead, leadWords, other, otherFrom: Math.max(otherFrom, 0) },
    writer,
    status,
    time,
    revisions: status === "PUBLISHED" && r() < 0.15 ? 2 : 1,
    viewCount: status === "PUBLISHED" ? Math.floor(20 + 6000 * Math.pow(r(), 4)) : 0,
  };
}

/** A slug that cannot collide: the title's words plus the article number in base 36. */
export const scaleSlug = (rec: ScaleRecipe) =>
  `${slugify(rec.title, 72) || "artikel"}-${rec.index.toString(36)}`;

export function documentStrings(pool: ScalePool, rec: ScaleRecipe) {
  const parts = rec.paragraphIds.map((id) => pool.paragraphs[id]);
  return {
    json: `{"type":"doc","content":[${parts.map((p) => p.json).join(",")}]}`,
    html: parts.map((p) => p.html).join("\n"),
    text: parts.map((p) => p.text).join("\n\n"),
    words: parts.reduce((sum, p) => sum + p.words, 0),
  };
}
