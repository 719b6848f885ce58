import { describe, expect, it } from "vitest";
import { listDemoOutbox } from "@/lib/email/list-demo-outbox";

describe("listDemoOutbox", () => {
  it("does not exist outside the demo (the outbox holds other people's reset links)", async () => {
    await expect(listDemoOutbox()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
