import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Reader = { topic: Pick<Db["topic"], "findFirst"> };

/** Refuses a topic slug another topic holds (the form shows it beside the slug field). */
export async function checkTopicSlug(tx: Reader, slug: string, topicId?: string): Promise<void> {
  const taken = await tx.topic.findFirst({
    where: { slug, ...(topicId ? { NOT: { id: topicId } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw new AppError("INVALID", "Slug ini sudah dipakai topik lain.", {
      fieldErrors: { slug: ["Slug ini sudah dipakai topik lain."] },
    });
}
