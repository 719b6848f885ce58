import "server-only";
import { db } from "@/lib/db";
import {
  publicArticleSelect,
  toPublicArticles,
  type PublicArticle,
} from "@/lib/articles/public-article";
import { cached } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";

export type ApiArticleLookup =
  | { kind: "found"; article: PublicArticle }
  | { kind: "redirect"; slug: string }
  | { kind: "gone"; reason: string | null }
  | { kind: "not-found" };

async function loadApiArticle(slug: string): Promise<ApiArticleLookup> {
  const article = await db.article.findUnique({
    where: { slug },
    select: { ...publicArticleSelect, status: true, unpublishReason: true },
  });
  if (article?.status === "PUBLISHED")
    return { kind: "found", article: (await toPublicArticles([article]))[0] };
  if (article?.status === "UNPUBLISHED") return { kind: "gone", reason: article.unpublishReason };
  // Drafts and articles under review are not there at all; renamed ones point to their new slug.
  const redirect = await db.slugRedirect.findUnique({
    where: { kind_oldSlug: { kind: "ARTICLE", oldSlug: slug } },
  });
  const target =
    redirect &&
    (await db.article.findFirst({
      where: { id: redirect.targetId, status: "PUBLISHED" },
      select: { slug: true },
    }));
  return target ? { kind: "redirect", slug: target.slug } : { kind: "not-found" };
}

/** One published article by slug for the API. */
export const getApiArticle = cached(loadApiArticle, "api-article", ([slug]) => [
  tags.articles,
  `article-slug:${slug}`,
]);
