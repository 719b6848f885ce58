import { ChangeDiff } from "@/components/article/change-diff";
import { ActionForm } from "@/components/desk/action-form";
import type { DiffPart } from "@/lib/articles/text-diff";
import { formatWib } from "@/lib/format/dates";
import { returnUpdateAction } from "./update-actions";

type Proposal = {
  writerName: string;
  submittedAt: string | null;
  returned: { at: string; reason: string } | null;
  kind: "UPDATE" | "MINOR";
  note: string;
  diff: DiffPart[];
};

/**
 * A Verified Writer's update sent to the desk: what they propose to tell readers, what changed
 * against the live version, and the way to send it back. Publishing is the panel beside the editor.
 */
export function ProposedUpdate({ articleId, proposal }: { articleId: string; proposal: Proposal }) {
  if (proposal.returned)
    return (
      <section className="proposed-update" aria-labelledby="proposed-update-title">
        <h2 id="proposed-update-title" className="block-title">
          Usulan pembaruan dari penulis
        </h2>
        <p role="status">
          Dikembalikan ke {proposal.writerName}{" "}
          <time dateTime={proposal.returned.at}>{formatWib(new Date(proposal.returned.at))}</time>:{" "}
          {proposal.returned.reason}
        </p>
      </section>
    );
  return (
    <section className="proposed-update" aria-labelledby="proposed-update-title">
      <h2 id="proposed-update-title" className="block-title">
        Usulan pembaruan dari penulis
      </h2>
      <p>
        Dikirim oleh <strong>{proposal.writerName}</strong>
        {proposal.submittedAt && (
          <>
            {" "}
            <time dateTime={proposal.submittedAt}>{formatWib(new Date(proposal.submittedAt))}</time>
          </>
        )}
        .{" "}
        {proposal.kind === "MINOR" ? (
          "Diusulkan sebagai perubahan kecil (tanpa catatan publik)."
        ) : (
          <>
            Catatan yang diusulkan: <q>{proposal.note}</q>
          </>
        )}
      </p>
      <details open>
        <summary>Perbedaan dengan versi yang terbit</summary>
        <ChangeDiff parts={proposal.diff} label="Perubahan terhadap versi terbit" />
      </details>
      <ActionForm
        action={returnUpdateAction}
        label="Kembalikan pembaruan ke penulis"
        fieldLabels={{ reason: "Alasan" }}
      >
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor="return-reason">Alasan untuk penulis</label>
        <textarea id="return-reason" name="reason" rows={3} maxLength={1000} />
        <button type="submit" className="button-secondary">
          Kembalikan ke penulis
        </button>
      </ActionForm>
    </section>
  );
}
