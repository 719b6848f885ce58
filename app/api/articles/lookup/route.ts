// GET /api/articles/lookup?q=… – published articles for the editor's "Baca Juga" picker.
// Signed-in users only: the picker is part of the writer studio and the editors' desk.
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { searchArticles } from "@/lib/search/search-articles";

const NO_STORE = { "cache-control": "no-store" };

export const GET = jsonRoute(async (request: Request) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk untuk mencari artikel.");

  const query = new URL(request.url).searchParams.get("q") ?? "";
  const outcome = await searchArticles({ query, page: 1, pageSize: 8 });
  // An empty or unsearchable query is not an error for a type-ahead: no results, with the reason.
  if (outcome.kind !== "ok")
    return Response.json({ results: [], message: outcome.message }, { headers: NO_STORE });

  const results = outcome.results.map((hit) => ({
    id: hit.id,
    title: hit.title,
    url: `/${hit.sectionSlug}/${hit.slug}`,
  }));
  return Response.json({ results }, { headers: NO_STORE });
});
