import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { createUser, resetDatabase, uniqueSuffix } from "@/test/factories";

type UserRow = Awaited<ReturnType<typeof createUser>>;
const asActor = (user: UserRow): Actor => ({
  id: user.id,
  role: user.role,
  tier: user.tier,
  suspendedAt: user.suspendedAt,
});

let admin: UserRow;
let editor: UserRow;

beforeEach(async () => {
  await resetDatabase();
  admin = await createUser({
    role: "ADMIN",
    displayName: "Admin Audit",
    email: `audit-${uniqueSuffix()}@example.test`,
  });
  editor = await createUser({ role: "EDITOR", displayName: "Rina Editor" });
});

describe("the audit log is append-only", () => {
  it("refuses an UPDATE and a DELETE through Prisma, and keeps the row as it was", async () => {
    const entry = await db.auditLog.create({
      data: {
        actorId: admin.id,
        action: "test.immutable",
        targetType: "User",
        targetId: admin.id,
        after: { ok: true },
      },
    });
    await expect(
      db.auditLog.update({ where: { id: entry.id }, data: { action: "test.forged" } }),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.auditLog.updateMany({ where: { id: entry.id }, data: { after: { ok: false } } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { action: "test.immutable" } })).rejects.toThrow(
      /append-only/,
    );
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      action: "test.immutable",
      after: { ok: true },
    });
  });
});

describe("listAuditEntries", () => {
  const tag = uniqueSuffix();
  async function arrange() {
    const rows = [
      {
        actorId: editor.id,
        action: `t${tag}.verify`,
        targetType: "User",
        targetId: `u-${tag}`,
        createdAt: new Date("2026-03-01T10:00:00+07:00"),
      },
      {
        actorId: admin.id,
        action: `t${tag}.set_role`,
        targetType: "User",
        targetId: `u-${tag}`,
        before: { role: "WRITER" },
        after: { role: "EDITOR" },
        createdAt: new Date("2026-03-02T23:30:00+07:00"),
      },
      {
        actorId: editor.id,
        action: `t${tag}.rename`,
        targetType: "Section",
        targetId: `s-${tag}`,
        createdAt: new Date("2026-03-03T00:10:00+07:00"),
      },
    ];
    for (const row of rows) await db.auditLog.create({ data: row });
  }

  it("lists newest first and filters by action, actor, target and WIB date range", async () => {
    await arrange();
    const mine = (filter: Parameters<typeof listAuditEntries>[1] = {}) =>
      listAuditEntries(asActor(admin), filter);
    const all = await mine({ actor: "" });
    const ours = all.items.filter((row) => row.action.startsWith(`t${tag}.`));
    expect(ours.map((row) => row.action)).toEqual([
      `t${tag}.rename`,
      `t${tag}.set_role`,
      `t${tag}.verify`,
    ]);
    expect(all.actions).toContain(`t${tag}.set_role`);
    expect(all.targetTypes).toEqual(expect.arrayContaining(["Section", "User"]));

    expect((await mine({ action: `t${tag}.set_role` })).items).toMatchObject([
      {
        actor: { displayName: "Admin Audit" },
        before: { role: "WRITER" },
        after: { role: "EDITOR" },
      },
    ]);
    expect(
      (await mine({ actor: "rina", targetId: `u-${tag}` })).items.map((row) => row.action),
    ).toEqual([`t${tag}.verify`]);
    expect((await mine({ actor: editor.id, targetType: "Section" })).total).toBe(1);
    // 2 March in Jakarta ends at 23:59:59 WIB: the 23:30 entry is in, the 00:10 one of 3 March is not.
    expect(
      (await mine({ targetId: `u-${tag}`, from: "2026-03-02", to: "2026-03-02" })).items.map(
        (row) => row.action,
      ),
    ).toEqual([`t${tag}.set_role`]);
    expect(
      (await mine({ targetType: "Section", from: "2026-03-03" })).items.map((row) => row.targetId),
    ).toContain(`s-${tag}`);
    expect((await mine({ action: `t${tag}.verify`, page: 2 })).items).toEqual([]);
  });

  it("is for admins only: editors, suspended admins and anonymous visitors are refused", async () => {
    const suspendedAdmin = asActor(await createUser({ role: "ADMIN", suspendedAt: new Date() }));
    await expect(listAuditEntries(asActor(editor))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditEntries(suspendedAdmin)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditEntries(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
