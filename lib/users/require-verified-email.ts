import "server-only";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type UserReader = { user: Pick<typeof db.user, "findUnique"> };

/**
 * Refuses an actor whose email address is not verified yet (FORBIDDEN, details.reason
 * "EMAIL_UNVERIFIED"). Called by verbs that let a writer reach the editors, such as submitting an
 * article; it reads the database because the Actor carried by the session has no verification state.
 * Pass a transaction client to check inside the caller's transaction.
 */
export async function requireVerifiedEmail(
  actor: Actor | null,
  client: UserReader = db,
): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  const user = await client.user.findUnique({
    where: { id: actor.id },
    select: { emailVerifiedAt: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  if (!user.emailVerifiedAt) {
    throw new AppError(
      "FORBIDDEN",
      "Verifikasi email Anda terlebih dahulu. Buka tautan yang kami kirim ke email Anda, atau kirim ulang dari Studio.",
      {
        reason: "EMAIL_UNVERIFIED",
      },
    );
  }
}
