"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import type { PointsSettings } from "@/lib/points/points-settings";
import { updatePointsSettingsAction } from "../actions";

/** Whole numbers of at least 1, each labelled by its own message key. */
const SETTINGS = ["viewsPerPoint", "minimumRedemption", "rupiahPerPoint"] as const;

export function SettingsForm({ settings }: { settings: PointsSettings }) {
  const t = useTranslations("desk.points");
  const [state, action] = useActionState(updatePointsSettingsAction, idle);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="points-settings" style={{ maxWidth: "26rem" }}>
      {SETTINGS.map((name) => (
        <FormField
          key={name}
          idPrefix="s"
          name={name}
          label={t(name)}
          type="number"
          min={1}
          step={1}
          defaultValue={v[name] ?? settings[name]}
          errors={e[name]}
        />
      ))}
      <FormMessage state={state} />
      <SubmitButton label={t("saveSettings")} pendingLabel={t("saving")} />
    </form>
  );
}
