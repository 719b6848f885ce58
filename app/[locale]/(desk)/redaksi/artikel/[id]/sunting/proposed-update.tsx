import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("desk.proposed");
  const locale = useLocale();
  const heading = (
    <h2 id="proposed-update-title" className="block-title">
      {t("heading")}
    </h2>
  );
  if (proposal.returned)
    return (
      <section className="proposed-update" aria-labelledby="proposed-update-title">
        {heading}
        <p role="status">
          {t.rich("returned", {
            name: proposal.writerName,
            date: formatWib(new Date(proposal.returned.at), locale),
            reason: proposal.returned.reason,
            time: (chunks) => <time dateTime={proposal.returned?.at}>{chunks}</time>,
          })}
        </p>
      </section>
    );
  return (
    <section className="proposed-update" aria-labelledby="proposed-update-title">
      {heading}
      <p>
        {proposal.submittedAt
          ? t.rich("sentByAt", {
              name: proposal.writerName,
              date: formatWib(new Date(proposal.submittedAt), locale),
              strong: (chunks) => <strong>{chunks}</strong>,
              time: (chunks) => <time dateTime={proposal.submittedAt ?? undefined}>{chunks}</time>,
            })
          : t.rich("sentBy", {
              name: proposal.writerName,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}{" "}
        {proposal.kind === "MINOR"
          ? t("minor")
          : t.rich("note", { note: proposal.note, q: (chunks) => <q>{chunks}</q> })}
      </p>
      <details open>
        <summary>{t("diffSummary")}</summary>
        <ChangeDiff parts={proposal.diff} label={t("diffLabel")} />
      </details>
      <ActionForm
        action={returnUpdateAction}
        label={t("returnLabel")}
        fieldLabels={{ reason: t("reasonField") }}
      >
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor="return-reason">{t("reasonLabel")}</label>
        <textarea id="return-reason" name="reason" rows={3} maxLength={1000} />
        <button type="submit" className="button-secondary">
          {t("return")}
        </button>
      </ActionForm>
    </section>
  );
}
