import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { writerUpdatesAllowed } from "@/lib/articles/updates/writer-updates-setting";

/** A checkbox: present ("on") allows, absent refuses. */
export const writerUpdatesSettingSchema = z.object({ allowed: z.enum(["on"]).optional() });

/** Admins switch writers' proposed updates of live articles on or off for the whole site. */
export async function setWriterUpdatesAllowed(actor: Actor | null, rawInput: unknown) {
  authorize(actor, "article:configure-updates", undefined);
  const allowed = writerUpdatesSettingSchema.parse(rawInput).allowed === "on";
  await db.$transaction(async (tx) => {
    const before = await writerUpdatesAllowed(tx);
    await tx.siteSettings.upsert({
      where: { id: 1 },
      create: { id: 1, writerUpdatesAllowed: allowed },
      update: { writerUpdatesAllowed: allowed },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "articles.writer_updates_setting",
      targetType: "SiteSettings",
      targetId: "1",
      before: { writerUpdatesAllowed: before },
      after: { writerUpdatesAllowed: allowed },
    });
  });
  return { allowed };
}
