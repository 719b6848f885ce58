import type { Actor } from "@/lib/auth/can";
import { createArticle, createUser } from "@/test/factories";

// Shared arrangements for the comment integration tests.

export const asActor = (u: {
  id: string;
  role: Actor["role"];
  tier: Actor["tier"];
  suspendedAt: Date | null;
}): Actor => ({ id: u.id, role: u.role, tier: u.tier, suspendedAt: u.suspendedAt });

export const IP = { ip: "203.0.113.50" };

/** A published article, its writer and an editor. */
export async function arrangeArticle() {
  const writer = await createUser({ tier: "WRITER" });
  const article = await createArticle({ writerId: writer.id });
  const editor = await createUser({ role: "EDITOR" });
  return { article, writer: asActor(writer), editor: asActor(editor) };
}

export async function createReader(overrides: Parameters<typeof createUser>[0] = {}) {
  return asActor(await createUser(overrides));
}
