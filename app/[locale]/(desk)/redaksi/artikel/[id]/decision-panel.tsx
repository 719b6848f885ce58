"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/articles/review/rejection-reasons";
import { localizedPath } from "@/lib/i18n/paths";
import { claimArticleAction, releaseClaimAction } from "../../actions";
import {
  publishArticleAction,
  rejectArticleAction,
  requestChangesAction,
  scheduleArticleAction,
} from "./actions";

type Props = {
  articleId: string;
  canClaim: boolean;
  canRelease: boolean;
  /** Who holds the claim when it is someone else's (only an admin may release it then). */
  claimHolder?: string;
  canDecide: boolean;
  canEdit: boolean;
  /** A suggestion for the schedule form (WIB), computed on the server so both renders agree. */
  defaultSchedule: { date: string; time: string };
};

type Outcome =
  | { kind: "error"; message: string; fieldErrors?: Record<string, string[]> }
  | { kind: "done"; message: string; link?: string }
  | null;

// The reasons are sent and stored as written (the writer reads them); only their labels are translated.
const REASON_KEYS: Record<
  RejectionReason,
  "plagiarism" | "guidelines" | "quality" | "scope" | "other"
> = {
  Plagiarisme: "plagiarism",
  "Tidak sesuai pedoman komunitas": "guidelines",
  "Kualitas tulisan belum memadai": "quality",
  "Topik di luar cakupan Warta": "scope",
  Lainnya: "other",
};

/** Claim, release and the four decisions. Each runs one verb; the page refreshes to show the new state. */
export function DecisionPanel({
  articleId,
  canClaim,
  canRelease,
  claimHolder,
  canDecide,
  canEdit,
  defaultSchedule,
}: Props) {
  const t = useTranslations("desk.decision");
  const locale = useLocale();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const [scheduleAt, setScheduleAt] = useState(defaultSchedule);
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [detail, setDetail] = useState("");

  function run<T>(action: () => Promise<ActionResult<T>>, done: (data: T) => Outcome) {
    startTransition(async () => {
      setOutcome(null);
      const result = await action();
      if (result.status === "success") setOutcome(done(result.data));
      else if (result.status === "error")
        setOutcome({ kind: "error", message: result.message, fieldErrors: result.fieldErrors });
      router.refresh();
    });
  }
  const fieldError = (name: string) =>
    outcome?.kind === "error" ? outcome.fieldErrors?.[name]?.[0] : undefined;

  return (
    <div className="decision-actions">
      {outcome?.kind === "done" && (
        <p role="status" className="form-success">
          {outcome.message}{" "}
          {outcome.link && (
            <Link href={localizedPath(locale, outcome.link)}>{t("viewOnSite")}</Link>
          )}
        </p>
      )}
      {outcome?.kind === "error" && (
        <p role="alert" className="form-message">
          {outcome.message}
        </p>
      )}

      <div className="decision-row">
        {canClaim && (
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              run(
                () => claimArticleAction(articleId),
                () => ({ kind: "done", message: t("claimed") }),
              )
            }
          >
            {t("claim")}
          </button>
        )}
        {canEdit && (
          <Link className="button button-secondary" href={`/redaksi/artikel/${articleId}/sunting`}>
            {t("edit")}
          </Link>
        )}
        {canRelease && (
          <button
            type="button"
            className="button-secondary"
            disabled={pending}
            onClick={() => {
              // Taking someone else's article out of their hands is asked first; one's own is not.
              if (claimHolder && !window.confirm(t("releaseOtherConfirm", { name: claimHolder })))
                return;
              run(
                () => releaseClaimAction(articleId),
                () => ({ kind: "done", message: t("released") }),
              );
            }}
          >
            {claimHolder ? t("releaseOther", { name: claimHolder }) : t("release")}
          </button>
        )}
      </div>

      {canDecide && (
        <>
          <section aria-labelledby="publish-heading">
            <h3 id="publish-heading">{t("publishHeading")}</h3>
            <div className="decision-row">
              <button
                type="button"
                disabled={pending}
                onClick={() =>
                  run(
                    () => publishArticleAction({ articleId }),
                    (data) => ({ kind: "done", message: t("published"), link: data.path }),
                  )
                }
              >
                {t("publishNow")}
              </button>
            </div>
          </section>

          <form
            aria-labelledby="schedule-heading"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                () => scheduleArticleAction({ articleId, ...scheduleAt }),
                () => ({ kind: "done", message: t("scheduled") }),
              );
            }}
          >
            <h3 id="schedule-heading">{t("scheduleHeading")}</h3>
            <div className="decision-row">
              <label>
                {t("date")}
                <input
                  type="date"
                  required
                  value={scheduleAt.date}
                  onChange={(e) => setScheduleAt({ ...scheduleAt, date: e.target.value })}
                  aria-invalid={Boolean(fieldError("date"))}
                />
              </label>
              <label>
                {t("time")}
                <input
                  type="time"
                  required
                  value={scheduleAt.time}
                  onChange={(e) => setScheduleAt({ ...scheduleAt, time: e.target.value })}
                  aria-invalid={Boolean(fieldError("time"))}
                />
              </label>
            </div>
            {(fieldError("date") || fieldError("time")) && (
              <span className="field-error">{fieldError("date") ?? fieldError("time")}</span>
            )}
            <button type="submit" className="button-secondary" disabled={pending}>
              {t("schedule")}
            </button>
          </form>

          <form
            aria-labelledby="changes-heading"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                () => requestChangesAction({ articleId, note }),
                () => {
                  setNote("");
                  return { kind: "done", message: t("changesSent") };
                },
              );
            }}
          >
            <h3 id="changes-heading">{t("requestChanges")}</h3>
            <label>
              {t("noteForWriter")}
              <textarea
                rows={4}
                required
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                aria-invalid={Boolean(fieldError("note"))}
              />
            </label>
            {fieldError("note") && <span className="field-error">{fieldError("note")}</span>}
            <button type="submit" className="button-secondary" disabled={pending}>
              {t("requestChanges")}
            </button>
          </form>

          <form
            aria-labelledby="reject-heading"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                () => rejectArticleAction({ articleId, reason, detail }),
                () => ({ kind: "done", message: t("rejected") }),
              );
            }}
          >
            <h3 id="reject-heading">{t("rejectHeading")}</h3>
            <label>
              {t("reason")}
              <select
                required
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={Boolean(fieldError("reason"))}
              >
                <option value="">{t("chooseReason")}</option>
                {REJECTION_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`reasons.${REASON_KEYS[r]}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("detail")}
              <textarea
                rows={3}
                maxLength={2000}
                value={detail}
                onChange={(e) => setDetail(e.target.value)}
                aria-invalid={Boolean(fieldError("detail"))}
              />
            </label>
            {(fieldError("reason") || fieldError("detail")) && (
              <span className="field-error">{fieldError("reason") ?? fieldError("detail")}</span>
            )}
            <button type="submit" className="button-secondary" disabled={pending}>
              {t("reject")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
