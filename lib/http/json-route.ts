import "server-only";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import type { FieldErrors } from "@/lib/actions/result";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { serverLocale, translateFieldErrors, translateServerText } from "@/lib/i18n/server-text";

/** Wraps a route handler: AppError → its HTTP status (429 carries Retry-After), ZodError → 422, as JSON. */
export function jsonRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof AppError) {
        const headers: Record<string, string> = { "cache-control": "no-store" };
        const retryAfter = error.details?.retryAfterSeconds;
        if (typeof retryAfter === "number") headers["retry-after"] = String(retryAfter);
        // Details are chosen by the verb for the caller (the newer version on a conflict, field errors).
        const details = Object.fromEntries(
          Object.entries(error.details ?? {}).filter(([key]) => key !== "retryAfterSeconds"),
        );
        const locale = await serverLocale();
        if (details.fieldErrors && typeof details.fieldErrors === "object")
          details.fieldErrors = translateFieldErrors(locale, details.fieldErrors as FieldErrors);
        return Response.json(
          { error: error.code, message: translateServerText(locale, error.message), ...details },
          { status: error.status, headers },
        );
      }
      if (error instanceof ZodError) {
        const locale = await serverLocale();
        return Response.json(
          {
            error: "INVALID",
            message: translateServerText(locale, "Periksa kembali isian Anda."),
            fieldErrors: translateFieldErrors(locale, fieldErrorsOf(error)),
          },
          { status: 422 },
        );
      }
      throw error;
    }
  };
}
