"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { decideRedemptionAction } from "./actions";

/** An admin's decision on one payout: approve or reject a pending one, or record the payment of an approved one. */
export function DecisionForm({ id, status }: { id: string; status: "PENDING" | "APPROVED" }) {
  const t = useTranslations("desk.points");
  const [state, action, pending] = useActionState(decideRedemptionAction, idle);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.fieldErrors?.reason ?? state.fieldErrors?.reference;
  const fieldId = `d-${id}`;
  return (
    <form action={action} className="redemption-decision">
      <input type="hidden" name="id" value={id} />
      {status === "PENDING" ? (
        <>
          <label htmlFor={fieldId}>{t("reason")}</label>
          <input
            id={fieldId}
            name="reason"
            defaultValue={values.reason}
            maxLength={500}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? `${fieldId}-error` : undefined}
          />
          <div className="decision-buttons">
            <button type="submit" name="decision" value="approve" disabled={pending}>
              {t("approve")}
            </button>
            <button
              type="submit"
              name="decision"
              value="reject"
              disabled={pending}
              className="button-secondary"
            >
              {t("reject")}
            </button>
          </div>
        </>
      ) : (
        <>
          <label htmlFor={fieldId}>{t("paymentReference")}</label>
          <input
            id={fieldId}
            name="reference"
            defaultValue={values.reference}
            maxLength={100}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? `${fieldId}-error` : undefined}
          />
          <div className="decision-buttons">
            <button type="submit" name="decision" value="paid" disabled={pending}>
              {t("markPaid")}
            </button>
          </div>
        </>
      )}
      {errors && (
        <p id={`${fieldId}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      )}
      <FormMessage state={state} />
    </form>
  );
}
