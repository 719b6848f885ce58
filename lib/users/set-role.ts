import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { findTargetUser } from "@/lib/users/find-target-user";
import { keepAnAdmin } from "@/lib/users/keep-an-admin";

export const setRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(["WRITER", "EDITOR", "ADMIN"], { error: "Pilih peran yang tersedia." }),
});
export type SetRoleInput = z.input<typeof setRoleSchema>;

/**
 * Makes or unmakes editors (and admins). Admins only, never on their own account, and never the
 * last active admin (keepAnAdmin, race-safe in the same transaction). The session reads the role from
 * the database on every request, so the change applies at once without ending sessions.
 */
export async function setRole(
  actor: Actor | null,
  input: SetRoleInput,
): Promise<{ changed: boolean }> {
  const { userId, role } = setRoleSchema.parse(input);
  authorize(actor, "user:set-role", { id: userId });
  return db.$transaction(async (tx) => {
    if (role !== "ADMIN") await keepAnAdmin(tx, userId);
    const user = await findTargetUser(tx, userId);
    if (user.role === role) return { changed: false };
    const { count } = await tx.user.updateMany({
      where: { id: userId, role: user.role },
      data: { role },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Akun ini baru saja diubah orang lain. Muat ulang halaman.");
    // An unmade editor must not keep articles claimed in the queue.
    if (role === "WRITER")
      await tx.article.updateMany({
        where: { claimedById: userId },
        data: { claimedById: null, claimedAt: null },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.set_role",
      targetType: "User",
      targetId: userId,
      before: { role: user.role },
      after: { role },
    });
    return { changed: true };
  });
}
