"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { createDraftAction } from "./actions";

/** "Tulis artikel baru": the action lands in the new draft's workspace, or says why it could not. */
export function NewDraftForm() {
  const t = useTranslations("studio.newDraft");
  const [state, action, pending] = useActionState(createDraftAction, idle);
  return (
    <form action={action} className="new-draft">
      <FormMessage state={state} />
      <button type="submit" name="template" value="kosong" disabled={pending}>
        {t("blank")}
      </button>
      <button
        type="submit"
        name="template"
        value="narasi"
        className="button-secondary"
        disabled={pending}
      >
        {t("narrative")}
      </button>
      <button
        type="submit"
        name="template"
        value="listicle"
        className="button-secondary"
        disabled={pending}
      >
        {t("listicle")}
      </button>
    </form>
  );
}
