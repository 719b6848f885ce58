import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import { scheduleHold, schedulingEditorSelect } from "@/lib/articles/publication/schedule-hold";

export type ScheduledItem = {
  id: string;
  title: string;
  scheduledFor: string;
  writerName: string;
  editorName: string | null;
  sectionName: string;
  /** Why the scheduler will not publish it as its editor (see scheduleHold), or null. */
  heldReason: string | null;
};

/** Articles approved for a later moment, soonest first, each with whether the scheduler holds it. */
export async function listScheduledArticles(actor: Actor | null): Promise<ScheduledItem[]> {
  authorize(actor, "desk:enter", undefined);
  const rows = await db.article.findMany({
    where: { status: "SCHEDULED" },
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      scheduledFor: true,
      section: { select: { name: true } },
      writer: { select: { displayName: true } },
      writerId: true,
      status: true,
      editor: { select: schedulingEditorSelect },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    scheduledFor: (row.scheduledFor ?? new Date(0)).toISOString(),
    writerName: row.writer.displayName,
    editorName: row.editor?.displayName ?? null,
    sectionName: row.section.name,
    heldReason: scheduleHold(row.editor, row),
  }));
}
