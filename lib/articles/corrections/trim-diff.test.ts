import { describe, expect, it } from "vitest";
import { diffWords } from "@/lib/articles/text-diff";
import { trimDiffContext } from "@/lib/articles/corrections/trim-diff";

const words = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `kata${from + i}`).join(" ");

describe("trimDiffContext", () => {
  it("keeps each change with a few words around it and elides the rest", () => {
    const before = `${words(0, 40)} korban 12 orang ${words(40, 80)} di Cilandak ${words(80, 120)}`;
    const after = `${words(0, 40)} korban 21 orang ${words(40, 80)} di Cilandak Barat ${words(80, 120)}`;
    const parts = trimDiffContext(diffWords(before, after), 3)!;
    const text = parts.map((p) => (p.type === "equal" ? p.text : `[${p.type}:${p.text}]`)).join("");
    expect(text).toBe(
      "… kata38 kata39 korban [delete:12][insert:21] orang kata40 kata41 … kata79 di Cilandak[insert: Barat] kata80 kata81 kata82 …",
    );
  });

  it("is null when nothing changed", () => {
    expect(trimDiffContext(diffWords("sama saja", "sama saja"))).toBeNull();
  });
});
