// The cast and the runner of the per-entity policy tables (lib/<entity>/policy.test.ts): each row is
// a question put to can() and the roles that must be let through; every other role must be refused.
import { expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";

const person = (id: string, role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  id,
  role,
  tier: "MEMBER",
  suspendedAt: null,
  ...extra,
});

/** "writer" is the owner of every article and the subject of "own" rows; "other" is another writer. */
export const cast = {
  visitor: null,
  writer: person("writer", "WRITER"),
  other: person("other", "WRITER", { tier: "VERIFIED" }),
  editor: person("editor", "EDITOR"),
  admin: person("admin", "ADMIN"),
  suspendedWriter: person("writer", "WRITER", { suspendedAt: new Date("2026-01-01") }),
  suspendedEditor: person("editor", "EDITOR", { suspendedAt: new Date("2026-01-01") }),
};

export type CastMember = keyof typeof cast;
const everyone = Object.keys(cast) as CastMember[];

export type PolicyRow = [question: string, ask: (actor: Actor | null) => boolean, CastMember[]];

/** One test per row: exactly the listed members of the cast are allowed. */
export function policyTable(rows: PolicyRow[]) {
  it.each(rows)("%s", (_question, ask, allowed) => {
    const answers = Object.fromEntries(everyone.map((who) => [who, ask(cast[who])]));
    const expected = Object.fromEntries(everyone.map((who) => [who, allowed.includes(who)]));
    expect(answers).toEqual(expected);
  });
}
