import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

// The word list that holds a comment for moderation: the one shipped in moderation-words.txt,
// unless an editor saved another on the desk (SiteSettings.moderationWords).

let shipped: string[] | undefined;

export function parseWordList(text: string): string[] {
  const words = text
    .split("\n")
    .map((line) => line.trim().toLowerCase().replace(/\s+/g, " "))
    .filter((line) => line && !line.startsWith("#"));
  return [...new Set(words)];
}

export function shippedModerationWords(): string[] {
  shipped ??= parseWordList(
    fs.readFileSync(path.join(process.cwd(), "lib/comments/moderation-words.txt"), "utf8"),
  );
  return shipped;
}

export async function moderationWords(): Promise<string[]> {
  const settings = await db.siteSettings.findUnique({
    where: { id: 1 },
    select: { moderationWords: true, moderationWordsEdited: true },
  });
  return settings?.moderationWordsEdited ? settings.moderationWords : shippedModerationWords();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first listed word or phrase that occurs in `text` as whole words, or null. */
export function matchModerationWord(text: string, words: string[]): string | null {
  const normalized = text.toLowerCase().normalize("NFKC");
  for (const word of words) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${word.split(" ").map(escapeRegExp).join("\\s+")}(?![\\p{L}\\p{N}])`,
      "u",
    );
    if (pattern.test(normalized)) return word;
  }
  return null;
}
