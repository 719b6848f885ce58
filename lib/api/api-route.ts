import "server-only";
import { createHash } from "node:crypto";
import { ZodError } from "zod";
import { API_RATE_LIMIT, API_WINDOW_SECONDS } from "@/lib/api/api-limits";
import { apiError } from "@/lib/api/api-response";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";

/** The client's throttle key; the address is hashed so the table never lists addresses. */
function apiThrottleKey(ip: string) {
  return `api:ip:${createHash("sha256").update(ip).digest("hex").slice(0, 32)}`;
}

function fieldOf(error: ZodError): string {
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") return issue.keys[0] ?? "_";
  return issue?.path.join(".") || "_";
}

function messageOf(error: ZodError, field: string): string {
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") return `Parameter tidak dikenal: ${field}.`;
  return `Parameter ${field} tidak sah: ${issue?.message ?? "periksa nilainya"}.`;
}

/**
 * Wraps a public API handler: counts the request against the client's address (429 with
 * Retry-After past the limit), and turns bad parameters into 400 naming the field.
 */
export function apiRoute<Args extends [Request, ...unknown[]]>(
  handler: (...args: Args) => Promise<Response>,
) {
  return async (...args: Args): Promise<Response> => {
    try {
      await hitRateLimit(
        [apiThrottleKey(clientIp(args[0].headers))],
        API_RATE_LIMIT,
        API_WINDOW_SECONDS,
      );
      return await handler(...args);
    } catch (error) {
      if (error instanceof ZodError) {
        const field = fieldOf(error);
        return apiError("INVALID", messageOf(error, field), { field });
      }
      if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") {
        const retryAfter = Number(error.details?.retryAfterSeconds ?? API_WINDOW_SECONDS);
        return apiError(
          "TOO_MANY_REQUESTS",
          "Terlalu banyak permintaan. Coba lagi sebentar lagi.",
          {
            headers: { "retry-after": String(retryAfter) },
          },
        );
      }
      if (error instanceof AppError && error.code === "INVALID") {
        const field = typeof error.details?.field === "string" ? error.details.field : undefined;
        return apiError("INVALID", error.message, { field });
      }
      throw error;
    }
  };
}

/** The query string as a plain object (the last value wins for repeated names). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
