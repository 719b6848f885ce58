"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { REJECTION_REASONS } from "@/lib/articles/review/rejection-reasons";
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
          {outcome.message} {outcome.link && <Link href={outcome.link}>Lihat di situs</Link>}
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
                () => ({ kind: "done", message: "Artikel ini sekarang Anda review." }),
              )
            }
          >
            Klaim untuk direview
          </button>
        )}
        {canEdit && (
          <Link className="button button-secondary" href={`/redaksi/artikel/${articleId}/sunting`}>
            Sunting naskah
          </Link>
        )}
        {canRelease && (
          <button
            type="button"
            className="button-secondary"
            disabled={pending}
            onClick={() => {
              // Taking someone else's article out of their hands is asked first; one's own is not.
              if (
                claimHolder &&
                !window.confirm(
                  `Lepaskan klaim ${claimHolder}? Artikel kembali ke antrean dan ${claimHolder} tidak lagi memegangnya. Tindakan ini dicatat di log audit.`,
                )
              )
                return;
              run(
                () => releaseClaimAction(articleId),
                () => ({ kind: "done", message: "Klaim dilepas; artikel kembali ke antrean." }),
              );
            }}
          >
            {claimHolder ? `Lepaskan klaim ${claimHolder}` : "Lepaskan klaim"}
          </button>
        )}
      </div>

      {canDecide && (
        <>
          <section aria-labelledby="publish-heading">
            <h3 id="publish-heading">Terbitkan</h3>
            <div className="decision-row">
              <button
                type="button"
                disabled={pending}
                onClick={() =>
                  run(
                    () => publishArticleAction({ articleId }),
                    (data) => ({ kind: "done", message: "Artikel terbit.", link: data.path }),
                  )
                }
              >
                Terbitkan sekarang
              </button>
            </div>
          </section>

          <form
            aria-labelledby="schedule-heading"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                () => scheduleArticleAction({ articleId, ...scheduleAt }),
                () => ({ kind: "done", message: "Artikel dijadwalkan." }),
              );
            }}
          >
            <h3 id="schedule-heading">Jadwalkan terbit (WIB)</h3>
            <div className="decision-row">
              <label>
                Tanggal
                <input
                  type="date"
                  required
                  value={scheduleAt.date}
                  onChange={(e) => setScheduleAt({ ...scheduleAt, date: e.target.value })}
                  aria-invalid={Boolean(fieldError("date"))}
                />
              </label>
              <label>
                Jam (WIB)
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
              Jadwalkan
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
                  return { kind: "done", message: "Permintaan revisi dikirim ke penulis." };
                },
              );
            }}
          >
            <h3 id="changes-heading">Minta revisi</h3>
            <label>
              Catatan untuk penulis
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
              Minta revisi
            </button>
          </form>

          <form
            aria-labelledby="reject-heading"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                () => rejectArticleAction({ articleId, reason, detail }),
                () => ({ kind: "done", message: "Artikel ditolak; penulis sudah diberi tahu." }),
              );
            }}
          >
            <h3 id="reject-heading">Tolak</h3>
            <label>
              Alasan penolakan
              <select
                required
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={Boolean(fieldError("reason"))}
              >
                <option value="">Pilih alasan…</option>
                {REJECTION_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Penjelasan untuk penulis
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
              Tolak artikel
            </button>
          </form>
        </>
      )}
    </div>
  );
}
