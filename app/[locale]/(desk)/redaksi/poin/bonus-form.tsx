"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { grantBonusAction } from "./actions";

export function BonusForm() {
  const t = useTranslations("desk.points");
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
        label={t("bonusUsername")}
        defaultValue={values.username}
        errors={state.fieldErrors?.username}
        autoComplete="off"
      />
      <FormField
        idPrefix="b"
        name="points"
        label={t("bonusPoints")}
        type="number"
        min={1}
        step={1}
        defaultValue={values.points}
        errors={state.fieldErrors?.points}
      />
      <FormField
        idPrefix="b"
        name="reason"
        label={t("bonusReason")}
        defaultValue={values.reason}
        errors={state.fieldErrors?.reason}
        hint={t("bonusHint")}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("grant")} pendingLabel={t("saving")} />
    </form>
  );
}
