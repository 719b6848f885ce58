"use client";

import { useRef, useState, useTransition, type ReactNode } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";

type Props = {
  action: (form: FormData) => Promise<ActionResult<unknown>>;
  children: ReactNode;
  /** Accessible name of the form (it becomes a `form` landmark). */
  label: string;
  className?: string;
  /** Asked with the browser's confirm dialog before anything is sent. */
  confirm?: string;
  /** Field name → label, to say which field a message is about. */
  fieldLabels?: Record<string, string>;
  /** Empty the fields after a success (forms that create something). */
  resetOnSuccess?: boolean;
  /**
   * Hands the outcome to the caller instead of showing it here: for forms that the change itself
   * removes (a "verify" button gone once verified), the caller keeps the message on screen.
   */
  onResult?: (result: ActionResult<unknown>) => void;
};

/**
 * A desk form that posts to a server action and says what happened next to it. Submitting by
 * script keeps what was typed when the server refuses (a form action would reset it either way);
 * the action revalidates the page, so lists update on success.
 */
export function ActionForm({
  action,
  children,
  label,
  className,
  confirm,
  fieldLabels = {},
  resetOnSuccess = false,
  onResult,
}: Props) {
  const [result, setResult] = useState<ActionResult<unknown>>(idle);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const next = await action(data);
      if (onResult) onResult(next);
      else setResult(next);
      if (next.status === "success" && resetOnSuccess) formRef.current?.reset();
    });
  };

  const fieldMessages = Object.entries(result.fieldErrors ?? {}).filter(([field]) => field !== "_");
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      aria-label={label}
      className={className}
      aria-busy={pending || undefined}
    >
      <fieldset disabled={pending} className="action-form-fields">
        {children}
      </fieldset>
      {result.status === "error" && (
        <div role="alert" className="form-message">
          <p>{result.message}</p>
          {fieldMessages.length > 0 && (
            <ul>
              {fieldMessages.map(([field, messages]) => (
                <li key={field}>
                  {fieldLabels[field] ?? field}: {messages.join(" ")}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result.status === "success" && (
        <p role="status" className="form-success">
          {result.message}
        </p>
      )}
    </form>
  );
}
