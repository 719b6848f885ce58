"use client";

import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { grantBonusAction } from "./actions";

export function BonusForm() {
  const [state, action] = useActionState(grantBonusAction, idle);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form
      action={action}
      className="bonus-form"
      key={state.status === "success" ? state.message : "bonus"}
    >
      <FormField
        idPrefix="b"
        name="username"
        label="Nama pengguna penulis"
        defaultValue={values.username}
        errors={state.fieldErrors?.username}
        autoComplete="off"
      />
      <FormField
        idPrefix="b"
        name="points"
        label="Poin"
        type="number"
        min={1}
        step={1}
        defaultValue={values.points}
        errors={state.fieldErrors?.points}
      />
      <FormField
        idPrefix="b"
        name="reason"
        label="Alasan"
        defaultValue={values.reason}
        errors={state.fieldErrors?.reason}
        hint="Terlihat oleh penulis di buku poinnya."
      />
      <FormMessage state={state} />
      <SubmitButton label="Beri bonus" pendingLabel="Menyimpan…" />
    </form>
  );
}
