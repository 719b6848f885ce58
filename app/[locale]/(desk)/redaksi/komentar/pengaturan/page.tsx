import type { Metadata } from "next";
import { ActionForm } from "@/components/desk/action-form";
import { pageGate } from "@/lib/auth/page-gate";
import { getCommentSettings } from "@/lib/comments/get-comment-settings";
import { updateCommentSettingsAction } from "../actions";
import { ModerationTabs } from "../moderation-tabs";
import "../../penulis/desk-people.css";
import "../moderation.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Pengaturan komentar" };

export default async function CommentSettingsPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const { data } = await pageGate("/redaksi/komentar/pengaturan", (user) =>
    getCommentSettings(user),
  );
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">Moderasi</h1>
      </div>
      <ModerationTabs current="pengaturan" />
      <ActionForm
        action={updateCommentSettingsAction}
        label="Pengaturan komentar"
        className="settings-form"
        fieldLabels={{ words: "Daftar kata" }}
      >
        <label>
          <input
            type="checkbox"
            name="closedByDefault"
            value="on"
            defaultChecked={data.closedByDefault}
          />{" "}
          Tutup komentar secara bawaan (artikel yang tidak diatur sendiri tidak menerima komentar)
        </label>
        <label className="queue-field" htmlFor="moderation-words">
          Daftar kata moderasi
        </label>
        <p className="small muted" id="moderation-words-help">
          Satu kata atau frasa per baris; baris yang diawali # diabaikan. Komentar yang memuat salah
          satunya ditahan untuk ditinjau, tidak ditolak.{" "}
          {data.edited
            ? "Daftar ini sudah diubah redaksi."
            : "Saat ini berlaku daftar bawaan dari lib/comments/moderation-words.txt."}
        </p>
        <textarea
          id="moderation-words"
          name="words"
          defaultValue={data.words.join("\n")}
          aria-describedby="moderation-words-help"
        />
        <button type="submit">Simpan pengaturan</button>
      </ActionForm>
    </div>
  );
}
