"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { restoreRevisionAction } from "./actions";

type Props = { articleId: string; revisionId: string; articleVersion: number };

export function RestoreForm({ articleId, revisionId, articleVersion }: Props) {
  const t = useTranslations("desk.revisions");
  const [state, action] = useActionState(restoreRevisionAction, idle);
  return (
    <form action={action} className="form-actions">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="expectedVersion" value={articleVersion} />
      <SubmitButton label={t("restore")} pendingLabel={t("restoring")} />
      <FormMessage state={state} />
    </form>
  );
}
