"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { createDraftAction } from "./actions";

/** "Tulis artikel baru": the action lands in the new draft's workspace, or says why it could not. */
export function NewDraftForm() {
  const [state, action, pending] = useActionState(createDraftAction, idle);
  return (
    <form action={action} className="new-draft">
      <FormMessage state={state} />
      <button type="submit" name="template" value="kosong" disabled={pending}>
        Tulis artikel baru
      </button>
      <button
        type="submit"
        name="template"
        value="narasi"
        className="button-secondary"
        disabled={pending}
      >
        Templat narasi
      </button>
      <button
        type="submit"
        name="template"
        value="listicle"
        className="button-secondary"
        disabled={pending}
      >
        Templat listicle
      </button>
    </form>
  );
}
