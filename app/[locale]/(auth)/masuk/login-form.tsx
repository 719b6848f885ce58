"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { FormField } from "@/components/account/form-field";
import { FormMessage } from "@/components/account/form-message";

type Failure = { message: string; fieldErrors?: Record<string, string[]> };

type Words = { serverError: string; failed: string };

function failureOf(status: number, body: unknown, words: Words): Failure {
  const record =
    body && typeof body === "object" ? (body as { message?: unknown; fieldErrors?: unknown }) : {};
  const message =
    typeof record.message === "string"
      ? record.message
      : status >= 500
        ? words.serverError
        : words.failed;
  const fieldErrors =
    record.fieldErrors && typeof record.fieldErrors === "object"
      ? (record.fieldErrors as Record<string, string[]>)
      : undefined;
  return { message, fieldErrors };
}

/**
 * Posts to /api/sesi/masuk, which can answer 429 (next-auth's callback cannot). Without scripts the
 * same form posts normally and the route redirects back with the reason.
 */
export function LoginForm({ next, initialMessage }: { next: string; initialMessage?: string }) {
  const t = useTranslations("auth");
  const [failure, setFailure] = useState<Failure | null>(
    initialMessage ? { message: initialMessage } : null,
  );
  const [pending, setPending] = useState(false);
  const password = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Cleared as soon as it is sent: a failed attempt never leaves the password in the page.
    if (password.current) password.current.value = "";
    setPending(true);
    try {
      const response = await fetch("/api/sesi/masuk", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password"), next }),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) {
        const target =
          body &&
          typeof body === "object" &&
          typeof (body as { redirectTo?: unknown }).redirectTo === "string"
            ? (body as { redirectTo: string }).redirectTo
            : next;
        // A full load, so the header and every server component see the new session.
        window.location.assign(target);
        return;
      }
      setFailure(
        failureOf(response.status, body, {
          serverError: t("logIn.serverError"),
          failed: t("logIn.failed"),
        }),
      );
    } catch {
      setFailure({ message: t("logIn.offline") });
    }
    setPending(false);
  }

  return (
    <form
      action="/api/sesi/masuk"
      method="post"
      onSubmit={onSubmit}
      className="account-form"
      noValidate
    >
      <input type="hidden" name="next" value={next} />
      {failure && <FormMessage state={{ status: "error", message: failure.message }} />}
      <FormField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        errors={failure?.fieldErrors?.email}
      />
      <FormField
        ref={password}
        name="password"
        label={t("logIn.password")}
        type="password"
        autoComplete="current-password"
        required
        errors={failure?.fieldErrors?.password}
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? t("logIn.pending") : t("logIn.submit")}
        </button>
      </div>
    </form>
  );
}
