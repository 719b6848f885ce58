import { describe, expect, it } from "vitest";
import { translateServerText } from "./server-text";

describe("translateServerText", () => {
  it("keeps Indonesian as written and translates known text to English", () => {
    expect(translateServerText("id", "Periksa kembali isian Anda.")).toBe(
      "Periksa kembali isian Anda.",
    );
    expect(translateServerText("en", "Periksa kembali isian Anda.")).toBe(
      "Please check what you entered.",
    );
  });

  it("fills a template's variable parts into its English", () => {
    expect(translateServerText("en", "Bio maksimal 280 karakter.")).toBe(
      "The bio can be at most 280 characters.",
    );
    expect(translateServerText("en", "Ayu Lestari sudah Verified Writer.")).toBe(
      "Ayu Lestari is already a Verified Writer.",
    );
  });

  it("prefers the more specific template over a generic one", () => {
    expect(translateServerText("en", "Minimal penukaran minimal 10.")).toBe(
      "The minimum redemption must be at least 10.",
    );
    expect(translateServerText("en", "Nama pengguna minimal 3 karakter.")).toBe(
      "The username must be at least 3 characters.",
    );
  });

  it("leaves text it does not know as it is rather than losing it", () => {
    expect(translateServerText("en", "Sesuatu yang baru.")).toBe("Sesuatu yang baru.");
  });
});
