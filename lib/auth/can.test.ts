import { describe, expect, it } from "vitest";
import { authorize, can, type Actor } from "@/lib/auth/can";

const actor = (id: string, role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  id,
  role,
  tier: "MEMBER",
  suspendedAt: null,
  ...extra,
});
const writer = actor("w1", "WRITER");
const otherWriter = actor("w2", "WRITER", { tier: "VERIFIED" });
const editor = actor("e1", "EDITOR");
const admin = actor("a1", "ADMIN");
const suspendedEditor = actor("e2", "EDITOR", { suspendedAt: new Date() });

const draft = { writerId: "w1", status: "DRAFT" as const };
const published = { writerId: "w1", status: "PUBLISHED" as const };

describe("can", () => {
  it("lets anyone read published articles and nobody but the writer and editors read drafts", () => {
    expect(can(null, "article:read", published)).toBe(true);
    expect(can(null, "article:read", draft)).toBe(false);
    expect(can(otherWriter, "article:read", draft)).toBe(false);
    expect(can(writer, "article:read", draft)).toBe(true);
    expect(can(editor, "article:read", { ...draft, status: "SUBMITTED" })).toBe(true);
  });

  it("keeps writers to their own drafts and away from publishing", () => {
    expect(can(writer, "article:edit", draft)).toBe(true);
    expect(can(otherWriter, "article:edit", draft)).toBe(false);
    expect(can(writer, "article:edit", published)).toBe(false);
    expect(can(writer, "article:publish", { ...draft, status: "SUBMITTED" })).toBe(false);
    expect(can(otherWriter, "article:publish", { ...draft, status: "SUBMITTED" })).toBe(false);
    expect(can(editor, "article:publish", { ...draft, status: "SUBMITTED" })).toBe(true);
  });

  it("refuses everything but reading to a suspended account", () => {
    expect(can(suspendedEditor, "article:publish", { ...draft, status: "SUBMITTED" })).toBe(false);
    expect(can(suspendedEditor, "desk:enter", undefined)).toBe(false);
  });

  it("reserves roles and the audit log to admins, and verification to editors", () => {
    expect(can(editor, "user:set-role", { id: "w1" })).toBe(false);
    expect(can(admin, "user:set-role", { id: "w1" })).toBe(true);
    expect(can(admin, "user:set-role", { id: "a1" })).toBe(false);
    expect(can(editor, "audit:read", undefined)).toBe(false);
    expect(can(admin, "audit:read", undefined)).toBe(true);
    expect(can(writer, "writer:verify", { id: "w2" })).toBe(false);
    expect(can(editor, "writer:verify", { id: "w2" })).toBe(true);
  });
});

describe("authorize", () => {
  it("tells anonymous visitors to log in and others that they may not", () => {
    expect(() => authorize(null, "desk:enter", undefined)).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED", status: 401 }),
    );
    expect(() => authorize(writer, "desk:enter", undefined)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", status: 403 }),
    );
    expect(() => authorize(editor, "desk:enter", undefined)).not.toThrow();
  });
});
