import Link from "next/link";
import type { QueueItem } from "@/lib/comments/list-moderation-queue";
import { COMMENT_REPORT_REASONS } from "@/lib/comments/report-reasons";
import { formatWib } from "@/lib/format/dates";
import { DecisionForm } from "./decision-status";
import { approveCommentAction, banCommenterAction, removeCommentAction } from "./actions";

const HELD_REASONS: Record<string, string> = {
  FIRST_COMMENTS: "Komentar awal anggota baru",
  LINKS: "Lebih dari dua tautan",
  WORDS: "Memuat kata dari daftar moderasi",
};

function flagsOf(item: QueueItem): string[] {
  const flags: string[] = [];
  if (item.status === "HELD") flags.push(`Ditahan: ${HELD_REASONS[item.heldReason ?? ""] ?? "—"}`);
  if (item.status === "HIDDEN")
    flags.push(item.hiddenById ? "Disembunyikan penulis artikel" : "Disembunyikan: 3 laporan");
  if (item.reportCount > 0) flags.push(`${item.reportCount} laporan`);
  if (item.author.banned) flags.push("Penulis komentar sedang diblokir");
  return flags;
}

/** One comment waiting for a decision, with its reports and the three decisions. */
export function QueueEntry({ item }: { item: QueueItem }) {
  const name = item.author.displayName;
  return (
    <li className="queue-item">
      <h2 id={`komentar-${item.id}`}>
        {name} <span className="muted small">@{item.author.username}</span>
      </h2>
      <p className="small muted">
        {item.parentId ? "Balasan" : "Komentar"} di{" "}
        <Link href={`${item.article.path}#komentar`}>{item.article.title}</Link> ·{" "}
        {formatWib(item.createdAt)}
        {item.editedAt && " · diedit"}
      </p>
      <ul className="queue-flags" aria-label="Tanda">
        {flagsOf(item).map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
      <p className="queue-body">{item.body}</p>
      {item.reports.length > 0 && (
        <ul className="small" aria-label="Alasan laporan">
          {item.reports.map((report, index) => (
            <li key={index}>
              {COMMENT_REPORT_REASONS[report.reason as keyof typeof COMMENT_REPORT_REASONS] ??
                report.reason}
              {report.note && <>: “{report.note}”</>}
            </li>
          ))}
        </ul>
      )}
      <div className="queue-actions">
        <DecisionForm action={approveCommentAction} label={`Setujui komentar ${name}`}>
          <input type="hidden" name="commentId" value={item.id} />
          <button type="submit">Setujui</button>
        </DecisionForm>
        <details className="desk-details">
          <summary>Hapus…</summary>
          <DecisionForm
            action={removeCommentAction}
            label={`Hapus komentar ${name}`}
            fieldLabels={{ reason: "Alasan" }}
          >
            <input type="hidden" name="commentId" value={item.id} />
            <label className="queue-field">
              Alasan (dikirim ke penulis komentar)
              <input type="text" name="reason" required minLength={5} maxLength={300} />
            </label>
            <button type="submit">Hapus komentar</button>
          </DecisionForm>
        </details>
        {!item.author.banned && (
          <details className="desk-details">
            <summary>Blokir {name}…</summary>
            <DecisionForm
              action={banCommenterAction}
              label={`Blokir ${name} dari berkomentar`}
              fieldLabels={{ reason: "Alasan", days: "Lama" }}
            >
              <input type="hidden" name="userId" value={item.author.id} />
              <label className="queue-field">
                Lama pemblokiran
                <select name="days" defaultValue="7">
                  <option value="1">1 hari</option>
                  <option value="7">7 hari</option>
                  <option value="30">30 hari</option>
                  <option value="permanent">Permanen</option>
                </select>
              </label>
              <label className="queue-field">
                Alasan (ditampilkan kepada yang diblokir)
                <input type="text" name="reason" required minLength={5} maxLength={300} />
              </label>
              <button type="submit">Blokir dari berkomentar</button>
            </DecisionForm>
          </details>
        )}
      </div>
    </li>
  );
}
