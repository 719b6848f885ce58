import { describe, expect, it } from "vitest";
import { localizedPath, splitLocale } from "./paths";

describe("localizedPath", () => {
  it("prefixes reader paths in English only", () => {
    expect(localizedPath("en", "/")).toBe("/en");
    expect(localizedPath("en", "/politik/judul?x=1")).toBe("/en/politik/judul?x=1");
    expect(localizedPath("id", "/politik")).toBe("/politik");
  });

  it("keeps app, API and foreign URLs as they are", () => {
    expect(localizedPath("en", "/tulis/artikel/1")).toBe("/tulis/artikel/1");
    expect(localizedPath("en", "/api/locale")).toBe("/api/locale");
    expect(localizedPath("en", "https://example.com/")).toBe("https://example.com/");
    expect(localizedPath("en", "//example.com/")).toBe("//example.com/");
  });
});

describe("splitLocale", () => {
  it("reads the English prefix and nothing that merely starts like it", () => {
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/en/cari")).toEqual({ locale: "en", path: "/cari" });
    expect(splitLocale("/entertainment")).toEqual({ locale: "id", path: "/entertainment" });
  });
});
