import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commentBodySchema } from "@/lib/comments/comment-body-schema";
import { explainCommentRefusal } from "@/lib/comments/explain-refusal";
import type { CommentTargetRef } from "@/lib/comments/policy";
import { translateServerText } from "@/lib/i18n/server-text";

// Every message the comment routes and the moderation actions can answer with, in English.
const SOURCES = [
  "lib/comments",
  "lib/reactions",
  "lib/reports",
  "app/api/comments",
  "app/[locale]/(desk)/redaksi/komentar/actions.ts",
];

function sourceFiles(entry: string): string[] {
  if (entry.endsWith(".ts")) return [entry];
  return readdirSync(entry, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(entry, item.name);
    if (item.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(item.name) && !item.name.endsWith(".test.ts") ? [full] : [];
  });
}

// Plain literals where a message is written: AppError's text, zod's error/message and the second
// argument of min/max/refine, and an action's success message.
const MESSAGE = new RegExp(
  [
    /AppError\(\s*"[A-Z_]+",\s*"([^"]+)"/,
    /\b(?:error|message):\s*"([^"]+)"/,
    /\.(?:min|max)\([^,()]+,\s*"([^"]+)"/,
    /\.refine\(\s*\([^)]*\)\s*=>[^,]+,\s*"([^"]+)"/,
  ]
    .map((r) => r.source)
    .join("|"),
  "g",
);

function literalMessages(): string[] {
  const found = new Set<string>();
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(MESSAGE)) {
      const message = match.slice(1).find(Boolean);
      if (message && /[a-z]{3,} [a-z]/.test(message)) found.add(message);
    }
  }
  return [...found];
}

const untranslated = (messages: string[]) =>
  messages.filter((message) => translateServerText("en", message) === message);

describe("comment server text in English", () => {
  it("translates every message the comment routes and moderation actions write", () => {
    const messages = literalMessages();
    expect(messages.length).toBeGreaterThan(40);
    expect(untranslated(messages)).toEqual([]);
  });

  it("translates the refusals with their variable parts", () => {
    const target: CommentTargetRef = {
      articleStatus: "PUBLISHED",
      commentsClosed: false,
      emailVerified: true,
      banned: true,
    };
    const until = new Date("2026-12-08T07:05:00Z");
    const banned = explainCommentRefusal(target, { until, reason: "Spam berulang" });
    expect(translateServerText("en", banned.message)).toMatch(
      /^You are barred from commenting until .+ WIB\. Reason: Spam berulang$/,
    );
    const forever = explainCommentRefusal(target, { until: null, reason: "Ujaran kebencian" });
    expect(translateServerText("en", forever.message)).toBe(
      "You are permanently barred from commenting. Reason: Ujaran kebencian",
    );

    const long = commentBodySchema.safeParse("a".repeat(2400));
    expect(translateServerText("en", long.error?.issues[0]?.message ?? "")).toBe(
      "Comments can be at most 2,000 characters. Please shorten yours.",
    );
  });

  it("words the rate limits' waits in English, one and many", () => {
    const en = (text: string) => translateServerText("en", text);
    expect(en("Anda terlalu cepat mengirim. Tunggu 1 menit lalu coba lagi.")).toBe(
      "You are posting too quickly. Wait a minute and try again.",
    );
    expect(en("Anda terlalu cepat mengirim. Tunggu 45 detik lalu coba lagi.")).toBe(
      "You are posting too quickly. Wait 45 seconds and try again.",
    );
    expect(en("Batas harian tercapai (50). Coba lagi dalam 1 jam.")).toBe(
      "Limit reached (50). Try again in an hour.",
    );
    expect(en("Batas harian tercapai (50). Coba lagi dalam 7 jam.")).toBe(
      "Limit reached (50). Try again in 7 hours.",
    );
  });
});
