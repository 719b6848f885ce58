"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { createDraftAction } from "./actions";

/** "Tulis artikel baru": the action lands in the new draft's workspace, or says why it could not. */
export function NewDraftForm() {
  const [state, action, pending] = useActionState(createDraftAction, idle);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Tulis artikel baru
      </button>
    </form>
  );
}
