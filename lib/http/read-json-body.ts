import "server-only";
import { AppError } from "@/lib/errors";
import { cleanDeep } from "@/lib/text/clean-text";
import { exceedsJsonShape } from "@/lib/http/json-shape";

/** Body limits per kind of request, in bytes. Uploads have their own (lib/media/limits.ts). */
export const BODY_LIMITS = {
  /** A studio or desk save: a long article is ~100 KB of JSON; 1 MB leaves room, and stops abuse. */
  save: 1024 * 1024,
  /** Log-in and other small forms. */
  small: 16 * 1024,
} as const;

const TOO_LARGE = "Data yang dikirim terlalu besar.";

/**
 * Reads a request body as bytes, giving up as soon as it passes `limit` (Content-Length is checked
 * before a byte is read; a chunked body is counted while it streams): `request.json()` would buffer
 * whatever a client sends, and one 150 MB body used to take the process past its heap limit.
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE, { limit });
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE, { limit });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function isJsonContentType(headers: Headers): boolean {
  const type = (headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json";
}

/**
 * The JSON body of a state-changing request: `application/json` only (a cross-site form or
 * `text/plain` fetch cannot send that type without a CORS preflight, which this site never
 * grants), within `limit` bytes, at most 64 levels deep and 100,000 values, and cleaned of what
 * PostgreSQL cannot store (lib/text/clean-text.ts).
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (!isJsonContentType(request.headers))
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Permintaan harus berupa JSON.");
  const bytes = await readBodyBytes(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("INVALID", "Data yang dikirim tidak terbaca.");
  }
  if (exceedsJsonShape(value, { maxDepth: 64, maxNodes: 100_000 }))
    throw new AppError("INVALID", "Data yang dikirim terlalu bertingkat atau terlalu banyak.");
  return cleanDeep(value);
}
