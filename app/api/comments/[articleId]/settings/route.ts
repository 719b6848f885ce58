// POST /api/comments/{articleId}/settings – {"mode": "closed" | "open" | "default"}: an editor
// closes or opens comments on this article.
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { setArticleComments } from "@/lib/comments/set-article-comments";
import { jsonRoute } from "@/lib/http/json-route";
import { idOf, NO_STORE, readChange, type ArticleParams } from "../../request";

export const POST = jsonRoute(async (request: Request, { params }: ArticleParams) => {
  const articleId = idOf((await params).articleId);
  const { body } = await readChange(request);
  const result = await setArticleComments(await getActor(), articleId, body);
  await invalidateTags(result.tags);
  return Response.json({ ok: true }, { headers: NO_STORE });
});
