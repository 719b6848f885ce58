import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { safeNextPath } from "@/lib/auth/safe-next-path";

describe("isSameOrigin", () => {
  const site = "https://warta.example";
  it("accepts the site's origin or the addressed host and refuses others or none", () => {
    expect(
      isSameOrigin(new Headers({ origin: "https://warta.example", host: "internal:3000" }), site),
    ).toBe(true);
    expect(
      isSameOrigin(new Headers({ origin: "http://localhost:3210", host: "localhost:3210" }), site),
    ).toBe(true);
    expect(
      isSameOrigin(new Headers({ origin: "https://jahat.example", host: "warta.example" }), site),
    ).toBe(false);
    expect(isSameOrigin(new Headers({ origin: "null", host: "warta.example" }), site)).toBe(false);
    expect(isSameOrigin(new Headers({ host: "warta.example" }), site)).toBe(false);
    expect(
      isSameOrigin(new Headers({ origin: "null", "sec-fetch-site": "same-origin" }), site),
    ).toBe(true);
    expect(
      isSameOrigin(new Headers({ origin: "null", "sec-fetch-site": "cross-site" }), site),
    ).toBe(false);
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site and nothing else", () => {
    expect(safeNextPath("/tulis/profil")).toBe("/tulis/profil");
    expect(safeNextPath("//jahat.example")).toBe("/tulis");
    expect(safeNextPath("/\\jahat.example")).toBe("/tulis");
    expect(safeNextPath("/\t/jahat.example")).toBe("/tulis");
    expect(safeNextPath("https://jahat.example")).toBe("/tulis");
    expect(safeNextPath(undefined, "/")).toBe("/");
  });
});
