"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";

// Calls from the comment island to /api/comments/…; every answer becomes a result the UI can show.
// The island words its own fallbacks; the server words its messages in the page's language, which
// the island names in next-intl's locale header: /api is outside proxy.ts, and a reader who opened
// an /en page directly has no language cookie for the server to read.

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; fieldMessage?: string; reason?: string };

type ErrorBody = {
  message?: string;
  reason?: string;
  fieldErrors?: Record<string, string[]>;
};

type Init = { method?: string; body?: unknown };

// A limit's message that already says how long to wait, in either language.
const NAMES_A_WAIT = /detik|menit|jam|second|minute|hour/;

/** `callApi(path, init)` bound to the page's language. */
export function useCallApi() {
  const t = useTranslations("comments.api");
  const locale = useLocale();
  return useCallback(
    async <T>(path: string, init: Init = {}): Promise<ApiResult<T>> => {
      let response: Response;
      try {
        response = await fetch(path, {
          method: init.method ?? "POST",
          credentials: "same-origin",
          headers: { "content-type": "application/json", "x-next-intl-locale": locale },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
      } catch {
        return { ok: false, status: 0, message: t("offline") };
      }
      const body = (await response.json().catch(() => ({}))) as T & ErrorBody;
      if (response.ok) return { ok: true, data: body };
      const fieldMessage = Object.values(body.fieldErrors ?? {})[0]?.[0];
      let message = body.message ?? t("failed");
      if (response.status === 429) {
        const retry = Number(response.headers.get("retry-after"));
        if (retry > 0 && !NAMES_A_WAIT.test(message))
          message = t("retryIn", { message, seconds: retry });
      }
      return { ok: false, status: response.status, message, fieldMessage, reason: body.reason };
    },
    [t, locale],
  );
}

export const commentsPath = (articleId: string, ...rest: string[]) =>
  ["/api/comments", encodeURIComponent(articleId), ...rest.map(encodeURIComponent)].join("/");
