import type { ZodError } from "zod";
import type { FieldErrors } from "@/lib/actions/result";

/** Zod's issues by field path ("_" for the whole input), as forms and JSON routes show them. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}
