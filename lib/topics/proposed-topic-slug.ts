import { createHash } from "node:crypto";
import { slugify } from "@/lib/format/slug";

/** Letters, digits or symbols (emoji) that have no ASCII spelling after stripping accents. */
const UNSPELLABLE = /[\p{L}\p{N}\p{S}]/u;

const shortHash = (name: string) =>
  createHash("sha256").update(name.normalize("NFC").toLowerCase()).digest("hex").slice(0, 8);

/**
 * The slug of a topic a writer proposed. Latin names slugify as usual ("Banjir Jakarta" →
 * "banjir-jakarta"). A name with letters or emoji slugify cannot spell ("東京", "Kopi ☕") keeps
 * what it can and gets a stable hash of the whole name ("kopi-1f3a9c0e", "topik-5b2d77aa"), so it
 * is never dropped and never lands on another topic's slug. `disambiguate` adds the hash to any
 * name, for a slug already taken by a differently named topic ("C++" and "C#" both spell "c").
 */
export function proposedTopicSlug(name: string, disambiguate = false): string {
  const base = slugify(name, 50);
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\x00-\x7f]/g, "");
  if (!disambiguate && base && !UNSPELLABLE.test(ascii)) return base;
  return `${base || "topik"}-${shortHash(name)}`;
}
