import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDemoOutbox } from "@/lib/email/list-demo-outbox";
import { outboxCookieValue, outboxIdsFrom } from "@/lib/email/outbox-viewer";
import { createUser, resetDatabase } from "@/test/factories";
import { asActor } from "@/test/review-fixtures";

beforeEach(resetDatabase);

const message = (to: string) =>
  db.outboxEmail.create({ data: { to, subject: "Atur ulang kata sandi", text: `tautan ${to}` } });

describe("listDemoOutbox", () => {
  it("does not exist outside the demo (the outbox holds other people's reset links)", async () => {
    await expect(listDemoOutbox(null, [])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows a stranger nothing, the triggering browser its own messages, an admin everything", async () => {
    const mine = await message("saya@example.test");
    await message("orang-lain@example.test");
    const demo = { demo: true };
    expect(await listDemoOutbox(null, [], demo)).toEqual([]);
    const writer = asActor(await createUser());
    expect(await listDemoOutbox(writer, [], demo)).toEqual([]);
    expect((await listDemoOutbox(null, [mine.id], demo)).map((m) => m.to)).toEqual([
      "saya@example.test",
    ]);
    const admin = asActor(await createUser({ role: "ADMIN" }));
    expect(await listDemoOutbox(admin, [], demo)).toHaveLength(2);
  });
});

describe("the outbox cookie", () => {
  it("grants the ids it was made with, until it expires, and nothing when tampered with", () => {
    const now = Date.now();
    const value = outboxCookieValue(["a1", "b2"], now);
    expect(outboxIdsFrom(value, now)).toEqual(["a1", "b2"]);
    expect(outboxIdsFrom(value, now + 31 * 60_000)).toEqual([]);
    const [payload, signature] = value.split(".");
    const forged = Buffer.from(Buffer.from(payload, "base64url").toString() + ",c3").toString(
      "base64url",
    );
    expect(outboxIdsFrom(`${forged}.${signature}`, now)).toEqual([]);
    expect(outboxIdsFrom(undefined)).toEqual([]);
  });
});
