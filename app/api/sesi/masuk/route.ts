// POST /api/sesi/masuk – log-in. JSON from the /masuk form script (answers 401/422/429 JSON, 429 with
// Retry-After), or a plain form post when scripts are off (answers with a 303 redirect). On success it
// issues next-auth's own session cookie (lib/auth/session-cookie.ts).
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { jsonRoute } from "@/lib/http/json-route";
import { logIn, logInSchema } from "@/lib/auth/log-in";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { issueSession } from "@/lib/auth/session-cookie";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { BODY_LIMITS, readBodyBytes, readJsonBody } from "@/lib/http/read-json-body";
import { cleanDeep } from "@/lib/text/clean-text";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };
const error413 = "Data yang dikirim terlalu besar.";

/** The form, read within BODY_LIMITS.small (413 beyond it) and cleaned like every other input. */
async function readBody(request: Request, json: boolean): Promise<Record<string, unknown>> {
  if (json) {
    const body = await readJsonBody(request, BODY_LIMITS.small);
    return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  }
  const bytes = await readBodyBytes(request, BODY_LIMITS.small);
  const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
  const form = await new Response(bytes, { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
  return form
    ? cleanDeep(
        Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")),
      )
    : {};
}

async function signIn(request: Request, body: Record<string, unknown>) {
  const input = logInSchema.parse(body);
  const user = await logIn(input, { ip: clientIp(request.headers) });
  await issueSession(user);
}

const refuseCrossSite = () =>
  Response.json(
    { error: "FORBIDDEN", message: "Permintaan ditolak. Muat ulang halaman lalu coba lagi." },
    { status: 403, headers: NO_STORE },
  );

const answerJson = jsonRoute(async (request: Request) => {
  if (!isSameOrigin(request.headers, env.SITE_URL)) return refuseCrossSite();
  const body = await readBody(request, true);
  await signIn(request, body);
  return Response.json({ ok: true, redirectTo: safeNextPath(body.next) }, { headers: NO_STORE });
});

/** Without scripts: back to /masuk with the reason in the query (the page shows it), or on to `next`. */
async function answerForm(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers, env.SITE_URL))
    return new Response("Permintaan ditolak.", { status: 403, headers: NO_STORE });
  const body = await readBody(request, false).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE") return null;
    throw error;
  });
  if (!body) return new Response(error413, { status: 413, headers: NO_STORE });
  const next = safeNextPath(body.next);
  const back = (query: Record<string, string>) =>
    new Response(null, {
      status: 303,
      headers: { ...NO_STORE, location: `/masuk?${new URLSearchParams({ ...query, next })}` },
    });
  try {
    await signIn(request, body);
    return new Response(null, { status: 303, headers: { ...NO_STORE, location: next } });
  } catch (error) {
    if (error instanceof ZodError) return back({ galat: "kosong" });
    if (!(error instanceof AppError)) throw error;
    if (error.code === "TOO_MANY_REQUESTS") {
      const seconds = Number(error.details?.retryAfterSeconds ?? 900);
      return back({ galat: "terlalu-banyak", menit: String(Math.ceil(seconds / 60)) });
    }
    return back({ galat: error.code === "FORBIDDEN" ? "nonaktif" : "salah" });
  }
}

export async function POST(request: Request) {
  const json = (request.headers.get("content-type") ?? "").includes("application/json");
  return json ? answerJson(request) : answerForm(request);
}
