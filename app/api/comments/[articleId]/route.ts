// GET /api/comments/{articleId} – the article's public comments and reaction counts: one cached
// JSON for every reader (tags comments:{id}, reactions:{id}), so the article page stays cached.
// POST – a signed-in reader's comment or reply: {"body": "…", "parentId"?: "…"}.
import { getActor } from "@/lib/auth/session";
import { invalidateTags } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { cacheTagHeaders } from "@/lib/cache/tag-headers";
import { CACHE_SECONDS } from "@/lib/cache/tags";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { postComment } from "@/lib/comments/post-comment";
import { jsonRoute } from "@/lib/http/json-route";
import { idOf, NO_STORE, readChange, type ArticleParams } from "../request";

export const GET = jsonRoute(async (_request: Request, { params }: ArticleParams) => {
  const articleId = idOf((await params).articleId);
  const thread = await listArticleComments(articleId);
  if (!thread)
    return Response.json(
      { error: "NOT_FOUND", message: "Artikel tidak ditemukan." },
      { status: 404, headers: { "cache-control": "public, max-age=60" } },
    );
  return Response.json(thread, {
    headers: {
      // Browsers always ask again (a reader must see their own comment after posting); an HTTP
      // cache in front keeps it until a change purges its tags.
      "cache-control": `public, max-age=0, s-maxage=${CACHE_SECONDS}`,
      ...cacheTagHeaders([tags.comments(articleId), tags.reactions(articleId)]),
    },
  });
});

export const POST = jsonRoute(async (request: Request, { params }: ArticleParams) => {
  const articleId = idOf((await params).articleId);
  const { body, ip } = await readChange(request);
  const posted = await postComment(await getActor(), articleId, body, { ip });
  await invalidateTags(posted.tags);
  return Response.json(
    { id: posted.id, status: posted.status },
    { status: 201, headers: NO_STORE },
  );
});
