import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type UserReader = { user: Pick<Db["user"], "findUnique"> };

/** The account a desk verb acts on, with the fields those verbs decide by; NOT_FOUND when it is gone. */
export async function findTargetUser(client: UserReader, userId: string) {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      tier: true,
      verifiedAt: true,
      verifiedById: true,
      suspendedAt: true,
      displayName: true,
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "Pengguna tidak ditemukan.");
  return user;
}
