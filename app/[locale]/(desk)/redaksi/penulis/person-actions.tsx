"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Role, WriterTier } from "@/lib/enums";
import { ActionForm } from "@/components/desk/action-form";
import {
  revokeVerificationAction,
  setRoleAction,
  suspendUserAction,
  unsuspendUserAction,
  verifyWriterAction,
} from "./actions";
import { idle, type ActionResult } from "@/lib/actions/result";

export type PersonActionsProps = {
  userId: string;
  displayName: string;
  tier: WriterTier;
  role: Role;
  suspended: boolean;
  /** What the page offers; the verbs decide again when a button is pressed. */
  mayVerify: boolean;
  maySuspend: boolean;
  maySetRole: boolean;
};

/**
 * An account's buttons on the people page. Each press swaps its own button for the opposite one
 * (verify ↔ revoke), so the outcome is said here, where it outlives the form that caused it.
 */
export function PersonActions({
  userId,
  displayName,
  tier,
  role,
  suspended,
  mayVerify,
  maySuspend,
  maySetRole,
}: PersonActionsProps) {
  const t = useTranslations("desk.people");
  const [result, setResult] = useState<ActionResult<unknown>>(idle);
  const name = <span className="visually-hidden"> {displayName}</span>;
  const hidden = <input type="hidden" name="userId" value={userId} />;
  const shared = { onResult: setResult, className: "inline-form" };
  return (
    <div>
      <div className="person-actions">
        {mayVerify && !suspended && tier !== "VERIFIED" && (
          <ActionForm
            action={verifyWriterAction}
            label={t("verifyLabel", { name: displayName })}
            {...shared}
          >
            {hidden}
            <button type="submit">
              {t("verify")}
              {name}
            </button>
          </ActionForm>
        )}
        {mayVerify && tier === "VERIFIED" && (
          <ActionForm
            action={revokeVerificationAction}
            label={t("revokeLabel", { name: displayName })}
            confirm={t("revokeConfirm", { name: displayName })}
            {...shared}
          >
            {hidden}
            <button type="submit" className="button-secondary">
              {t("revoke")}
              {name}
            </button>
          </ActionForm>
        )}
        {maySetRole && (
          <ActionForm
            action={setRoleAction}
            label={t("roleLabel", { name: displayName })}
            {...shared}
          >
            {hidden}
            <input type="hidden" name="role" value={role === "EDITOR" ? "WRITER" : "EDITOR"} />
            <button type="submit" className="button-secondary">
              {role === "EDITOR" ? t("removeEditor") : t("makeEditor")}
              {name}
            </button>
          </ActionForm>
        )}
        {maySuspend && suspended && (
          <ActionForm
            action={unsuspendUserAction}
            label={t("unsuspendLabel", { name: displayName })}
            {...shared}
          >
            {hidden}
            <button type="submit" className="button-secondary">
              {t("unsuspend")}
              {name}
            </button>
          </ActionForm>
        )}
        {maySuspend && !suspended && (
          <details className="desk-details">
            <summary>
              {t("suspendOpen")}
              {name}
            </summary>
            <ActionForm
              action={suspendUserAction}
              label={t("suspendLabel", { name: displayName })}
              onResult={setResult}
            >
              {hidden}
              <p className="small">{t("suspendHelp")}</p>
              <label htmlFor={`reason-${userId}`}>{t("reason")}</label>
              <textarea id={`reason-${userId}`} name="reason" maxLength={500} />
              <div>
                <button type="submit">
                  {t("suspend")}
                  {name}
                </button>
              </div>
            </ActionForm>
          </details>
        )}
      </div>
      {result.status === "error" && (
        <p role="alert" className="form-message">
          {result.message}
        </p>
      )}
      {result.status === "success" && (
        <p role="status" className="form-success">
          {result.message}
        </p>
      )}
    </div>
  );
}
