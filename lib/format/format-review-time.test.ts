import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatReviewTime } from "@/lib/format/format-review-time";
import { catalogs } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";

function say(locale: Locale, seconds: number | null) {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "desk.reviewTime" });
  const { key, values } = formatReviewTime(seconds);
  return t(key, values);
}

describe("formatReviewTime", () => {
  it("says minutes, hours or days, and 'belum ada' before the first decision", () => {
    expect(say("id", null)).toBe("belum ada");
    expect(say("id", 10)).toBe("1 menit");
    expect(say("id", 45 * 60)).toBe("45 menit");
    expect(say("id", 5 * 3600 + 600)).toBe("5 jam");
    expect(say("id", 47 * 3600)).toBe("47 jam");
    expect(say("id", 3 * 86_400)).toBe("3 hari");
  });

  it("says the same in English, singular or plural", () => {
    expect(say("en", null)).toBe("none yet");
    expect(say("en", 10)).toBe("1 minute");
    expect(say("en", 45 * 60)).toBe("45 minutes");
    expect(say("en", 3600)).toBe("1 hour");
    expect(say("en", 47 * 3600)).toBe("47 hours");
    expect(say("en", 3 * 86_400)).toBe("3 days");
  });
});
