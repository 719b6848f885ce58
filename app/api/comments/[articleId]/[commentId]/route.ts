// PATCH /api/comments/{articleId}/{commentId} – {"body": "…"}: the author edits (10 minutes).
// DELETE – the author deletes their comment.
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { jsonRoute } from "@/lib/http/json-route";
import { idOf, NO_STORE, readChange, type CommentParams } from "../../request";

export const PATCH = jsonRoute(async (request: Request, { params }: CommentParams) => {
  const commentId = idOf((await params).commentId);
  const { body } = await readChange(request);
  const result = await editComment(await getActor(), commentId, body);
  await invalidateTags(result.tags);
  return Response.json({ status: result.status }, { headers: NO_STORE });
});

export const DELETE = jsonRoute(async (request: Request, { params }: CommentParams) => {
  const commentId = idOf((await params).commentId);
  await readChange(request);
  const result = await deleteComment(await getActor(), commentId);
  await invalidateTags(result.tags);
  return Response.json({ ok: true }, { headers: NO_STORE });
});
