import "server-only";
import { authorize, type Actor } from "@/lib/auth/can";
import { recordAudit } from "@/lib/audit/record-audit";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Makes a published article the home headline, or takes it off. There is one headline at a time:
 * featuring an article un-features the previous one (its featuredAt stays as history), so the desk
 * never shows two articles as "headline" while the home page picks only the newest.
 * The caller revalidates the returned tags at once (the home page is cached).
 */
export async function featureArticle(actor: Actor | null, articleId: string, featured: boolean) {
  authorize(actor, "desk:enter", undefined);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { writerId: true, status: true, featured: true, featuredAt: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Artikel tidak ditemukan.");
  authorize(actor, "article:feature", article);
  if (article.featured === featured) return { featured, tags: [] as string[] };

  const now = new Date();
  await db.$transaction(async (tx) => {
    const replaced = featured
      ? await tx.article.findMany({
          where: { featured: true, id: { not: articleId } },
          select: { id: true },
        })
      : [];
    if (replaced.length) {
      await tx.article.updateMany({
        where: { id: { in: replaced.map((r) => r.id) } },
        data: { featured: false },
      });
      for (const { id } of replaced) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "article.unfeature",
          targetType: "Article",
          targetId: id,
          before: { featured: true },
          after: { featured: false, replacedBy: articleId },
        });
      }
    }
    // The status is re-checked in the write itself: an article unpublished meanwhile is not featured.
    const { count } = await tx.article.updateMany({
      where: { id: articleId, status: "PUBLISHED", featured: !featured },
      data: featured ? { featured: true, featuredAt: now } : { featured: false },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        "Artikel ini baru saja diubah di tempat lain. Muat ulang halaman.",
      );
    await recordAudit(tx, {
      actorId: actor.id,
      action: featured ? "article.feature" : "article.unfeature",
      targetType: "Article",
      targetId: articleId,
      before: { featured: article.featured, featuredAt: article.featuredAt?.toISOString() ?? null },
      after: featured
        ? { featured: true, featuredAt: now.toISOString(), replaced: replaced.map((r) => r.id) }
        : { featured: false },
    });
  });
  return { featured, tags: [tags.articles] as string[] };
}
