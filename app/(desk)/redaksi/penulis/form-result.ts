import type { ActionResult } from "@/lib/actions/run-action";

// What the desk's people and structure forms answer: one message for the whole form plus field
// messages (ActionForm lists them under the field labels it was given).
export type FormResult = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
};

export function toFormResult<T>(result: ActionResult<T>, success: (data: T) => string): FormResult {
  if (result.ok) return { status: "success", message: success(result.data) };
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
}

/** The text fields of a posted form (files are never expected here). */
export function formFields(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
