import { apiError, apiJson, apiOptions } from "@/lib/api/api-response";
import { apiRoute, queryOf } from "@/lib/api/api-route";
import { articlesQuerySchema } from "@/lib/api/api-schemas";
import { toApiArticleSummary } from "@/lib/api/to-api-article";
import { listApiArticles } from "@/lib/articles/list-api-articles";
import { tags } from "@/lib/cache/tags";
import { env } from "@/lib/env";

export const GET = apiRoute(async (request: Request) => {
  const query = articlesQuerySchema.parse(queryOf(request));
  const page = await listApiArticles(query);
  if (page.kind === "unknown")
    return apiError("NOT_FOUND", `Tidak ada ${page.field} "${query[page.field]}".`, {
      field: page.field,
    });
  return apiJson(
    request,
    {
      data: page.articles.map((a) => toApiArticleSummary(a, env.SITE_URL)),
      nextCursor: page.nextCursor,
    },
    [tags.articles, tags.sections, tags.topics],
  );
});

export const OPTIONS = apiOptions;
