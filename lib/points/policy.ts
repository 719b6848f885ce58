import type { Actor } from "@/lib/auth/can";

// Who may do what with points and payouts. Wired into the one table of lib/auth/can.ts.

type UserRef = { id: string };

export type PointsRules = {
  /** A writer's balance, ledger and redemptions: their own, or anyone's for editors. */
  "points:read": UserRef;
  /** An editor grants a bonus to someone else. */
  "points:grant": UserRef;
  /** A writer asks to cash in their own points. */
  "points:redeem": UserRef;
  /** Approve, reject and mark paid; the rate and the minimum. Admins only: it is money. */
  "points:manage": undefined;
  /** The desk's list of redemptions. */
  "points:desk": undefined;
};

const isEditor = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";

export const pointsRules: {
  [A in keyof PointsRules]: (actor: Actor, r: PointsRules[A]) => boolean;
} = {
  "points:read": (actor, user) => user.id === actor.id || isEditor(actor),
  "points:grant": (actor, user) => isEditor(actor) && user.id !== actor.id,
  "points:redeem": (actor, user) => user.id === actor.id,
  "points:manage": (actor) => actor.role === "ADMIN",
  "points:desk": (actor) => isEditor(actor),
};
