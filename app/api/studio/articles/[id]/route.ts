// POST /api/studio/articles/[id] – save the studio's copy of an article (autosave, and the beacon
// sent when the page is left). 409 carries the newer version when the save started from an old one.
import { invalidateTags } from "@/lib/cache/invalidate";
import { getActor } from "@/lib/auth/session";
import { saveDraft } from "@/lib/articles/save-draft";
import { tags } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";

export const POST = jsonRoute(
  async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    const body: unknown = await request.json().catch(() => {
      throw new AppError("INVALID", "Data simpanan tidak terbaca.");
    });
    const result = await saveDraft(await getActor(), id, body);
    // Editors correcting a published article change what readers see.
    if (result.published) await invalidateTags([tags.articles]);
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  },
);
