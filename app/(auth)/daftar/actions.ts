"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { issueSession } from "@/lib/auth/session-cookie";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { signUp, signUpSchema } from "@/lib/users/sign-up";
import type { FormState } from "@/components/account/form-state";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function signUpAction(_previous: FormState, form: FormData): Promise<FormState> {
  // Everything typed goes back to the form on failure, except the password.
  const values = {
    displayName: text(form, "displayName"),
    username: text(form, "username"),
    email: text(form, "email"),
  };
  const result = await runAction(async () => {
    const input = signUpSchema.parse({ ...values, password: text(form, "password") });
    const user = await signUp(input, { ip: clientIp(await headers()) });
    await issueSession(user);
  });
  if (!result.ok)
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  redirect("/tulis");
}
