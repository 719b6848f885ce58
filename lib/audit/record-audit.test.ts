import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { createUser, resetDatabase } from "@/test/factories";

beforeEach(resetDatabase);

describe("recordAudit", () => {
  it("commits and rolls back with the caller's transaction", async () => {
    const user = await createUser();
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: user.id,
        action: "test.kept",
        targetType: "User",
        targetId: user.id,
        after: { bio: "x" },
      }),
    );
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, {
          actorId: user.id,
          action: "test.rolled_back",
          targetType: "User",
          targetId: user.id,
        });
        throw new AppError("CONFLICT", "batal");
      }),
    ).rejects.toBeInstanceOf(AppError);
    const rows = await db.auditLog.findMany({
      where: { targetId: user.id },
      select: { action: true, after: true },
    });
    expect(rows).toEqual([{ action: "test.kept", after: { bio: "x" } }]);
  });
});
