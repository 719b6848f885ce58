import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { listWriters } from "@/lib/users/list-writers";
import { revokeVerification } from "@/lib/users/revoke-verification";
import { setRole, type SetRoleInput } from "@/lib/users/set-role";
import { suspendUser } from "@/lib/users/suspend-user";
import { unsuspendUser } from "@/lib/users/unsuspend-user";
import { verifyWriter } from "@/lib/users/verify-writer";
import { createArticle, createUser, resetDatabase } from "@/test/factories";

type UserRow = Awaited<ReturnType<typeof createUser>>;
const asActor = (user: UserRow): Actor => ({
  id: user.id,
  role: user.role,
  tier: user.tier,
  suspendedAt: user.suspendedAt,
});
const auditOf = (targetId: string) =>
  db.auditLog.findMany({
    where: { targetId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });

let admin: Actor;
let editor: Actor;
let suspendedEditor: Actor;
let writer: UserRow;
let verifiedWriter: Actor;

beforeEach(async () => {
  await resetDatabase();
  admin = asActor(await createUser({ role: "ADMIN", displayName: "Admin Uji" }));
  editor = asActor(await createUser({ role: "EDITOR", displayName: "Editor Uji" }));
  suspendedEditor = asActor(await createUser({ role: "EDITOR", suspendedAt: new Date() }));
  writer = await createUser({ displayName: "Bima Penulis", email: "bima@example.test" });
  verifiedWriter = asActor(await createUser({ tier: "VERIFIED", verifiedAt: new Date() }));
});

describe("verifyWriter", () => {
  it("grants VERIFIED with who and when, audits, notifies the writer and names the tags to revalidate", async () => {
    const result = await verifyWriter(editor, writer.id);
    expect(result.tags).toEqual(["articles", `writer:${writer.id}`]);
    const stored = await db.user.findUniqueOrThrow({ where: { id: writer.id } });
    expect(stored).toMatchObject({ tier: "VERIFIED", verifiedById: editor.id });
    expect(stored.verifiedAt).toBeInstanceOf(Date);
    const audit = await auditOf(writer.id);
    expect(audit).toEqual([
      {
        action: "user.verify",
        actorId: editor.id,
        before: { tier: "MEMBER" },
        after: expect.objectContaining({ tier: "VERIFIED", verifiedById: editor.id }),
      },
    ]);
    expect(
      await db.notification.findMany({ where: { userId: writer.id }, select: { type: true } }),
    ).toEqual([{ type: "writer.verified" }]);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { to: "bima@example.test" } });
    expect(email.subject).toContain("Anda kini Verified Writer");
  });

  it("refuses anonymous visitors, writers, Verified Writers, suspended editors, themselves and a second grant", async () => {
    await expect(verifyWriter(null, writer.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(verifyWriter(asActor(writer), writer.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(verifyWriter(verifiedWriter, writer.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(verifyWriter(suspendedEditor, writer.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(verifyWriter(editor, editor.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await verifyWriter(editor, writer.id);
    await expect(verifyWriter(admin, writer.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await auditOf(writer.id)).length).toBe(1);
    await expect(verifyWriter(editor, "tidak-ada")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("revokeVerification", () => {
  it("returns a writer with published work to WRITER and one without to MEMBER", async () => {
    const published = await createUser({
      tier: "VERIFIED",
      verifiedAt: new Date(),
      verifiedById: editor.id,
    });
    await createArticle({ writerId: published.id });
    const unpublished = await createUser({ tier: "VERIFIED", verifiedAt: new Date() });
    await createArticle({ writerId: unpublished.id, status: "DRAFT" });

    await revokeVerification(editor, published.id);
    await revokeVerification(editor, unpublished.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({
      tier: "WRITER",
      verifiedAt: null,
      verifiedById: null,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: unpublished.id } })).toMatchObject({
      tier: "MEMBER",
      verifiedAt: null,
    });
    expect(await auditOf(published.id)).toEqual([
      {
        action: "user.revoke_verification",
        actorId: editor.id,
        before: expect.objectContaining({ tier: "VERIFIED", verifiedById: editor.id }),
        after: { tier: "WRITER" },
      },
    ]);
  });

  it("refuses writers, suspended editors and accounts that are not verified", async () => {
    await expect(revokeVerification(asActor(writer), verifiedWriter.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(revokeVerification(verifiedWriter, verifiedWriter.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(revokeVerification(suspendedEditor, verifiedWriter.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(revokeVerification(null, verifiedWriter.id)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(revokeVerification(editor, writer.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("suspendUser and unsuspendUser", () => {
  it("suspends, ends every session at once, releases claims, keeps drafts and published work, and audits", async () => {
    const draft = await createArticle({ writerId: writer.id, status: "DRAFT" });
    const live = await createArticle({ writerId: writer.id });
    const suspendedStaff = await createUser({ role: "EDITOR" });
    const claimed = await createArticle({ status: "IN_REVIEW" });
    await db.article.update({
      where: { id: claimed.id },
      data: { claimedById: suspendedStaff.id, claimedAt: new Date() },
    });

    await suspendUser(editor, { userId: writer.id, reason: "Plagiarisme berulang" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: writer.id } });
    expect(stored.suspendedAt).toBeInstanceOf(Date);
    expect(stored.sessionVersion).toBe(writer.sessionVersion + 1);
    expect(await db.article.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "DRAFT",
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "PUBLISHED",
    });
    expect(await auditOf(writer.id)).toEqual([
      {
        action: "user.suspend",
        actorId: editor.id,
        before: { suspendedAt: null },
        after: expect.objectContaining({ reason: "Plagiarisme berulang", sessionVersion: 1 }),
      },
    ]);

    await suspendUser(admin, { userId: suspendedStaff.id });
    expect(await db.article.findUniqueOrThrow({ where: { id: claimed.id } })).toMatchObject({
      claimedById: null,
      claimedAt: null,
    });

    await unsuspendUser(editor, writer.id);
    const lifted = await db.user.findUniqueOrThrow({ where: { id: writer.id } });
    expect(lifted.suspendedAt).toBeNull();
    // Lifting does not bring the ended sessions back.
    expect(lifted.sessionVersion).toBe(1);
    expect((await auditOf(writer.id)).map((row) => row.action)).toEqual([
      "user.suspend",
      "user.unsuspend",
    ]);
  });

  it("refuses anonymous visitors, writers, Verified Writers, suspended editors, oneself, twice, and editors acting on staff", async () => {
    await expect(suspendUser(null, { userId: writer.id })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(suspendUser(asActor(writer), { userId: verifiedWriter.id })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(suspendUser(verifiedWriter, { userId: writer.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(suspendUser(suspendedEditor, { userId: writer.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(suspendUser(editor, { userId: editor.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(suspendUser(editor, { userId: admin.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(unsuspendUser(editor, suspendedEditor.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(unsuspendUser(editor, writer.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await suspendUser(editor, { userId: writer.id });
    await expect(suspendUser(admin, { userId: writer.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(unsuspendUser(suspendedEditor, writer.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: writer.id } })).sessionVersion).toBe(1);
  });
});

describe("setRole", () => {
  it("lets an admin make and unmake an editor, with the change audited before and after", async () => {
    expect(await setRole(admin, { userId: writer.id, role: "EDITOR" })).toEqual({ changed: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: writer.id } })).role).toBe("EDITOR");
    expect(await setRole(admin, { userId: writer.id, role: "EDITOR" })).toEqual({ changed: false });
    await setRole(admin, { userId: writer.id, role: "WRITER" });
    expect(await auditOf(writer.id)).toEqual([
      {
        action: "user.set_role",
        actorId: admin.id,
        before: { role: "WRITER" },
        after: { role: "EDITOR" },
      },
      {
        action: "user.set_role",
        actorId: admin.id,
        before: { role: "EDITOR" },
        after: { role: "WRITER" },
      },
    ]);
  });

  it("refuses editors, writers, anonymous visitors, suspended admins and an admin's own role", async () => {
    const suspendedAdmin = asActor(await createUser({ role: "ADMIN", suspendedAt: new Date() }));
    await expect(setRole(editor, { userId: writer.id, role: "EDITOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      setRole(verifiedWriter, { userId: writer.id, role: "EDITOR" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setRole(null, { userId: writer.id, role: "EDITOR" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(
      setRole(suspendedAdmin, { userId: writer.id, role: "EDITOR" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setRole(admin, { userId: admin.id, role: "WRITER" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // A forged form post: the type says it cannot happen, the schema makes sure.
    const forged = { userId: writer.id, role: "SUPERUSER" } as unknown as SetRoleInput;
    await expect(setRole(admin, forged)).rejects.toMatchObject({ name: "ZodError" });
    expect(await auditOf(writer.id)).toEqual([]);
  });
});

describe("listWriters", () => {
  it("counts submitted, published and rejected work with the median review time, and searches", async () => {
    const hour = 3600_000;
    const base = Date.now() - 100 * hour;
    const review = async (
      status: "PUBLISHED" | "REJECTED" | "SUBMITTED" | "DRAFT",
      waitedHours: number | null,
    ) => {
      const article = await createArticle({ writerId: writer.id, status });
      await db.article.update({
        where: { id: article.id },
        data: {
          submittedAt: status === "DRAFT" ? null : new Date(base),
          reviewedAt: waitedHours === null ? null : new Date(base + waitedHours * hour),
        },
      });
    };
    await review("PUBLISHED", 2);
    await review("PUBLISHED", 10);
    await review("REJECTED", 4);
    await review("SUBMITTED", null);
    await review("DRAFT", null);
    await verifyWriter(editor, writer.id);

    const found = await listWriters(editor, { query: "BIMA" });
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      id: writer.id,
      submitted: 4,
      published: 2,
      rejected: 1,
      medianReviewSeconds: 4 * 3600,
      tier: "VERIFIED",
      verifiedBy: "Editor Uji",
    });
    expect((await listWriters(editor, { query: "bima@example" })).total).toBe(1);
    const everyone = await listWriters(admin);
    expect(everyone.total).toBe(5);
    expect(everyone.items.find((row) => row.id === admin.id)).toMatchObject({
      submitted: 0,
      medianReviewSeconds: null,
    });
  });

  it("is for editors and admins only", async () => {
    await expect(listWriters(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listWriters(verifiedWriter)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listWriters(suspendedEditor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
