import "server-only";
import { db } from "@/lib/db";
import { countList } from "@/lib/articles/list-keys";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type WriterProfile = {
  id: string;
  username: string;
  displayName: string;
  bio: string;
  avatarUrl: string | null;
  verified: boolean;
  verifiedAt: string | null;
  isDemo: boolean;
  socialLinks: Record<string, string>;
  joinedAt: string;
  publishedCount: number;
};
export type WriterLookup =
  | { kind: "found"; writer: WriterProfile }
  | { kind: "redirect"; to: string }
  | { kind: "not-found" };

function linksOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

async function loadWriterProfile(username: string): Promise<WriterLookup> {
  const user = await db.user.findUnique({
    where: { username },
    select: {
      id: true,
      username: true,
      displayName: true,
      bio: true,
      avatarUrl: true,
      tier: true,
      verifiedAt: true,
      isDemo: true,
      socialLinks: true,
      createdAt: true,
      suspendedAt: true,
    },
  });
  if (!user) {
    const redirect = await db.slugRedirect.findUnique({
      where: { kind_oldSlug: { kind: "WRITER", oldSlug: username } },
    });
    const target =
      redirect &&
      (await db.user.findUnique({ where: { id: redirect.targetId }, select: { username: true } }));
    return target ? { kind: "redirect", to: `/penulis/${target.username}` } : { kind: "not-found" };
  }
  // A profile page exists once someone has published; suspended writers keep their published work's
  // byline. The trigger-kept count: a prolific writer's tens of thousands of rows are never counted.
  const publishedCount = await countList({ writerId: user.id });
  if (publishedCount === 0) return { kind: "not-found" };
  return {
    kind: "found",
    writer: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      bio: user.bio,
      avatarUrl: user.avatarUrl,
      verified: user.tier === "VERIFIED",
      verifiedAt: user.verifiedAt?.toISOString() ?? null,
      isDemo: user.isDemo,
      socialLinks: linksOf(user.socialLinks),
      joinedAt: user.createdAt.toISOString(),
      publishedCount,
    },
  };
}

/** The public profile of a writer with published work; old usernames redirect. */
export const getWriterProfile = cached(loadWriterProfile, "writer-profile", ([username]) => [
  tags.articles,
  `writer-name:${username}`,
]);
