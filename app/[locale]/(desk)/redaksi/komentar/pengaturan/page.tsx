import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/desk/action-form";
import { pageGate } from "@/lib/auth/page-gate";
import { getCommentSettings } from "@/lib/comments/get-comment-settings";
import { updateCommentSettingsAction } from "../actions";
import { ModerationTabs } from "../moderation-tabs";
import "../../penulis/desk-people.css";
import "../moderation.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "moderation.settings" });
  return { title: t("metaTitle") };
}

export default async function CommentSettingsPage({ params }: Props) {
  await enterLocale(params);
  const t = await getTranslations("moderation");
  const { data } = await pageGate("/redaksi/komentar/pengaturan", (user) =>
    getCommentSettings(user),
  );
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">{t("heading")}</h1>
      </div>
      <ModerationTabs current="pengaturan" />
      <ActionForm
        action={updateCommentSettingsAction}
        label={t("settings.formLabel")}
        className="settings-form"
        fieldLabels={{ words: t("settings.wordsField") }}
      >
        <label>
          <input
            type="checkbox"
            name="closedByDefault"
            value="on"
            defaultChecked={data.closedByDefault}
          />{" "}
          {t("settings.closedByDefault")}
        </label>
        <label className="queue-field" htmlFor="moderation-words">
          {t("settings.words")}
        </label>
        <p className="small muted" id="moderation-words-help">
          {t("settings.help")} {data.edited ? t("settings.edited") : t("settings.shipped")}
        </p>
        <textarea
          id="moderation-words"
          name="words"
          defaultValue={data.words.join("\n")}
          aria-describedby="moderation-words-help"
        />
        <button type="submit">{t("settings.save")}</button>
      </ActionForm>
    </div>
  );
}
