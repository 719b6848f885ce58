import { db, Prisma } from "@/lib/db";
import { factoriesFor } from "@/test/factory-kit";

// The integration tests' factories, bound to lib/db (the kit itself is in test/factory-kit.ts).

export { paragraphsDocument, uniqueSuffix, type ArticleFactoryInput } from "@/test/factory-kit";

const kit = factoriesFor(db);
export const { createUser, createSection, createTopic, createArticle, createSubmission } = kit;

/**
 * Empties every table except the append-only AuditLog (its trigger refuses TRUNCATE and DELETE)
 * and _prisma_migrations. User is referenced by AuditLog.actorId, so it cannot be truncated: its
 * rows are deleted with triggers off (session_replication_role = replica), which skips the
 * ON DELETE SET NULL update that the AuditLog trigger would refuse. Old audit rows may therefore
 * name actors that no longer exist; scope audit assertions to your own targets.
 */
export async function resetDatabase() {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT IN ('AuditLog', 'PointsEntry', '_prisma_migrations', 'User')`;
  const list = tables.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(", ");
  await db.$transaction([
    db.$executeRaw`TRUNCATE ${Prisma.raw(list)}`,
    db.$executeRaw`SET LOCAL session_replication_role = replica`,
    // The points ledger is append-only too; with triggers off its rows can go with their users.
    db.$executeRaw`DELETE FROM "PointsEntry"`,
    db.$executeRaw`DELETE FROM "User"`,
  ]);
}
