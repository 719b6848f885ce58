import { z } from "zod";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";

// The article body is the editor's (Tiptap/ProseMirror) JSON document. Only these node and mark
// types exist; anything else a client sends is refused, never rendered. HTML is produced on the
// server from this structure (render-document.ts), so no client HTML is ever trusted.

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?![\/\\]))/i;
// Browsers treat "\" like "/" and ignore tabs and newlines in URLs, so "/\evil.test" would leave the site.
const UNSAFE_URL_CHARACTERS = /[\s\\\u0000-\u001f\u007f]/;

export const linkHref = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (href) => SAFE_URL.test(href) && !UNSAFE_URL_CHARACTERS.test(href),
    "Tautan harus diawali http://, https://, mailto: atau /",
  );

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: linkHref }).passthrough() }),
]);

const textNode = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(20_000),
  marks: z.array(markSchema).max(3).optional(),
});
const hardBreak = z.object({ type: z.literal("hardBreak") });
const inline = z.union([textNode, hardBreak]);

const paragraph = z.object({
  type: z.literal("paragraph"),
  content: z.array(inline).max(500).optional(),
});
const heading = z.object({
  type: z.literal("heading"),
  // Level 2 is a numbered section ("1. ..."); level 3 an unnumbered sub-heading.
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: z.array(inline).max(50).optional(),
});
const blockquote = z.object({
  type: z.literal("blockquote"),
  content: z.array(paragraph).min(1).max(20),
});

const imageUrl = z
  .string()
  .max(500)
  .refine((src) => /^\/(?!\/)[\w\-./]+$/.test(src), "Gambar harus diunggah ke Warta");
export const imageNode = z.object({
  type: z.literal("image"),
  attrs: z.object({
    src: imageUrl,
    alt: z.string().max(300).default(""),
    caption: z.string().trim().min(1, "Keterangan gambar wajib diisi").max(300),
    credit: z.string().trim().min(1, "Kredit gambar wajib diisi").max(150),
  }),
});
export const readAlsoNode = z.object({
  type: z.literal("readAlso"),
  attrs: z.object({ articleId: z.string().min(1).max(40) }),
});

type ListItem = { type: "listItem"; content: Array<z.infer<typeof paragraph> | List> };
type List = { type: "bulletList" | "orderedList"; content: ListItem[] };
const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.object({
    type: z.literal("listItem"),
    content: z
      .array(z.union([paragraph, list]))
      .min(1)
      .max(20),
  }),
);
const list: z.ZodType<List> = z.lazy(() =>
  z.object({
    type: z.enum(["bulletList", "orderedList"]),
    content: z.array(listItem).min(1).max(100),
  }),
);

const block = z.union([paragraph, heading, blockquote, imageNode, readAlsoNode, list]);

export const documentSchema = z.object({
  type: z.literal("doc"),
  content: z.array(block).max(2000),
});

export type ArticleDocument = z.infer<typeof documentSchema>;
export type BlockNode = z.infer<typeof block>;
export type InlineNode = z.infer<typeof inline>;
export type Mark = z.infer<typeof markSchema>;

export const emptyDocument: ArticleDocument = { type: "doc", content: [] };

/** The document as a Prisma JSON value (its recursive type is JSON by construction). */
export function documentJson(doc: ArticleDocument): InputJsonValue {
  return doc as unknown as InputJsonValue;
}
