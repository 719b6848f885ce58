import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocalizedLink } from "@/components/i18n/localized-link";
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

type Props = { params: Promise<{ locale: string; id: string }> };

/** The schedule form's suggestion: this time tomorrow. */
const suggestedSchedule = () => wibParts(new Date(Date.now() + 24 * 3600_000));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.review" });
  return { title: t("title") };
}

export default async function ReviewArticlePage({ params }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk");
  const at = (iso: string) => formatWib(new Date(iso), locale);
  const { id } = await params;
  const gate = await pageGate(`/redaksi/artikel/${id}`, (user) => getArticlePreview(user, id));
  const {
    user,
    data: { page, review },
  } = gate;
  const claimedByOther = review.claimedBy && review.claimedBy.id !== user.id;

  return (
    <div className="review-layout">
      <section aria-label={t("review.previewLabel")} className="preview-frame">
        <p className="preview-label">{t("review.preview")}</p>
        <ArticleView article={page} siteUrl={env.SITE_URL} />
      </section>

      <aside className="decision-panel" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t("review.heading")}</h2>
        <p>
          {t.rich("review.status", {
            label: t(`status.${review.status}`),
            strong: (chunks) => (
              <strong className={`status status-${review.status.toLowerCase()}`}>{chunks}</strong>
            ),
          })}
        </p>
        <p className="small">
          {t("review.writer", { name: review.writerName })}
          {review.submittedAt && <> · {t("review.submitted", { date: at(review.submittedAt) })}</>}
        </p>
        {review.claimedBy && (
          <p className="queue-claim">
            {claimedByOther
              ? t("queue.claimedBy", { name: review.claimedBy.displayName })
              : t("queue.mine")}
          </p>
        )}
        {review.proposedTopics.length > 0 && (
          <p className="small">
            {t("review.proposedTopics", { topics: review.proposedTopics.join(", ") })}
          </p>
        )}
        {review.reviewNote && (
          <p className="review-note">
            <strong>
              {review.reviewedAt
                ? t("review.lastNoteAt", { date: at(review.reviewedAt) })
                : t("review.lastNote")}
            </strong>{" "}
            {review.reviewNote}
          </p>
        )}
        {review.status === "SCHEDULED" && review.scheduledFor && (
          <>
            <p>
              {t.rich("review.scheduledFor", {
                date: at(review.scheduledFor),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <CancelScheduleButton articleId={review.id} title={review.title} />
          </>
        )}
        {review.publicPath && (
          <p>
            <LocalizedLink href={review.publicPath}>{t("review.viewOnSite")}</LocalizedLink>
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
          <Link href={`/redaksi/artikel/${review.id}/riwayat`}>{t("review.revisions")}</Link> ·{" "}
          <Link href={`/redaksi/artikel/${review.id}/catatan`}>{t("review.notes")}</Link> ·{" "}
          <Link href="/redaksi">{t("review.backToQueue")}</Link>
        </p>
      </aside>
    </div>
  );
}
