// Reads the IndoSum demo corpus and converts each record into a Warta article. The texts belong to
// their publishers (CC BY-SA 4.0 through the dataset), so each keeps its source, URL and licence.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { documentSchema, type ArticleDocument } from "../../lib/articles/document-schema";
import { countWords, documentText, renderDocumentHtml } from "../../lib/articles/render-document";
import { cleanBody, DEFAULT_CITY, firstSentence } from "./corpus-text";
import { writersForSection } from "./demo-users";
import { casingStats, headlineCase, titleWords } from "./headline-case";
import { stableId, stableInt } from "./ids";
import { CATEGORY_SECTION, sectionFor, SECTIONS, topicsFor } from "./sections-and-topics";
import type { SeedArticle } from "./types";

export const CORPUS_LICENSE = "CC BY-SA 4.0 (IndoSum, Kurniawan & Louvan 2018)";

const PUBLISHER_NAMES: Record<string, string> = {
  "cnn indonesia": "CNN Indonesia",
  kumparan: "kumparan",
  "dailysocial.id": "DailySocial.id",
  antaranews: "ANTARA News",
  merdeka: "Merdeka.com",
  "juara.net": "Juara.net",
  suara: "Suara.com",
  rimanews: "Rimanews",
  "goal indonesia": "Goal Indonesia",
  poskotanews: "Poskota News",
};

const recordSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  body: z.string().min(1),
  summary: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  category: z.string(),
  tags: z.array(z.string()),
  url: z.string().url(),
  publisher: z.string(),
});
export type CorpusRecord = z.infer<typeof recordSchema>;

/** The corpus path: $WARTA_CORPUS, else the copy in the repository (data/, CC BY-SA 4.0, see LICENSE.md). */
export function corpusPath() {
  return (
    process.env.WARTA_CORPUS ||
    fileURLToPath(new URL("./data/indosum-dev.jsonl.gz", import.meta.url))
  );
}

/** The records of the corpus, or null when the file is not there (the seed then skips it). */
export function readCorpus(file = corpusPath()): CorpusRecord[] | null {
  if (!fs.existsSync(file)) return null;
  const raw = fs.readFileSync(file);
  const text = file.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = recordSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`corpus line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

const MINUTE = 60_000;
const WIB_OFFSET_MINUTES = 7 * 60;

/** The corpus has dates only: a stable time between 06:00 and 21:59 WIB, derived from the id. */
function publicationTimes(record: CorpusRecord) {
  const [y, m, d] = record.date.split("-").map(Number);
  const minuteOfDay = 6 * 60 + stableInt(`time:${record.id}`, 16 * 60);
  const publishedAt = new Date(Date.UTC(y, m - 1, d) + (minuteOfDay - WIB_OFFSET_MINUTES) * MINUTE);
  const submittedAt = new Date(
    publishedAt.getTime() - (15 + stableInt(`review:${record.id}`, 90)) * MINUTE,
  );
  const createdAt = new Date(
    submittedAt.getTime() - (30 + stableInt(`draft:${record.id}`, 240)) * MINUTE,
  );
  return { publishedAt, submittedAt, createdAt };
}

function paragraphsDocument(paragraphs: string[]): ArticleDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({
      type: "paragraph" as const,
      content: [{ type: "text" as const, text }],
    })),
  };
}

function topSection(sectionSlug: string) {
  return SECTIONS.find((s) => s.slug === sectionSlug)?.parent ?? sectionSlug;
}

export type ConvertResult = { articles: SeedArticle[]; invalid: number; droppedParagraphs: number };

/** Converts corpus records; records whose document does not validate are skipped and counted. */
export function convertCorpus(records: CorpusRecord[]): ConvertResult {
  const articles: SeedArticle[] = [];
  let invalid = 0;
  let droppedParagraphs = 0;

  for (const record of records) {
    const clean = cleanBody(record.body, record.publisher);
    droppedParagraphs += clean.dropped;
    const parsed = documentSchema.safeParse(paragraphsDocument(clean.paragraphs));
    if (!parsed.success || clean.paragraphs.length === 0) {
      invalid++;
      continue;
    }
    const body = parsed.data;
    const bodyText = documentText(body);
    const context = {
      category: record.category,
      publisher: record.publisher,
      tags: record.tags,
      text: bodyText,
    };
    const sectionSlug = sectionFor(context);
    const writers = writersForSection(topSection(sectionSlug));
    if (!writers.length)
      throw new Error(`no demo writer covers section ${sectionSlug} (category ${record.category})`);
    const publisher = PUBLISHER_NAMES[record.publisher] ?? record.publisher;

    articles.push({
      id: stableId("article", record.id),
      title: headlineCase(record.title, casingStats(clean.paragraphs.join("\n\n"))),
      slug: "",
      subtitle: firstSentence(record.summary || bodyText),
      datelineCity: clean.city ?? DEFAULT_CITY,
      body,
      bodyHtml: renderDocumentHtml(body),
      bodyText,
      wordCount: countWords(bodyText),
      sectionSlug,
      topicSlugs: topicsFor(context, titleWords(record.title).join(" "), sectionSlug),
      writerEmail: writers[stableInt(`writer:${record.id}`, writers.length)].email,
      ...publicationTimes(record),
      hero: null,
      featured: false,
      source: { name: publisher, url: record.url, license: CORPUS_LICENSE },
    });
  }
  return { articles, invalid, droppedParagraphs };
}

/** Sections every category maps to exist; a typo in the tables fails here, not halfway through the inserts. */
export function assertTaxonomy() {
  for (const section of Object.values(CATEGORY_SECTION)) {
    if (!SECTIONS.some((s) => s.slug === section)) throw new Error(`unknown section ${section}`);
  }
}
