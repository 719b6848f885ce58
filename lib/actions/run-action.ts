import "server-only";
import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";

// Server actions return a result the form can show, instead of throwing into an error page:
// the form keeps what the user typed and says what to fix.

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]> };

export function fieldErrorsOf(error: ZodError) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** Runs the body of a server action; AppError and ZodError become a failed result, anything else propagates. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError)
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.details?.fieldErrors
          ? { fieldErrors: error.details.fieldErrors as Record<string, string[]> }
          : {}),
      };
    if (error instanceof ZodError)
      return {
        ok: false,
        code: "INVALID",
        message: "Periksa kembali isian yang ditandai.",
        fieldErrors: fieldErrorsOf(error),
      };
    throw error;
  }
}
