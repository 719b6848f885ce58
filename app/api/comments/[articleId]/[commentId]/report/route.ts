// POST /api/comments/{articleId}/{commentId}/report – {"reason": "SPAM", "note"?: "…"}.
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { reportComment } from "@/lib/comments/report-comment";
import { jsonRoute } from "@/lib/http/json-route";
import { idOf, NO_STORE, readChange, type CommentParams } from "../../../request";

export const POST = jsonRoute(async (request: Request, { params }: CommentParams) => {
  const commentId = idOf((await params).commentId);
  const { body, ip } = await readChange(request);
  const result = await reportComment(await getActor(), commentId, body, { ip });
  await invalidateTags(result.tags);
  return Response.json({ hidden: result.hidden }, { status: 201, headers: NO_STORE });
});
