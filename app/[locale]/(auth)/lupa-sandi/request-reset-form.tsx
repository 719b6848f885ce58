"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { requestPasswordResetAction } from "./actions";

export function RequestResetForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(requestPasswordResetAction, idle);
  return (
    <form action={action} className="account-form" noValidate>
      <FormMessage state={state} />
      <FormField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <div className="form-actions">
        <SubmitButton label={t("forgot.submit")} pendingLabel={t("forgot.pending")} />
      </div>
    </form>
  );
}
