import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/can";
import type { ArticleRef } from "@/lib/articles/policy";
import { writerUpdatesAllowed } from "@/lib/articles/updates/writer-updates-setting";

/**
 * The edit check of saveDraft: article:edit, except that the writer of a published article goes
 * through article:propose-update (Verified, and the site allows it), so their save becomes the
 * pending update the desk reviews.
 */
export async function authorizeEdit(actor: Actor, article: ArticleRef) {
  if (article.status === "PUBLISHED" && !can(actor, "article:edit", article)) {
    authorize(actor, "article:propose-update", {
      ...article,
      writerUpdatesAllowed: await writerUpdatesAllowed(),
    });
    return;
  }
  authorize(actor, "article:edit", article);
}
