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

  it("leaves text it does not know as it is rather than losing it", () => {
    expect(translateServerText("en", "Sesuatu yang baru.")).toBe("Sesuatu yang baru.");
  });
});
