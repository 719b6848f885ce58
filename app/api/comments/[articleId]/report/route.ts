// POST /api/comments/{articleId}/report – {"reason": "FALSE_FACT", "note": "…"}: a reader reports the article.
import { getActor } from "@/lib/auth/session";
import { jsonRoute } from "@/lib/http/json-route";
import { reportArticle } from "@/lib/reports/report-article";
import { idOf, NO_STORE, readChange, type ArticleParams } from "../../request";

export const POST = jsonRoute(async (request: Request, { params }: ArticleParams) => {
  const articleId = idOf((await params).articleId);
  const { body, ip } = await readChange(request);
  const report = await reportArticle(await getActor(), articleId, body, { ip });
  return Response.json(report, { status: 201, headers: NO_STORE });
});
