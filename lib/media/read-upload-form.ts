import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_REQUEST_BYTES, MEDIA_MESSAGES } from "@/lib/media/limits";
import type { MediaPurpose } from "@/lib/media/variant-url";

export type UploadForm = { bytes: Buffer; purpose: MediaPurpose };

const purposeSchema = z.enum(["avatar", "hero", "body"]);

/** Reads the request body, giving up (null) as soon as it passes `limit` bytes. */
async function readCapped(request: Request, limit: number): Promise<Blob | null> {
  if (!request.body) return new Blob([]);
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks);
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
}

/**
 * The multipart form of POST /api/media (`file`, `purpose`), or null when the body is too large.
 * Content-Length is checked before anything is read, and a body without one (chunked) is still
 * counted while it streams: `request.formData()` alone would buffer whatever a client sends.
 */
export async function readUploadForm(request: Request): Promise<UploadForm | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_REQUEST_BYTES) return null;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data"))
    throw new AppError("INVALID", MEDIA_MESSAGES.missingFile);

  const body = await readCapped(request, MAX_UPLOAD_REQUEST_BYTES);
  if (!body) return null;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("INVALID", MEDIA_MESSAGES.missingFile);
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0)
    throw new AppError("INVALID", MEDIA_MESSAGES.missingFile);
  const purpose = purposeSchema.safeParse(form.get("purpose"));
  if (!purpose.success) throw new AppError("INVALID", MEDIA_MESSAGES.unknownPurpose);
  return { bytes: Buffer.from(await file.arrayBuffer()), purpose: purpose.data };
}
