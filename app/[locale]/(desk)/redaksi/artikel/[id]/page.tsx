import type { Metadata } from "next";
import Link from "next/link";
import { STATUS_LABELS } from "@/lib/articles/list-my-articles";
import { getArticlePreview } from "@/lib/articles/review/get-article-preview";
import { wibParts } from "@/lib/format/wib-time";
import { env } from "@/lib/env";
import { formatWib } from "@/lib/format/dates";
import { ArticleView } from "@/components/article/article-view";
import { pageGate } from "@/lib/auth/page-gate";
import { CancelScheduleButton } from "../../terjadwal/cancel-schedule-button";
import { AfterPublishPanel } from "./after-publish-panel";
import { DecisionPanel } from "./decision-panel";
import { OriginalityPanel } from "./originality-panel";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Review artikel" };

type Props = { params: Promise<{ locale: string; id: string }> };

const at = (iso: string) => formatWib(new Date(iso));
/** The schedule form's suggestion: this time tomorrow. */
const suggestedSchedule = () => wibParts(new Date(Date.now() + 24 * 3600_000));

export default async function ReviewArticlePage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const gate = await pageGate(`/redaksi/artikel/${id}`, (user) => getArticlePreview(user, id));
  const {
    user,
    data: { page, review },
  } = gate;
  const claimedByOther = review.claimedBy && review.claimedBy.id !== user.id;

  return (
    <div className="review-layout">
      <section aria-label="Pratinjau artikel" className="preview-frame">
        <p className="preview-label">Pratinjau — tampilan yang akan dilihat pembaca</p>
        <ArticleView article={page} siteUrl={env.SITE_URL} />
      </section>

      <aside className="decision-panel" aria-labelledby="decision-heading">
        <h2 id="decision-heading">Keputusan redaksi</h2>
        <p>
          Status:{" "}
          <strong className={`status status-${review.status.toLowerCase()}`}>
            {STATUS_LABELS[review.status]}
          </strong>
        </p>
        <p className="small">
          Penulis: {review.writerName}
          {review.submittedAt && <> · dikirim {at(review.submittedAt)}</>}
        </p>
        {review.claimedBy && (
          <p className="queue-claim">
            {claimedByOther
              ? `Sedang direview oleh ${review.claimedBy.displayName}`
              : "Sedang Anda review"}
          </p>
        )}
        {review.proposedTopics.length > 0 && (
          <p className="small">
            Usulan topik baru dari penulis (dibuat saat terbit): {review.proposedTopics.join(", ")}
          </p>
        )}
        {review.reviewNote && (
          <p className="review-note">
            <strong>
              Catatan redaksi terakhir{review.reviewedAt ? ` (${at(review.reviewedAt)})` : ""}:
            </strong>{" "}
            {review.reviewNote}
          </p>
        )}
        {review.status === "SCHEDULED" && review.scheduledFor && (
          <>
            <p>
              Terjadwal terbit <strong>{at(review.scheduledFor)}</strong>.
            </p>
            <CancelScheduleButton articleId={review.id} title={review.title} />
          </>
        )}
        {review.publicPath && (
          <p>
            <Link href={review.publicPath}>Lihat artikel di situs</Link>
          </p>
        )}
        <DecisionPanel
          articleId={review.id}
          canClaim={review.canClaim}
          canRelease={review.canRelease}
          claimHolder={claimedByOther ? review.claimedBy?.displayName : undefined}
          canDecide={review.canDecide}
          canEdit={review.canEdit}
          defaultSchedule={suggestedSchedule()}
        />
        {(review.status === "SUBMITTED" || review.status === "IN_REVIEW") && (
          <OriginalityPanel articleId={review.id} />
        )}
        <AfterPublishPanel
          article={{
            id: review.id,
            status: review.status,
            featured: review.featured,
            correctionNote: review.correctionNote,
          }}
        />
        <p className="small">
          <Link href={`/redaksi/artikel/${review.id}/riwayat`}>Riwayat revisi</Link> ·{" "}
          <Link href={`/redaksi/artikel/${review.id}/catatan`}>Catatan redaksi</Link> ·{" "}
          <Link href="/redaksi">Kembali ke antrean</Link>
        </p>
      </aside>
    </div>
  );
}
