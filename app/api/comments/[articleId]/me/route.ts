// GET /api/comments/{articleId}/me – what only this reader sees under the article (their held
// comments, edit windows, ban, reaction). Never cached; the thread itself comes from the cached GET.
import { getSessionUser } from "@/lib/auth/session";
import { getCommentViewer } from "@/lib/comments/get-comment-viewer";
import { jsonRoute } from "@/lib/http/json-route";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { idOf, NO_STORE, type ArticleParams } from "../../request";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (request: Request, { params }: ArticleParams) => {
  const articleId = idOf((await params).articleId);
  const viewer = await getCommentViewer(await getSessionUser(), articleId, {
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent") ?? "",
  });
  return Response.json(viewer, { headers: NO_STORE });
});
