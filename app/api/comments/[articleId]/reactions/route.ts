// POST /api/comments/{articleId}/reactions – {"kind": "SUKA"}: the reader's reaction (again: taken back).
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { jsonRoute } from "@/lib/http/json-route";
import { setReaction } from "@/lib/reactions/set-reaction";
import { idOf, NO_STORE, readChange, type ArticleParams } from "../../request";

export const POST = jsonRoute(async (request: Request, { params }: ArticleParams) => {
  const articleId = idOf((await params).articleId);
  const { body, ip, userAgent } = await readChange(request);
  const result = await setReaction(await getActor(), articleId, body, { ip, userAgent });
  await invalidateTags(result.tags);
  return Response.json({ mine: result.mine }, { headers: NO_STORE });
});
