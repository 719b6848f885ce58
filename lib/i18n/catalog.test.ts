import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { catalogs } from "./catalog";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const id = flatten(catalogs.id as unknown as Tree);
const en = flatten(catalogs.en as unknown as Tree);

// Words that only Indonesian copy contains; an English value with one is an untranslated string.
const INDONESIAN =
  /\b(dan|yang|tidak|untuk|dengan|ini|itu|atau|dari|pada|sudah|belum|akan|bisa|harus|kami|anda|artikel|berita|penulis|redaksi|simpan|kirim|masuk|keluar|daftar|cari|halaman|rubrik|ralat|terbit|diterbitkan|komentar|sandi|tulis|batal|hapus|ubah|baru|menit|jam|hari)\b/i;
// Values that are the same in both languages on purpose: names, and each language's own name.
const SAME_IN_BOTH = new Set(["Warta", "Menu", "Studio", "Bahasa Indonesia", "English"]);

describe("message catalogs", () => {
  it("have the same keys in every language", () => {
    expect([...en.keys()].filter((k) => !id.has(k))).toEqual([]);
    expect([...id.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it("are all listed (scripts/i18n-index.mjs has run since the last area was added)", () => {
    const check = spawnSync(process.execPath, ["scripts/i18n-index.mjs", "--check"], {
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("have no empty message", () => {
    for (const [key, value] of [...id, ...en]) expect(value.trim(), key).not.toBe("");
  });

  it("leave no Indonesian in the English interface", () => {
    const untranslated = [...en].filter(
      ([key, value]) =>
        (INDONESIAN.test(value.replace(/\{[^}]*\}/g, "")) || value === id.get(key)) &&
        !SAME_IN_BOTH.has(value) &&
        !key.endsWith(".id"),
    );
    expect(untranslated).toEqual([]);
  });

  it("use the same placeholders and tags in both languages", () => {
    const names = (value: string) =>
      [...value.matchAll(/\{(\w+)\s*[,}]|<(\w+)>/g)]
        .map((m) => m[1] ?? m[2])
        .sort((a, b) => a.localeCompare(b));
    for (const [key, value] of id) {
      expect(names(en.get(key) ?? ""), key).toEqual(names(value));
    }
  });
});
