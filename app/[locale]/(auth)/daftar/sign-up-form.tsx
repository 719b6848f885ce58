"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { signUpAction } from "./actions";

/** A server-action form: it works before (and without) scripts, and keeps what was typed on errors. */
export function SignUpForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signUpAction, idle);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="account-form" noValidate>
      <FormMessage state={state} />
      <FormField
        name="displayName"
        label={t("signUp.displayName")}
        autoComplete="name"
        required
        maxLength={60}
        defaultValue={values.displayName}
        errors={errors.displayName}
        hint={t("signUp.displayNameHint")}
      />
      <FormField
        name="username"
        label={t("signUp.username")}
        autoComplete="username"
        required
        maxLength={30}
        defaultValue={values.username}
        errors={errors.username}
        autoCapitalize="none"
        spellCheck={false}
        hint={t("signUp.usernameHint")}
      />
      <FormField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        errors={errors.email}
        hint={t("signUp.emailHint")}
      />
      <FormField
        name="password"
        label={t("signUp.password")}
        type="password"
        autoComplete="new-password"
        required
        errors={errors.password}
        hint={t("signUp.passwordHint")}
      />
      <div className="form-actions">
        <SubmitButton label={t("signUp.submit")} pendingLabel={t("signUp.pending")} />
      </div>
    </form>
  );
}
