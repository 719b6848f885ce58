"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import { BANKS, EWALLETS, METHOD_LABELS, VOUCHERS } from "@/lib/points/account-details";
import styles from "@/components/stats/stats.module.css";
import { requestRedemptionAction } from "../actions";

type Method = keyof typeof METHOD_LABELS;

function Choice({
  name,
  label,
  options,
  value,
  errors,
  placeholder,
}: {
  name: string;
  label: string;
  options: readonly string[];
  value?: string;
  errors?: string[];
  placeholder: string;
}) {
  const id = `r-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        // Remounted with what was sent, so the reset after a refused submission keeps the choice.
        key={value ?? ""}
        id={id}
        name={name}
        defaultValue={value ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The payout request: amount, method, and only the account fields that method needs. */
export function RedemptionForm({ balance, minimum }: { balance: number; minimum: number }) {
  const t = useTranslations("studio.redemption");
  const tPoints = useTranslations("studio.points");
  const [state, action] = useActionState(requestRedemptionAction, idle);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const [method, setMethod] = useState<Method>((values.method as Method) || "BANK");
  const err = (field: string) =>
    state.fieldErrors?.[field] ?? state.fieldErrors?.[`account.${field}`];
  return (
    <form
      action={action}
      className={styles.form}
      noValidate
      key={state.status === "success" ? state.message : "form"}
    >
      <FormField
        idPrefix="r"
        name="points"
        label={t("amount")}
        type="number"
        inputMode="numeric"
        min={minimum}
        max={balance}
        step={1}
        defaultValue={values.points ?? (balance >= minimum ? String(balance) : "")}
        hint={t("amountHint", { minimum, balance })}
        errors={err("points")}
        required
      />
      <fieldset className="method-choice">
        <legend>{t("method")}</legend>
        {(Object.keys(METHOD_LABELS) as Method[]).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="method"
              value={m}
              checked={method === m}
              onChange={() => setMethod(m)}
            />{" "}
            {tPoints(`method.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === "BANK" && (
        <>
          <Choice
            name="bank"
            label={t("bank")}
            placeholder={t("choose")}
            options={BANKS}
            value={values.bank}
            errors={err("bank")}
          />
          <FormField
            idPrefix="r"
            name="accountNumber"
            label={t("accountNumber")}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.accountNumber}
            errors={err("accountNumber")}
          />
        </>
      )}
      {(method === "EWALLET" || method === "VOUCHER") && (
        <Choice
          name="provider"
          label={method === "EWALLET" ? t("wallet") : t("voucher")}
          placeholder={t("choose")}
          options={method === "EWALLET" ? EWALLETS : VOUCHERS}
          value={values.provider}
          errors={err("provider")}
        />
      )}
      {(method === "EWALLET" || method === "PHONE_CREDIT") && (
        <FormField
          idPrefix="r"
          name="phone"
          label={t("phone")}
          type="tel"
          autoComplete="tel"
          defaultValue={values.phone}
          errors={err("phone")}
          hint={t("phoneHint")}
        />
      )}
      {(method === "BANK" || method === "EWALLET") && (
        <FormField
          idPrefix="r"
          name="accountName"
          label={t("accountName")}
          autoComplete="name"
          defaultValue={values.accountName}
          errors={err("accountName")}
        />
      )}
      {method === "VOUCHER" && (
        <FormField
          idPrefix="r"
          name="email"
          label={t("voucherEmail")}
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          errors={err("email")}
        />
      )}
      <p className="muted small">{t("privacy")}</p>
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("sending")} />
    </form>
  );
}
