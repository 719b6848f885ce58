// POST /api/media – upload one image (multipart: `file`, `purpose` = avatar | hero | body).
// 201 { id, url, width, height }; 401 signed out; 413 too large; 422 not an image Warta accepts.
import { getActor } from "@/lib/auth/session";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { jsonRoute } from "@/lib/http/json-route";
import { MAX_UPLOAD_REQUEST_BYTES, MEDIA_MESSAGES } from "@/lib/media/limits";
import { readUploadForm } from "@/lib/media/read-upload-form";
import { uploadImage } from "@/lib/media/upload-image";
import { authorizeUpload } from "@/lib/media/authorize-upload";

const NO_STORE = { "cache-control": "no-store" };

// No `connection: close`: Node then discards the rest of the body unread, so the client finishes
// sending and sees the 413, instead of a reset connection (EPIPE, a browser's "network error").
const tooLarge = () =>
  Response.json(
    { error: "PAYLOAD_TOO_LARGE", message: MEDIA_MESSAGES.tooLarge },
    { status: 413, headers: NO_STORE },
  );

export const POST = jsonRoute(async (request: Request) => {
  // Refused from the header alone, before the session lookup or a byte of the body.
  if (Number(request.headers.get("content-length") ?? "0") > MAX_UPLOAD_REQUEST_BYTES)
    return tooLarge();
  const actor = await getActor();
  // The verb checks again; checking here too means a refused upload is never read.
  await authorizeUpload(actor);
  assertSameOrigin(request);
  const form = await readUploadForm(request);
  if (!form) return tooLarge();
  const image = await uploadImage(actor, form);
  return Response.json(image, { status: 201, headers: { ...NO_STORE, location: image.url } });
});
