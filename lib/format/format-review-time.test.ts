import { describe, expect, it } from "vitest";
import { formatReviewTime } from "@/lib/format/format-review-time";

describe("formatReviewTime", () => {
  it("says minutes, hours or days, and 'belum ada' before the first decision", () => {
    expect(formatReviewTime(null)).toBe("belum ada");
    expect(formatReviewTime(10)).toBe("1 menit");
    expect(formatReviewTime(45 * 60)).toBe("45 menit");
    expect(formatReviewTime(5 * 3600 + 600)).toBe("5 jam");
    expect(formatReviewTime(47 * 3600)).toBe("47 jam");
    expect(formatReviewTime(3 * 86_400)).toBe("3 hari");
  });
});
