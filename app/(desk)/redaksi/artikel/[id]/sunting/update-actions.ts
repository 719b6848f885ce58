"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { publishUpdate } from "@/lib/articles/updates/publish-update";

/** Publishes the pending update of a live article; readers see it at once (tags expire now). */
export async function publishUpdateAction(id: string, input: unknown) {
  return runAction(async () => {
    const result = await publishUpdate(
      await getActor(),
      z.string().min(1).max(40).parse(id),
      input,
    );
    await invalidateTags(result.tags);
    revalidatePath(result.path);
    if (result.oldPath !== result.path) revalidatePath(result.oldPath);
    revalidatePath("/ralat");
    revalidatePath("/redaksi/artikel/[id]", "layout");
    return { path: result.path, version: result.version };
  });
}
