"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { cancelScheduleAction } from "../actions";

/** Takes an article off the timetable and back into review (claimed by whoever cancelled). */
export function CancelScheduleButton({ articleId, title }: { articleId: string; title: string }) {
  const t = useTranslations("desk.scheduled");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const cancel = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await cancelScheduleAction(articleId);
      if (result.status === "error") setMessage(result.message);
      router.refresh();
    });
  return (
    <div>
      <button
        type="button"
        className="button-secondary"
        onClick={cancel}
        disabled={pending}
        aria-label={t("cancelLabel", { title })}
      >
        {t("cancel")}
      </button>
      {message && (
        <p role="alert" className="form-message">
          {message}
        </p>
      )}
    </div>
  );
}
