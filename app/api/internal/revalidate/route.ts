// POST /api/internal/revalidate – the scheduler's way to revalidate reader pages. revalidateTag only
// works inside a request (Next 16 throws "static generation store missing" from a timer), so the
// scheduler, running in instrumentation, posts the tags here over loopback with the process's
// in-memory secret (lib/scheduler/revalidate-secret.ts). Anyone else gets 404.
import { invalidateTags } from "@/lib/cache/invalidate";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { isRevalidateSecret, REVALIDATE_SECRET_HEADER } from "@/lib/scheduler/revalidate-secret";

const bodySchema = z.object({
  tags: z
    .array(
      z
        .string()
        .regex(/^[a-z-]+(:[A-Za-z0-9_-]+)?$/)
        .max(120),
    )
    .min(1)
    .max(500),
});

export const POST = jsonRoute(async (request: Request) => {
  if (!isRevalidateSecret(request.headers.get(REVALIDATE_SECRET_HEADER)))
    throw new AppError("NOT_FOUND", "Tidak ditemukan.");
  const { tags } = bodySchema.parse(await request.json().catch(() => ({})));
  await invalidateTags(tags);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
