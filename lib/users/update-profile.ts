import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { findOwnedMedia } from "@/lib/media/find-owned-media";
import { SOCIAL_FIELDS, type UpdateProfileInput } from "@/lib/users/profile-input";

const USERNAME_TAKEN = "Nama pengguna ini sudah dipakai. Pilih yang lain.";

export type UpdateProfileResult = {
  username: string;
  previousUsername: string;
  /** Cache tags of the writer's public pages; the caller revalidates them. */
  tags: string[];
};

/**
 * Saves the actor's own public profile. A changed username leaves a WRITER redirect from the old
 * one (old /penulis/<old> links keep working) and takes back a redirect row that named the new
 * one, if it was the actor's own former name; someone else's former name is not available.
 */
export async function updateProfile(
  actor: Actor | null,
  input: UpdateProfileInput,
): Promise<UpdateProfileResult> {
  authorize(actor, "profile:edit", { id: input.userId });
  const current = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { username: true, displayName: true, bio: true, avatarUrl: true, socialLinks: true },
  });

  const renamed = input.username !== current.username;
  if (renamed) {
    const [owner, redirect] = await Promise.all([
      db.user.findUnique({ where: { username: input.username }, select: { id: true } }),
      db.slugRedirect.findUnique({
        where: { kind_oldSlug: { kind: "WRITER", oldSlug: input.username } },
        select: { targetId: true },
      }),
    ]);
    if ((owner && owner.id !== actor.id) || (redirect && redirect.targetId !== actor.id)) {
      throw new AppError("INVALID", "Periksa kembali isian yang ditandai.", {
        fieldErrors: { username: [USERNAME_TAKEN] },
      });
    }
  }

  let avatarUrl = current.avatarUrl;
  if (input.avatarMediaId) avatarUrl = (await findOwnedMedia(actor, input.avatarMediaId)).url;
  else if (input.removeAvatar) avatarUrl = null;

  const socialLinks: Record<string, string> = {};
  for (const { field, label } of SOCIAL_FIELDS) {
    const url = input[field];
    if (url) socialLinks[label] = url;
  }

  const after = {
    displayName: input.displayName,
    username: input.username,
    bio: input.bio,
    avatarUrl,
    socialLinks,
  };
  const before = {
    displayName: current.displayName,
    username: current.username,
    bio: current.bio,
    avatarUrl: current.avatarUrl,
    socialLinks: current.socialLinks,
  };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
    (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
  );

  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.id }, data: after });
      if (renamed) {
        await tx.slugRedirect.deleteMany({ where: { kind: "WRITER", oldSlug: input.username } });
        await tx.slugRedirect.upsert({
          where: { kind_oldSlug: { kind: "WRITER", oldSlug: current.username } },
          create: { kind: "WRITER", oldSlug: current.username, targetId: actor.id },
          update: { targetId: actor.id },
        });
      }
      if (changed.length) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "user.profile_update",
          targetType: "User",
          targetId: actor.id,
          before: Object.fromEntries(
            changed.map((key) => [key, before[key]]),
          ) as Prisma.InputJsonObject,
          after: Object.fromEntries(
            changed.map((key) => [key, after[key]]),
          ) as Prisma.InputJsonObject,
        });
      }
    });
  } catch (error) {
    // Someone took the username between the check and the save.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("INVALID", "Periksa kembali isian yang ditandai.", {
        fieldErrors: { username: [USERNAME_TAKEN] },
      });
    }
    throw error;
  }

  return {
    username: input.username,
    previousUsername: current.username,
    // Bylines and writer boxes show name and avatar on every list, so all article lists go stale.
    tags: [
      tags.articles,
      tags.writer(actor.id),
      `writer-name:${current.username}`,
      `writer-name:${input.username}`,
    ],
  };
}
