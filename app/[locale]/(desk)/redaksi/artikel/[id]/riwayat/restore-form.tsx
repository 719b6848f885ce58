"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { restoreRevisionAction } from "./actions";

type Props = { articleId: string; revisionId: string; articleVersion: number };

export function RestoreForm({ articleId, revisionId, articleVersion }: Props) {
  const [state, action] = useActionState(restoreRevisionAction, idle);
  return (
    <form action={action} className="form-actions">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="expectedVersion" value={articleVersion} />
      <SubmitButton label="Pulihkan versi ini" pendingLabel="Memulihkan…" />
      <FormMessage state={state} />
    </form>
  );
}
