import { AppError } from "@/lib/errors";

// An opaque keyset cursor: the (publishedAt, id) of the last article of a page. Pages of the
// newest-first list are read with `(publishedAt, id) < cursor`, never with OFFSET.

export type ArticleCursor = { publishedAt: Date; id: string };

export function encodeCursor(cursor: { publishedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.id])).toString("base64url");
}

export function decodeCursor(raw: string): ArticleCursor {
  const invalid = () => new AppError("INVALID", "Kursor tidak sah.", { field: "cursor" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [at, id] = parsed;
  const publishedAt = typeof at === "string" ? new Date(at) : new Date(NaN);
  if (Number.isNaN(publishedAt.getTime()) || typeof id !== "string" || id.length > 40)
    throw invalid();
  return { publishedAt, id };
}
