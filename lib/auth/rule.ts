import type { Role, WriterTier } from "@/lib/generated/prisma/enums";

// The building blocks of the per-entity policy tables (lib/<entity>/policy.ts). Kept apart from
// can.ts so a policy file can import them without importing the table that lists it.

export type Actor = {
  id: string;
  role: Role;
  tier: WriterTier;
  suspendedAt: Date | null;
};

/** A refusal with words for the person and a machine-readable reason (AppError details.reason). */
export type Denial = { message: string; reason: string };

export type Rule<R> = {
  allow: (actor: Actor, resource: R) => boolean | Denial;
  /** Whether a visitor who is not signed in may (default: never). */
  anonymous?: (resource: R) => boolean;
  /** A suspended account keeps this (default: no); suspension otherwise refuses everything. */
  whileSuspended?: boolean;
};

export function rule<R = undefined>(
  allow: Rule<R>["allow"],
  options: Omit<Rule<R>, "allow"> = {},
): Rule<R> {
  return { allow, ...options };
}

export const isEditor = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";
export const isAdmin = (actor: Actor) => actor.role === "ADMIN";
