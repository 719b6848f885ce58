import { describe, expect, it } from "vitest";
import { authorize, can } from "@/lib/auth/can";
import { cast, policyTable } from "@/test/policy-table";

const account = (id: string, verified: boolean) => ({
  id,
  emailVerifiedAt: verified ? new Date("2026-01-01") : null,
});

describe("user policy", () => {
  policyTable([
    ["verify another writer", (a) => can(a, "writer:verify", { id: "other" }), ["editor", "admin"]],
    ["verify oneself", (a) => can(a, "writer:verify", { id: a?.id ?? "" }), []],
    ["set another user's role", (a) => can(a, "user:set-role", { id: "other" }), ["admin"]],
    ["set one's own role", (a) => can(a, "user:set-role", { id: a?.id ?? "" }), []],
    ["suspend another user", (a) => can(a, "user:suspend", { id: "other" }), ["editor", "admin"]],
    ["suspend oneself", (a) => can(a, "user:suspend", { id: a?.id ?? "" }), []],
    [
      "edit one's own profile",
      (a) => can(a, "profile:edit", { id: a?.id ?? "" }),
      ["writer", "other", "editor", "admin"],
    ],
    ["edit someone else's profile", (a) => can(a, "profile:edit", { id: "other-id" }), []],
    [
      "reach the editors, verified",
      (a) => can(a, "user:reach-editors", account(a?.id ?? "", true)),
      ["writer", "other", "editor", "admin"],
    ],
    [
      "reach the editors, unverified",
      (a) => can(a, "user:reach-editors", account(a?.id ?? "", false)),
      [],
    ],
    [
      "reach the editors on someone else's account",
      (a) => can(a, "user:reach-editors", account("x", true)),
      [],
    ],
  ]);

  it("says why an unverified address may not reach the editors", () => {
    expect(() => authorize(cast.writer, "user:reach-editors", account("writer", false))).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", details: { reason: "EMAIL_UNVERIFIED" } }),
    );
    expect(() => authorize(null, "user:reach-editors", account("writer", true))).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED" }),
    );
  });
});
