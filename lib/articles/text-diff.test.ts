import { describe, expect, it } from "vitest";
import {
  countChangedWords,
  diffWords,
  hasChanges,
  tokenize,
  type DiffPart,
} from "@/lib/articles/text-diff";

const side = (parts: DiffPart[], keep: "insert" | "delete") =>
  parts
    .filter((p) => p.type === "equal" || p.type === keep)
    .map((p) => p.text)
    .join("");

function expectRoundTrip(before: string, after: string) {
  const parts = diffWords(before, after);
  expect(side(parts, "delete")).toBe(before);
  expect(side(parts, "insert")).toBe(after);
  return parts;
}

describe("tokenize", () => {
  it("keeps words and whitespace so the text can be rebuilt", () => {
    expect(tokenize("Banjir  di\nJakarta.")).toEqual(["Banjir", "  ", "di", "\n", "Jakarta."]);
    expect(tokenize("")).toEqual([]);
  });
});

describe("diffWords", () => {
  it("finds nothing between equal texts", () => {
    const parts = diffWords("Warga membersihkan sungai.", "Warga membersihkan sungai.");
    expect(parts).toEqual([{ type: "equal", text: "Warga membersihkan sungai." }]);
    expect(hasChanges(parts)).toBe(false);
    expect(diffWords("", "")).toEqual([]);
  });

  it("marks an inserted word and a deleted word", () => {
    expect(diffWords("Warga membersihkan sungai.", "Warga Bekasi membersihkan sungai.")).toEqual([
      { type: "equal", text: "Warga " },
      { type: "insert", text: "Bekasi " },
      { type: "equal", text: "membersihkan sungai." },
    ]);
    expect(diffWords("Warga sedang membersihkan sungai.", "Warga membersihkan sungai.")).toEqual([
      { type: "equal", text: "Warga " },
      { type: "delete", text: "sedang " },
      { type: "equal", text: "membersihkan sungai." },
    ]);
  });

  it("shows a replaced phrase as one deletion followed by one insertion", () => {
    const parts = diffWords(
      "Rapat dimulai pukul sembilan pagi di balai desa.",
      "Rapat dimulai pukul sepuluh siang di balai desa.",
    );
    expect(parts).toEqual([
      { type: "equal", text: "Rapat dimulai pukul " },
      { type: "delete", text: "sembilan pagi" },
      { type: "insert", text: "sepuluh siang" },
      { type: "equal", text: " di balai desa." },
    ]);
    expect(countChangedWords(parts)).toEqual({ inserted: 2, deleted: 2 });
  });

  it("handles everything added or everything removed", () => {
    expect(diffWords("", "Teks baru")).toEqual([{ type: "insert", text: "Teks baru" }]);
    expect(diffWords("Teks lama", "")).toEqual([{ type: "delete", text: "Teks lama" }]);
  });

  it("compares paragraph by paragraph and leaves untouched paragraphs whole", () => {
    const before =
      "Paragraf satu tetap.\n\nParagraf dua berisi kesalahan ketik.\n\nParagraf tiga tetap.";
    const after =
      "Paragraf satu tetap.\n\nParagraf dua berisi kesalahan yang dibetulkan.\n\nParagraf tiga tetap.\n\nParagraf empat baru.";
    const parts = expectRoundTrip(before, after);
    expect(parts.filter((p) => p.type === "delete").map((p) => p.text)).toEqual(["ketik."]);
    expect(parts.filter((p) => p.type === "insert").map((p) => p.text.trim())).toEqual([
      "yang dibetulkan.",
      "Paragraf empat baru.",
    ]);
    expect(parts[0]).toEqual({
      type: "equal",
      text: "Paragraf satu tetap.\n\nParagraf dua berisi kesalahan ",
    });
  });

  it("rebuilds both texts exactly for random edits", () => {
    const vocabulary = [
      "warga",
      "banjir",
      "di",
      "Jakarta",
      "sungai",
      "pagi",
      "desa",
      "jalan",
      "baru",
      "lama",
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = (length: number) =>
      Array.from(
        { length },
        () => vocabulary[random(vocabulary.length)] + (random(8) === 0 ? "\n\n" : " "),
      )
        .join("")
        .trim();
    for (let i = 0; i < 200; i++) expectRoundTrip(text(random(40)), text(random(40)));
  });

  it("stays correct and quick for long, completely rewritten texts", () => {
    const before = Array.from({ length: 4000 }, (_, i) => `kata${i}`).join(" ");
    const after = Array.from({ length: 4000 }, (_, i) => `lain${i}`).join(" ");
    const started = Date.now();
    const parts = expectRoundTrip(before, after);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(countChangedWords(parts)).toEqual({ inserted: 4000, deleted: 4000 });
  });

  it("finds a small change inside a long paragraph", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `kata${i}`);
    const changed = [...words];
    changed[1500] = "GANTI";
    const parts = expectRoundTrip(words.join(" "), changed.join(" "));
    expect(parts.filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "kata1500" },
      { type: "insert", text: "GANTI" },
    ]);
  });
});
