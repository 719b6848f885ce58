// POST /api/studio/articles/[id] – save the studio's copy of an article (autosave, and the beacon
// sent when the page is left). 409 carries the newer version when the save started from an old one.
// Order matters: the session and the origin are checked before a byte of the body is read, and the
// body is read within BODY_LIMITS.save (413 beyond it).
import { invalidateTags } from "@/lib/cache/invalidate";
import { getActor } from "@/lib/auth/session";
import { saveDraft } from "@/lib/articles/save-draft";
import { tags } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { jsonRoute } from "@/lib/http/json-route";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/read-json-body";

export const POST = jsonRoute(
  async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    assertSameOrigin(request);
    const { id } = await params;
    const body = await readJsonBody(request, BODY_LIMITS.save);
    const result = await saveDraft(actor, id, body);
    // Editors correcting a published article change what readers see.
    if (result.published) await invalidateTags([tags.articles]);
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  },
);
