import "server-only";
import type { Actor } from "@/lib/auth/can";
import { db } from "@/lib/db";
import type { ArticleDocument } from "@/lib/articles/document-schema";
import { readAlsoIds } from "@/lib/articles/render-document";

/**
 * The editor shows a "Baca Juga" block by its target's title, which is not stored in the body
 * (the title is read live). Adds it as a display-only attribute; the server drops it on save.
 * Only published articles and the viewer's own lend their titles: anyone can put any id in a
 * block, and another writer's draft must neither show its title nor reveal that it exists.
 */
export async function withReadAlsoTitles(
  actor: Actor,
  doc: ArticleDocument,
): Promise<ArticleDocument> {
  const ids = readAlsoIds(doc);
  if (!ids.length) return doc;
  const targets = await db.article.findMany({
    where: { id: { in: ids }, OR: [{ status: "PUBLISHED" }, { writerId: actor.id }] },
    select: { id: true, title: true },
  });
  const titles = new Map(targets.map((t) => [t.id, t.title]));
  return {
    ...doc,
    content: doc.content.map((node) => {
      if (node.type !== "readAlso") return node;
      const attrs: typeof node.attrs & { title?: string } = {
        ...node.attrs,
        title: titles.get(node.attrs.articleId) ?? "(artikel tidak tersedia)",
      };
      return { ...node, attrs };
    }),
  };
}
