import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setRole } from "@/lib/users/set-role";
import { suspendUser } from "@/lib/users/suspend-user";
import { createUser, resetDatabase } from "@/test/factories";
import { asActor } from "@/test/review-fixtures";

beforeEach(resetDatabase);

const activeAdmins = () => db.user.count({ where: { role: "ADMIN", suspendedAt: null } });

describe("the site keeps an admin", () => {
  it("two admins demoting each other at once leave one admin, not none", async () => {
    const a = asActor(await createUser({ role: "ADMIN" }));
    const b = asActor(await createUser({ role: "ADMIN" }));
    const results = await Promise.allSettled([
      setRole(a, { userId: b.id, role: "WRITER" }),
      setRole(b, { userId: a.id, role: "WRITER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    expect(await activeAdmins()).toBe(1);
  });

  it("two admins suspending each other at once leave one active admin", async () => {
    const a = asActor(await createUser({ role: "ADMIN" }));
    const b = asActor(await createUser({ role: "ADMIN" }));
    const results = await Promise.allSettled([
      suspendUser(a, { userId: b.id }),
      suspendUser(b, { userId: a.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });

  it("demotes an admin while another active admin remains", async () => {
    const a = asActor(await createUser({ role: "ADMIN" }));
    const b = await createUser({ role: "ADMIN" });
    await createUser({ role: "ADMIN" });
    await expect(setRole(a, { userId: b.id, role: "EDITOR" })).resolves.toEqual({
      changed: true,
    });
    expect(await activeAdmins()).toBe(2);
  });
});
