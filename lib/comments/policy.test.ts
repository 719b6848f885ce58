import { describe, expect, it } from "vitest";
import { authorize, can, type Actor } from "@/lib/auth/can";
import { EDIT_WINDOW_MS } from "@/lib/comments/policy";

const actor = (id: string, role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  id,
  role,
  tier: "MEMBER",
  suspendedAt: null,
  ...extra,
});
const reader = actor("r1", "WRITER");
const other = actor("r2", "WRITER");
const writer = actor("w1", "WRITER", { tier: "WRITER" });
const editor = actor("e1", "EDITOR");
const admin = actor("a1", "ADMIN");
const suspended = actor("r3", "WRITER", { suspendedAt: new Date() });

const open = {
  articleStatus: "PUBLISHED" as const,
  commentsClosed: false,
  emailVerified: true,
  banned: false,
};
const comment = (extra: Partial<Parameters<typeof can<"comment:edit">>[2]> = {}) => ({
  authorId: "r1",
  status: "PUBLISHED" as const,
  createdAt: new Date(),
  articleWriterId: "w1",
  ...extra,
});

describe("comment policy rows", () => {
  it("comment:create needs a published open article, a verified address and no ban", () => {
    expect(can(reader, "comment:create", open)).toBe(true);
    expect(can(null, "comment:create", open)).toBe(false);
    expect(can(suspended, "comment:create", open)).toBe(false);
    expect(can(reader, "comment:create", { ...open, articleStatus: "UNPUBLISHED" })).toBe(false);
    expect(can(reader, "comment:create", { ...open, commentsClosed: true })).toBe(false);
    expect(can(reader, "comment:create", { ...open, emailVerified: false })).toBe(false);
    expect(can(reader, "comment:create", { ...open, banned: true })).toBe(false);
    // Not even editors comment on a closed article: closing is for sensitive news.
    expect(can(editor, "comment:create", { ...open, commentsClosed: true })).toBe(false);
  });

  it("comment:edit is the author's, for ten minutes, while visible or held", () => {
    expect(can(reader, "comment:edit", comment())).toBe(true);
    expect(can(reader, "comment:edit", comment({ status: "HELD" }))).toBe(true);
    expect(can(other, "comment:edit", comment())).toBe(false);
    expect(can(editor, "comment:edit", comment())).toBe(false);
    const late = new Date(Date.now() - EDIT_WINDOW_MS - 1000);
    expect(can(reader, "comment:edit", comment({ createdAt: late }))).toBe(false);
    expect(can(reader, "comment:edit", comment({ status: "REMOVED" }))).toBe(false);
  });

  it("comment:delete is the author's only", () => {
    expect(can(reader, "comment:delete", comment())).toBe(true);
    expect(can(other, "comment:delete", comment())).toBe(false);
    expect(can(admin, "comment:delete", comment())).toBe(false);
    expect(can(reader, "comment:delete", comment({ status: "DELETED" }))).toBe(false);
  });

  it("comment:report is anyone's but the author's, on a visible comment", () => {
    expect(can(other, "comment:report", comment())).toBe(true);
    expect(can(reader, "comment:report", comment())).toBe(false);
    expect(can(null, "comment:report", comment())).toBe(false);
    expect(can(other, "comment:report", comment({ status: "HIDDEN" }))).toBe(false);
  });

  it("comment:hide is the article's writer's and the editors'", () => {
    expect(can(writer, "comment:hide", comment())).toBe(true);
    expect(can(editor, "comment:hide", comment())).toBe(true);
    expect(can(other, "comment:hide", comment())).toBe(false);
    expect(can(writer, "comment:hide", comment({ articleWriterId: "w9" }))).toBe(false);
  });

  it("moderation, bans, settings and article reports are for editors", () => {
    for (const action of [
      "comment:moderate",
      "comments:configure",
      "article-report:resolve",
    ] as const) {
      expect(can(editor, action, undefined)).toBe(true);
      expect(can(admin, action, undefined)).toBe(true);
      expect(can(writer, action, undefined)).toBe(false);
      expect(can(reader, action, undefined)).toBe(false);
      expect(can(null, action, undefined)).toBe(false);
      expect(can(actor("e2", "EDITOR", { suspendedAt: new Date() }), action, undefined)).toBe(
        false,
      );
    }
    expect(can(editor, "comment:ban", { id: "r1" })).toBe(true);
    expect(can(editor, "comment:ban", { id: "e1" })).toBe(false);
    expect(can(writer, "comment:ban", { id: "r1" })).toBe(false);
  });

  it("reactions and article reports are open to anonymous readers on published articles", () => {
    for (const action of ["reaction:set", "article:report"] as const) {
      expect(can(null, action, { status: "PUBLISHED" })).toBe(true);
      expect(can(reader, action, { status: "PUBLISHED" })).toBe(true);
      expect(can(null, action, { status: "UNPUBLISHED" })).toBe(false);
      expect(can(reader, action, { status: "DRAFT" })).toBe(false);
    }
  });

  it("authorize says UNAUTHENTICATED to the anonymous and FORBIDDEN to others", () => {
    expect(() => authorize(null, "comment:moderate", undefined)).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
    expect(() => authorize(reader, "comment:moderate", undefined)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});
