// POST /api/comments/{articleId}/{commentId}/hide – the article's writer or an editor hides a comment.
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { hideComment } from "@/lib/comments/hide-comment";
import { jsonRoute } from "@/lib/http/json-route";
import { idOf, NO_STORE, readChange, type CommentParams } from "../../../request";

export const POST = jsonRoute(async (request: Request, { params }: CommentParams) => {
  const commentId = idOf((await params).commentId);
  await readChange(request);
  const result = await hideComment(await getActor(), commentId);
  await invalidateTags(result.tags);
  return Response.json({ ok: true }, { headers: NO_STORE });
});
