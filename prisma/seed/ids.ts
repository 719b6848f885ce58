import { createHash } from "node:crypto";

// Seeded rows get ids derived from a stable key (the corpus id, an email, a slug), so a reseed
// with --force recreates the same ids and old links to /demo content keep pointing somewhere.

function digest(key: string) {
  return createHash("sha256").update(`warta-seed:${key}`).digest();
}

/** A cuid-shaped id ("c" + 24 base-36 characters), stable for the same kind and key. */
export function stableId(kind: string, key: string) {
  const bytes = digest(`${kind}:${key}`);
  let out = "";
  for (let i = 0; out.length < 24; i++) out += (bytes[i % bytes.length] % 36).toString(36);
  return `c${out}`;
}

/** A deterministic non-negative integer below `modulo`, for spreading rows without a random source. */
export function stableInt(key: string, modulo: number) {
  return digest(key).readUInt32BE(0) % modulo;
}
