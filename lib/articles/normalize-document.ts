import type { ArticleDocument } from "@/lib/articles/document-schema";

const isEmptyParagraph = (node: unknown) =>
  typeof node === "object" &&
  node !== null &&
  (node as { type?: unknown }).type === "paragraph" &&
  !((node as { content?: unknown[] }).content ?? []).length;

/** JSON with keys in sorted order: jsonb stores keys in its own order, the editor in another. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      )
      .join(",")}}`;
  return JSON.stringify(value);
}

/**
 * A document's identity for "did anything change?": the editor appends an empty paragraph after a
 * trailing image or list on opening, which is not a change anyone made, and key order is noise.
 */
export function normalizedDocument(doc: ArticleDocument | unknown): string {
  const content = Array.isArray((doc as ArticleDocument | null)?.content)
    ? [...(doc as ArticleDocument).content]
    : [];
  while (content.length && isEmptyParagraph(content[content.length - 1])) content.pop();
  return canonicalJson({ type: "doc", content });
}
