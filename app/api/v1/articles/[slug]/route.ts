import { apiError, apiJson, apiOptions, apiRedirect } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { toApiArticle } from "@/lib/api/to-api-article";
import { getApiArticle } from "@/lib/articles/get-api-article";
import { tags } from "@/lib/cache/tags";
import { env } from "@/lib/env";

type Context = { params: Promise<{ slug: string }> };

export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const { slug } = await params;
  const lookup = await getApiArticle(slug);
  if (lookup.kind === "redirect") return apiRedirect(request, `/api/v1/articles/${lookup.slug}`);
  if (lookup.kind === "gone")
    return apiError(
      "GONE",
      `Artikel ini telah ditarik oleh redaksi.${lookup.reason ? ` Alasan: ${lookup.reason}` : ""}`,
    );
  if (lookup.kind === "not-found") return apiError("NOT_FOUND", "Artikel tidak ditemukan.");
  return apiJson(request, toApiArticle(lookup.article, env.SITE_URL), [
    tags.articles,
    tags.article(lookup.article.id),
  ]);
});

export const OPTIONS = apiOptions;
