import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/can";
import { updateProfile } from "@/lib/users/update-profile";
import { updateProfileSchema } from "@/lib/users/profile-input";
import { getOwnProfile } from "@/lib/users/get-own-profile";
import { createUser, resetDatabase, uniqueSuffix } from "@/test/factories";

const actorOf = (user: { id: string }): Actor => ({
  id: user.id,
  role: "WRITER",
  tier: "WRITER",
  suspendedAt: null,
});
const input = (
  user: { id: string; username: string; displayName: string },
  changes: Record<string, unknown> = {},
) =>
  updateProfileSchema.parse({
    userId: user.id,
    displayName: user.displayName,
    username: user.username,
    bio: "",
    ...changes,
  });

async function media(ownerId: string) {
  const hex = uniqueSuffix().padEnd(16, "0").slice(0, 16);
  return db.media.create({
    data: { ownerId, key: `2026/01/${hex}-256.webp`, width: 256, height: 256, bytes: 1000 },
  });
}

beforeEach(resetDatabase);

describe("updateProfile", () => {
  it("refuses a request naming another user's id", async () => {
    const me = await createUser({ username: "saya" });
    const other = await createUser({ username: "orang-lain", bio: "asli" });
    await expect(
      updateProfile(actorOf(me), input(other, { bio: "dibajak" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateProfile(null, input(me))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).bio).toBe("asli");
  });

  it("saves name, bio and http(s) social links, and audits the change", async () => {
    const me = await createUser({ username: "saya" });
    await updateProfile(
      actorOf(me),
      input(me, {
        displayName: "Nama Baru",
        bio: "Menulis dari Makassar.",
        website: "https://contoh.id",
        instagram: "",
      }),
    );
    const profile = await getOwnProfile(actorOf(me));
    expect(profile).toMatchObject({
      displayName: "Nama Baru",
      bio: "Menulis dari Makassar.",
      social: { website: "https://contoh.id", instagram: "", x: "", facebook: "" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).socialLinks).toEqual({
      "Situs web": "https://contoh.id",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: me.id, action: "user.profile_update" },
    });
    expect(audit.before).toMatchObject({ bio: "", displayName: me.displayName });
    expect(audit.after).toMatchObject({ bio: "Menulis dari Makassar.", displayName: "Nama Baru" });
  });

  it("refuses non-web links and a bio over 160 characters", () => {
    const base = { userId: "u", displayName: "Nama", username: "nama" };
    expect(updateProfileSchema.safeParse({ ...base, website: "javascript:alert(1)" }).success).toBe(
      false,
    );
    expect(updateProfileSchema.safeParse({ ...base, facebook: "ftp://contoh.id" }).success).toBe(
      false,
    );
    expect(updateProfileSchema.safeParse({ ...base, bio: "a".repeat(161) }).success).toBe(false);
    expect(updateProfileSchema.safeParse({ ...base, bio: "a".repeat(160) }).success).toBe(true);
  });

  it("records a redirect from the old username and removes one that named the new username", async () => {
    const me = await createUser({ username: "nama-lama" });
    const result = await updateProfile(actorOf(me), input(me, { username: "nama-baru" }));
    expect(result).toMatchObject({
      username: "nama-baru",
      previousUsername: "nama-lama",
      tags: expect.arrayContaining(["articles"]),
    });
    expect(
      await db.slugRedirect.findMany({ select: { kind: true, oldSlug: true, targetId: true } }),
    ).toEqual([{ kind: "WRITER", oldSlug: "nama-lama", targetId: me.id }]);

    // Back to the old name: its redirect row goes, the intermediate name redirects instead.
    await updateProfile(
      actorOf(me),
      input({ ...me, username: "nama-baru" }, { username: "nama-lama" }),
    );
    expect(await db.slugRedirect.findMany({ select: { oldSlug: true, targetId: true } })).toEqual([
      { oldSlug: "nama-baru", targetId: me.id },
    ]);
  });

  it("refuses a username someone else holds or held", async () => {
    const me = await createUser({ username: "saya" });
    const other = await createUser({ username: "dipakai" });
    await db.slugRedirect.create({
      data: { kind: "WRITER", oldSlug: "bekas-orang", targetId: other.id },
    });
    for (const username of ["dipakai", "bekas-orang"]) {
      await expect(updateProfile(actorOf(me), input(me, { username }))).rejects.toMatchObject({
        code: "INVALID",
        details: { fieldErrors: { username: [expect.any(String)] } },
      });
    }
  });

  it("takes the avatar from the actor's own upload only, and can remove it", async () => {
    const me = await createUser({ username: "saya" });
    const other = await createUser();
    const mine = await media(me.id);
    const theirs = await media(other.id);
    await expect(
      updateProfile(actorOf(me), input(me, { avatarMediaId: theirs.id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await updateProfile(actorOf(me), input(me, { avatarMediaId: mine.id }));
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).avatarUrl).toBe(
      `/media/${mine.key}`,
    );
    await updateProfile(actorOf(me), input(me, { removeAvatar: "on" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).avatarUrl).toBeNull();
  });
});
