import { isAdmin, isEditor, rule } from "@/lib/auth/rule";

// Who may change an account: its owner, editors (verification, suspension), admins (roles).

type UserRef = { id: string };
/** The acting user's own account record, read from the database (the session does not carry it). */
type OwnAccount = { id: string; emailVerifiedAt: Date | null };

export const EMAIL_UNVERIFIED = {
  message:
    "Verifikasi email Anda terlebih dahulu. Buka tautan yang kami kirim ke email Anda, atau kirim ulang dari Studio.",
  reason: "EMAIL_UNVERIFIED",
};

export const userPolicy = {
  "writer:verify": rule<UserRef>((actor, user) => isEditor(actor) && user.id !== actor.id),
  "user:set-role": rule<UserRef>((actor, user) => isAdmin(actor) && user.id !== actor.id),
  "user:suspend": rule<UserRef>((actor, user) => isEditor(actor) && user.id !== actor.id),
  "profile:edit": rule<UserRef>((actor, user) => user.id === actor.id),
  /**
   * Sending something to the editors (submitting an article) needs a verified address: the desk
   * answers by email, and an unverified one may be a typo or someone else's.
   */
  "user:reach-editors": rule<OwnAccount>((actor, account) =>
    account.id !== actor.id ? false : account.emailVerifiedAt ? true : EMAIL_UNVERIFIED,
  ),
};
