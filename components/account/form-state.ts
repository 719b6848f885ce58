// What an account form's server action answers (useActionState): a message for the whole form,
// messages per field, and the values to put back so nothing typed is lost (never the password).
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export const idleForm: FormState = { status: "idle" };
