import { describe, expect, it } from "vitest";
import { SEARCH_MESSAGES } from "@/lib/search/search-query";
import { translateServerText } from "./server-text";

describe("the search page's messages in English", () => {
  it("translates every message the search can answer with, the length limit included", () => {
    for (const message of Object.values(SEARCH_MESSAGES)) {
      const english = translateServerText("en", message);
      expect(english, message).not.toBe(message);
      expect(english).not.toMatch(/\b(kata|kunci|karakter|maksimal)\b/i);
    }
    expect(translateServerText("en", SEARCH_MESSAGES.too_long)).toMatch(
      /^The keyword is too long \(at most \d+ characters\)\.$/,
    );
  });
});
