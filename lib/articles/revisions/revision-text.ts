import { documentSchema } from "@/lib/articles/document-schema";
import { documentText } from "@/lib/articles/render-document";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The readable text of a stored body; an old body the schema no longer accepts reads as empty rather than failing the page. */
export function bodyTextOf(body: Prisma.JsonValue): string {
  const parsed = documentSchema.safeParse(body);
  return parsed.success ? documentText(parsed.data) : "";
}

/** Stored JSON compares by value: PostgreSQL's jsonb returns keys in a canonical order. */
export function sameContent(
  a: { title: string; subtitle: string; body: Prisma.JsonValue },
  b: { title: string; subtitle: string; body: Prisma.JsonValue },
) {
  return (
    a.title === b.title &&
    a.subtitle === b.subtitle &&
    JSON.stringify(a.body) === JSON.stringify(b.body)
  );
}
