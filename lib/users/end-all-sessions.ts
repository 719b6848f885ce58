import "server-only";
import type { Db } from "@/lib/db";

type UserWriter = { user: Pick<Db["user"], "update">; session: Pick<Db["session"], "deleteMany"> };

/**
 * Ends every session of a user at once by bumping sessionVersion: lib/auth/session.ts compares
 * each session's version with the database on every read. Runs inside the caller's transaction;
 * the caller has already established the right to do it (a reset link, `user:suspend`, the user
 * themself). Returns the new version, to sign the current browser in afresh when that is wanted.
 */
export async function endAllSessions(tx: UserWriter, userId: string): Promise<number> {
  // The rows go too (lib/auth/session-rows.ts): nothing is left to revive with an old version.
  await tx.session.deleteMany({ where: { userId } });
  const user = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}
