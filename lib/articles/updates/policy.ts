import { isAdmin, isEditor, rule } from "@/lib/auth/rule";
import type { ArticleRef } from "@/lib/articles/policy";

// Who may propose, return and allow updates of live articles by their writers; joined into can()
// (lib/auth/can.ts). The desk's own updates go through article:edit and article:publish.

/** A live article plus the site's switch (SiteSettings.writerUpdatesAllowed). */
export type UpdateRef = ArticleRef & { writerUpdatesAllowed: boolean };

export const articleUpdatePolicy = {
  /** Edit and send an update of one's own published article to the desk. */
  "article:propose-update": rule<UpdateRef>((actor, article) => {
    if (article.writerId !== actor.id || article.status !== "PUBLISHED") return false;
    if (actor.tier !== "VERIFIED")
      return {
        message: "Hanya Verified Writer yang dapat memperbarui artikel yang sudah terbit.",
        reason: "not-verified",
      };
    if (!article.writerUpdatesAllowed)
      return {
        message: "Saat ini redaksi tidak menerima pembaruan artikel dari penulis.",
        reason: "writer-updates-off",
      };
    return true;
  }),
  /** Send a writer's proposed update back with a reason. */
  "article:return-update": rule<ArticleRef>(
    (actor, article) => isEditor(actor) && article.status === "PUBLISHED",
  ),
  /** The site's switch for writers' updates. */
  "article:configure-updates": rule((actor) => isAdmin(actor)),
};
