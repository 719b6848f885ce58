import type { AppErrorCode } from "@/lib/errors";

// What every server action answers, to every form of the product (useActionState, the desk's
// ActionForm, a button that calls the action itself): a message for the whole form, messages per
// field, and the text fields as they were sent, so nothing typed is lost (never a password).

export type FieldErrors = Record<string, string[]>;
export type FormValues = Record<string, string>;

type Shown = { message?: string; fieldErrors?: FieldErrors; values?: FormValues };

export type ActionResult<T = undefined> =
  | (Shown & { status: "idle" })
  | (Shown & { status: "success"; data: T })
  | (Shown & { status: "error"; code: AppErrorCode; message: string });

/** The state of a form before its first submission. */
export const idle: ActionResult<never> = { status: "idle" };
