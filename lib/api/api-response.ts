import { cacheableResponse } from "@/lib/http/cacheable-response";

// Every answer of the public API, success or error, is readable from any origin (GET only).
export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "If-None-Match",
  "access-control-expose-headers": "ETag, Retry-After, xkey",
  "access-control-max-age": "86400",
};

const JSON_TYPE = "application/json; charset=utf-8";

/** A cacheable JSON answer: ETag (304 on a match), Cache-Control, cache tags, CORS. */
export function apiJson(request: Request, data: unknown, tags: string[]) {
  return cacheableResponse(request, JSON.stringify(data), {
    contentType: JSON_TYPE,
    tags,
    headers: CORS_HEADERS,
  });
}

export type ApiErrorCode = "INVALID" | "NOT_FOUND" | "GONE" | "TOO_MANY_REQUESTS";
const STATUS: Record<ApiErrorCode, number> = {
  INVALID: 400,
  NOT_FOUND: 404,
  GONE: 410,
  TOO_MANY_REQUESTS: 429,
};

export function apiError(
  code: ApiErrorCode,
  message: string,
  extra: { field?: string; headers?: Record<string, string> } = {},
) {
  return new Response(
    JSON.stringify({ error: code, message, ...(extra.field && { field: extra.field }) }),
    {
      status: STATUS[code],
      headers: {
        "content-type": JSON_TYPE,
        // Errors are about this request (a throttle, a typo): caches keep only the short 404s.
        "cache-control": code === "NOT_FOUND" ? "public, max-age=60" : "no-store",
        ...CORS_HEADERS,
        ...extra.headers,
      },
    },
  );
}

/** A renamed article or writer: the same endpoint under its new name. */
export function apiRedirect(request: Request, path: string) {
  return new Response(null, {
    status: 308,
    headers: { location: new URL(path, request.url).toString(), ...CORS_HEADERS },
  });
}

/** The CORS preflight: only simple GETs are offered. */
export const apiOptions = () => new Response(null, { status: 204, headers: CORS_HEADERS });
