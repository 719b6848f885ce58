import type { Prisma } from "@/lib/generated/prisma/client";
import { bodyTextOf } from "@/lib/articles/revisions/revision-text";

/** What a reader reads, as plain text (title, subtitle, paragraphs), for word-level diffs of public changes. */
export function readableText(a: { title: string; subtitle: string; body: Prisma.JsonValue }) {
  return [a.title, a.subtitle, bodyTextOf(a.body)].filter(Boolean).join("\n\n");
}
