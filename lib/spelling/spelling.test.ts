import fs from "node:fs";
import nspell from "nspell";
import { beforeAll, describe, expect, it } from "vitest";
import { checkableWords } from "@/lib/spelling/extract-words";
import { hintFor } from "@/lib/spelling/hint-for";

// The vendored dictionary (public/spelling) through the same hint logic the studio's worker uses.
let spell: ReturnType<typeof nspell>;
beforeAll(() => {
  spell = nspell(
    fs.readFileSync("public/spelling/id_ID.aff", "utf8"),
    fs.readFileSync("public/spelling/id_ID.dic", "utf8"),
  );
}, 60_000);

describe("spelling hints", () => {
  it("offers the standard form first for common non-standard spellings", () => {
    expect(hintFor(spell, "merubah")).toMatchObject({
      nonstandard: true,
      suggestions: expect.arrayContaining(["mengubah"]),
    });
    expect(hintFor(spell, "merubah")?.suggestions[0]).toBe("mengubah");
    expect(hintFor(spell, "dirumah")?.suggestions[0]).toBe("di rumah");
    expect(hintFor(spell, "praktek")?.suggestions[0]).toBe("praktik");
  });

  it("accepts standard words and suggests for unknown ones", () => {
    for (const word of ["mengubah", "rumah", "praktik", "kecamatan", "pemerintahan", "diperbarui"])
      expect(hintFor(spell, word), word).toBeNull();
    expect(hintFor(spell, "kecamtan")).toMatchObject({
      nonstandard: false,
      suggestions: expect.arrayContaining(["kecamatan"]),
    });
  });

  it("checks lower-case words of three letters or more, and capitalised ones only when non-standard", () => {
    expect(
      checkableWords("Warga Bekasi merubah jalan di kampung. Dirumah ada 12 anak-anak, ya."),
    ).toEqual(["merubah", "jalan", "kampung", "Dirumah", "ada", "anak-anak"]);
  });
});
