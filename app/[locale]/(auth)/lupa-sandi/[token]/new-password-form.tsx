"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { resetPasswordAction } from "../actions";

export function NewPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.newPassword");
  const [state, action] = useActionState(resetPasswordAction, idle);
  return (
    <form action={action} className="account-form" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <FormField
        name="password"
        label={t("label")}
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.password}
        hint={t("hint")}
      />
      <div className="form-actions">
        <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
      </div>
    </form>
  );
}
