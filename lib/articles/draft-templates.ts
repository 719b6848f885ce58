import type { ArticleDocument } from "@/lib/articles/document-schema";

// Starting points for a new draft, as IDN Times offers its community writers: a narrative piece,
// or a listicle whose numbered sections (level-2 headings, numbered on the page) are pre-filled.

export const DRAFT_TEMPLATES = ["kosong", "narasi", "listicle"] as const;
export type DraftTemplate = (typeof DRAFT_TEMPLATES)[number];

const paragraph = (text: string) => ({
  type: "paragraph" as const,
  content: [{ type: "text" as const, text }],
});
const section = (title: string) => ({
  type: "heading" as const,
  attrs: { level: 2 as const },
  content: [{ type: "text" as const, text: title }],
});

const ORDINALS = ["pertama", "kedua", "ketiga", "keempat", "kelima"];

export function templateDocument(template: DraftTemplate): ArticleDocument {
  if (template === "narasi")
    return {
      type: "doc",
      content: [
        paragraph("Teras: tulis inti cerita dalam satu-dua kalimat — siapa, apa, kapan, di mana."),
        paragraph("Latar: apa yang terjadi sebelumnya dan mengapa ini penting bagi pembaca."),
        paragraph("Isi: uraikan kejadian, kutipan narasumber, data dan sumbernya."),
        paragraph("Penutup: apa yang terjadi selanjutnya, atau pesan yang ingin Anda tinggalkan."),
      ],
    };
  if (template === "listicle")
    return {
      type: "doc",
      content: [
        paragraph("Pembuka: satu paragraf yang menjelaskan isi daftar ini dan untuk siapa."),
        ...ORDINALS.flatMap((ordinal) => [
          section(`Judul poin ${ordinal}`),
          paragraph(`Jelaskan poin ${ordinal} dalam dua-tiga kalimat.`),
        ]),
        paragraph("Penutup: rangkum daftar atau ajak pembaca berbagi pengalamannya."),
      ],
    };
  return { type: "doc", content: [] };
}
