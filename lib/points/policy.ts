import { isAdmin, isEditor, rule } from "@/lib/auth/rule";

// Who may do what with points and payouts; joined into the one table of lib/auth/can.ts.

type UserRef = { id: string };

export const pointsPolicy = {
  /** A writer's balance, ledger and redemptions: their own, or anyone's for editors. */
  "points:read": rule<UserRef>((actor, user) => user.id === actor.id || isEditor(actor)),
  /** An editor grants a bonus to someone else. */
  "points:grant": rule<UserRef>((actor, user) => isEditor(actor) && user.id !== actor.id),
  /** A writer asks to cash in their own points. */
  "points:redeem": rule<UserRef>((actor, user) => user.id === actor.id),
  /** Approve, reject and mark paid; the rate and the minimum. Admins only: it is money. */
  "points:manage": rule((actor) => isAdmin(actor)),
  /** The desk's list of redemptions. */
  "points:desk": rule((actor) => isEditor(actor)),
};
