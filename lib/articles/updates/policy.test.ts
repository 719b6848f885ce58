import { describe, expect, it } from "vitest";
import { can, type Actor } from "@/lib/auth/can";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { cast, policyTable } from "@/test/policy-table";

const article = (status: ArticleStatus, writerUpdatesAllowed = true) => ({
  writerId: "writer",
  status,
  writerUpdatesAllowed,
});
const verifiedWriter: Actor = { ...(cast.writer as Actor), tier: "VERIFIED" };

describe("live-update policy", () => {
  policyTable([
    // The cast's writer owns every article but is not Verified; "other" is Verified but not the writer.
    [
      "propose an update of a published article",
      (a) => can(a, "article:propose-update", article("PUBLISHED")),
      [],
    ],
    [
      "return a writer's update",
      (a) => can(a, "article:return-update", article("PUBLISHED")),
      ["editor", "admin"],
    ],
    [
      "return an update of an unpublished article",
      (a) => can(a, "article:return-update", article("UNPUBLISHED")),
      [],
    ],
    [
      "switch writers' updates on or off",
      (a) => can(a, "article:configure-updates", undefined),
      ["admin"],
    ],
  ]);

  it("lets the Verified writer propose an update of their own live article, while the site allows it", () => {
    expect(can(verifiedWriter, "article:propose-update", article("PUBLISHED"))).toBe(true);
    expect(can(verifiedWriter, "article:propose-update", article("PUBLISHED", false))).toBe(false);
    expect(can(verifiedWriter, "article:propose-update", article("DRAFT"))).toBe(false);
    expect(can(verifiedWriter, "article:propose-update", article("UNPUBLISHED"))).toBe(false);
    const suspended = { ...verifiedWriter, suspendedAt: new Date("2026-01-01") };
    expect(can(suspended, "article:propose-update", article("PUBLISHED"))).toBe(false);
  });
});
