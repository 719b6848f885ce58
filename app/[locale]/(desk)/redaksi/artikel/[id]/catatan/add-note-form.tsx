"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { addEditorialNoteAction } from "./actions";

export function AddNoteForm({ articleId }: { articleId: string }) {
  const t = useTranslations("desk.notes");
  const [state, action] = useActionState(addEditorialNoteAction, idle);
  const errors = state.fieldErrors?.body;
  return (
    <form action={action} className="account-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      <div className="field">
        <label htmlFor="editorial-note-body">{t("new")}</label>
        <textarea
          id="editorial-note-body"
          name="body"
          rows={3}
          required
          defaultValue={state.status === "error" ? state.values?.body : undefined}
          aria-invalid={errors ? true : undefined}
          aria-describedby={`editorial-note-hint${errors ? " editorial-note-error" : ""}`}
        />
        <p id="editorial-note-hint" className="field-hint">
          {t("hint")}
        </p>
        {errors && (
          <p id="editorial-note-error" className="field-error">
            {errors.join(" ")}
          </p>
        )}
      </div>
      <div className="form-actions">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
