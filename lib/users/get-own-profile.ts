import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { SOCIAL_FIELDS, type SocialField } from "@/lib/users/profile-input";

export type OwnProfile = {
  id: string;
  email: string;
  emailVerified: boolean;
  displayName: string;
  username: string;
  bio: string;
  avatarUrl: string | null;
  social: Record<SocialField, string>;
};

/** The actor's own profile as the profile form edits it. */
export async function getOwnProfile(actor: Actor | null): Promise<OwnProfile> {
  authorize(actor, "profile:edit", { id: actor?.id ?? "" });
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      emailVerifiedAt: true,
      displayName: true,
      username: true,
      bio: true,
      avatarUrl: true,
      socialLinks: true,
    },
  });
  const links =
    user.socialLinks && typeof user.socialLinks === "object" && !Array.isArray(user.socialLinks)
      ? (user.socialLinks as Record<string, unknown>)
      : {};
  const social = Object.fromEntries(
    SOCIAL_FIELDS.map(({ field, label }) => {
      const value = links[label] ?? links[field];
      return [field, typeof value === "string" ? value : ""];
    }),
  ) as Record<SocialField, string>;
  return {
    id: user.id,
    email: user.email,
    emailVerified: Boolean(user.emailVerifiedAt),
    displayName: user.displayName,
    username: user.username,
    bio: user.bio,
    avatarUrl: user.avatarUrl,
    social,
  };
}
