import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { checkUploadQuota } from "@/lib/media/upload-quota";

/**
 * Who may store a new image, checked before a byte of the upload is read: a signed-in member with a
 * verified address, within the daily quota (lib/media/upload-quota.ts).
 */
export async function authorizeUpload(actor: Actor | null): Promise<Actor> {
  authorize(actor, "media:browse", undefined);
  const account = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, emailVerifiedAt: true },
  });
  authorize(actor, "media:upload", account);
  await checkUploadQuota(actor);
  return actor;
}
