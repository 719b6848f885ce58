"use client";

import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { requestPasswordResetAction } from "./actions";

export function RequestResetForm() {
  const [state, action] = useActionState(requestPasswordResetAction, idle);
  return (
    <form action={action} className="account-form" noValidate>
      <FormMessage state={state} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <div className="form-actions">
        <SubmitButton label="Kirim tautan" pendingLabel="Mengirim…" />
      </div>
    </form>
  );
}
