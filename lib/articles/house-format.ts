import type { ArticleDocument } from "@/lib/articles/document-schema";
import { countWords, documentSections, documentText } from "@/lib/articles/render-document";

// The house format: what the article page's anatomy needs from a submission. Required checks block
// submitting; recommended ones are shown but do not block. Pure, so the studio shows the same list
// the server enforces.

export const TITLE_MIN = 20;
export const TITLE_MAX = 120;
export const SUBTITLE_MAX = 200;
export const MIN_WORDS = 250;
/** From this length on, a piece needs numbered sections, as the reference article has. */
export const LONG_PIECE_WORDS = 600;

export type HouseFormatInput = {
  title: string;
  subtitle: string;
  datelineCity: string;
  sectionId: string | null;
  topicCount: number;
  hero: { url: string | null; caption: string; credit: string };
  body: ArticleDocument;
};

export type Check = {
  id: string;
  label: string;
  passed: boolean;
  required: boolean;
  hint?: string;
};

export function houseFormatChecks(input: HouseFormatInput): Check[] {
  const words = countWords(documentText(input.body));
  const sections = documentSections(input.body).length;
  const images = input.body.content.filter((node) => node.type === "image");
  const title = input.title.trim();
  return [
    {
      id: "title",
      label: `Judul ${TITLE_MIN}–${TITLE_MAX} karakter`,
      passed: title.length >= TITLE_MIN && title.length <= TITLE_MAX,
      required: true,
      hint: `Sekarang ${title.length} karakter.`,
    },
    {
      id: "subtitle",
      label: "Subjudul terisi (maksimal 200 karakter)",
      passed: input.subtitle.trim().length > 0 && input.subtitle.length <= SUBTITLE_MAX,
      required: true,
    },
    {
      id: "dateline",
      label: "Kota dateline terisi",
      passed: input.datelineCity.trim().length > 0,
      required: true,
    },
    { id: "section", label: "Rubrik dipilih", passed: Boolean(input.sectionId), required: true },
    {
      id: "length",
      label: `Minimal ${MIN_WORDS} kata`,
      passed: words >= MIN_WORDS,
      required: true,
      hint: `Sekarang ${words} kata.`,
    },
    {
      id: "sections",
      label: `Tulisan lebih dari ${LONG_PIECE_WORDS} kata memakai subjudul bernomor`,
      passed: words <= LONG_PIECE_WORDS || sections >= 1,
      required: true,
    },
    {
      id: "image-credits",
      label: "Setiap gambar punya keterangan dan kredit",
      passed:
        images.every(
          (node) => node.type === "image" && node.attrs.caption.trim() && node.attrs.credit.trim(),
        ) &&
        (!input.hero.url || Boolean(input.hero.caption.trim() && input.hero.credit.trim())),
      required: true,
    },
    { id: "hero", label: "Foto utama", passed: Boolean(input.hero.url), required: false },
    { id: "topics", label: "Minimal satu topik", passed: input.topicCount > 0, required: false },
  ];
}

export function failedRequiredChecks(checks: Check[]) {
  return checks.filter((check) => check.required && !check.passed);
}
