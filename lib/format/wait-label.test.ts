import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { waitLabel } from "@/lib/format/wait-label";
import { catalogs } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";

const now = new Date("2030-01-01T12:00:00Z");

function say(locale: Locale, since: string) {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "desk.wait" });
  const { key, values } = waitLabel(new Date(since), now);
  return t(key, values);
}

describe("waitLabel", () => {
  it("says how long a submission has waited", () => {
    expect(say("id", "2030-01-01T11:59:40Z")).toBe("baru saja masuk");
    expect(say("id", "2030-01-01T11:35:00Z")).toBe("menunggu 25 menit");
    expect(say("id", "2030-01-01T09:00:00Z")).toBe("menunggu 3 jam");
    expect(say("id", "2029-12-28T12:00:00Z")).toBe("menunggu 4 hari");
  });

  it("says it in English with singular and plural", () => {
    expect(say("en", "2030-01-01T11:59:40Z")).toBe("just arrived");
    expect(say("en", "2030-01-01T11:59:00Z")).toBe("waiting 1 minute");
    expect(say("en", "2030-01-01T09:00:00Z")).toBe("waiting 3 hours");
    expect(say("en", "2029-12-30T12:00:00Z")).toBe("waiting 2 days");
  });

  it("never counts a clock running backwards", () => {
    expect(waitLabel(new Date("2030-01-01T12:05:00Z"), now)).toEqual({
      key: "justIn",
      values: { count: 0 },
    });
  });
});
