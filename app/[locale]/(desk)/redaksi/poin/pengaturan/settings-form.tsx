"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";
import { idle } from "@/lib/actions/result";
import { SubmitButton } from "@/components/account/submit-button";
import type { PointsSettings } from "@/lib/points/points-settings";
import { updatePointsSettingsAction } from "../actions";

export function SettingsForm({ settings }: { settings: PointsSettings }) {
  const t = useTranslations("desk.points");
  const [state, action] = useActionState(updatePointsSettingsAction, idle);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="points-settings" style={{ maxWidth: "26rem" }}>
      <FormField
        idPrefix="s"
        name="viewsPerPoint"
        label={t("viewsPerPoint")}
        type="number"
        min={1}
        step={1}
        defaultValue={v.viewsPerPoint ?? settings.viewsPerPoint}
        errors={e.viewsPerPoint}
      />
      <FormField
        idPrefix="s"
        name="minimumRedemption"
        label={t("minimumRedemption")}
        type="number"
        min={1}
        step={1}
        defaultValue={v.minimumRedemption ?? settings.minimumRedemption}
        errors={e.minimumRedemption}
      />
      <FormField
        idPrefix="s"
        name="rupiahPerPoint"
        label={t("rupiahPerPoint")}
        type="number"
        min={1}
        step={1}
        defaultValue={v.rupiahPerPoint ?? settings.rupiahPerPoint}
        errors={e.rupiahPerPoint}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("saveSettings")} pendingLabel={t("saving")} />
    </form>
  );
}
