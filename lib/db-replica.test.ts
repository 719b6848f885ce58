import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replicaQuery } from "@/lib/db-replica";
import { readForReaders } from "@/lib/db-reader-scope";

// The routing rule of DATABASE_REPLICA_URL, against the real primary client as the "replica": which
// calls are sent to it, and that they run there as given.
describe("replicaQuery", () => {
  it("sends reader loaders' reads to the replica, nothing else", async () => {
    const args = { where: { email: "nobody@warta.test" } };
    expect(replicaQuery(db, "User", "findFirst", args)).toBeNull();
    await readForReaders(async () => {
      const routed = replicaQuery(db, "User", "findFirst", args);
      expect(routed).not.toBeNull();
      expect(await routed).toBeNull();
      expect(await replicaQuery(db, "Section", "count", {})).toEqual(expect.any(Number));
      // Writes stay on the primary even inside a reader loader.
      for (const write of ["create", "update", "upsert", "delete", "updateMany", "deleteMany"])
        expect(replicaQuery(db, "User", write, {})).toBeNull();
    });
    // The scope ends with the loader.
    expect(replicaQuery(db, "Section", "count", {})).toBeNull();
  });
});
