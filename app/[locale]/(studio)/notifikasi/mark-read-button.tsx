"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { NOTIFICATIONS_CHANGED } from "@/components/account/notification-bell";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

/** "Tandai sudah dibaca" for one notification (with `id` and its text) or all; the header's bell recounts after. */
export function MarkReadButton({ id, about }: { id?: string; about?: string }) {
  const t = useTranslations("account.markRead");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const mark = () =>
    startTransition(async () => {
      const result = id
        ? await markNotificationReadAction({ id })
        : await markAllNotificationsReadAction({});
      setError(result.status === "error" ? result.message : null);
      window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    });
  return (
    <>
      <button type="button" className="button-secondary" onClick={mark} disabled={pending}>
        {pending ? t("pending") : id ? t("one") : t("all")}
        {about && <span className="visually-hidden">{about}</span>}
      </button>
      {error && (
        <span role="alert" className="form-message">
          {error}
        </span>
      )}
    </>
  );
}
