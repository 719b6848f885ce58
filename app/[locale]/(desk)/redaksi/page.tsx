import type { Metadata } from "next";
import Link from "next/link";
import { listReviewQueue } from "@/lib/articles/review/list-review-queue";
import { parseQueueFilters } from "@/lib/articles/review/queue-filters";
import { listSubmittedUpdates } from "@/lib/articles/updates/list-submitted-updates";
import { waitLabel } from "@/lib/format/wait-label";
import { formatWib } from "@/lib/format/dates";
import { listSectionOptions } from "@/lib/sections/list-section-options";
import { pageGate } from "@/lib/auth/page-gate";
import { ClaimButton } from "./claim-button";
import { QueueFilterForm } from "./queue-filter-form";
import { TierBadge } from "./tier-badge";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Antrean review" };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  await enterLocale(params);
  const { filters, form } = parseQueueFilters(await searchParams);
  const gate = await pageGate("/redaksi", (user) => listReviewQueue(user, filters));
  const { user, data: queue } = gate;
  const [sections, updates] = await Promise.all([listSectionOptions(), listSubmittedUpdates(user)]);
  const now = new Date();
  return (
    <div className="review-queue">
      <div className="desk-heading">
        <h1 className="listing-title">Antrean review</h1>
        <p className="muted">
          {queue.length ? `${queue.length} artikel menunggu keputusan, terlama di atas.` : null}
        </p>
      </div>
      {updates.length > 0 && (
        <p className="queue-updates">
          <span className="tier-badge">Pembaruan</span>{" "}
          <Link href="/redaksi/pembaruan">
            {updates.length} pembaruan artikel terbit dari penulis menunggu review
          </Link>
        </p>
      )}
      <QueueFilterForm sections={sections} values={form} />
      {queue.length === 0 ? (
        <p>
          Tidak ada artikel yang menunggu
          {form.rubrik || form.tingkat || form.umur ? " untuk saringan ini" : ""}. Antrean bersih!
        </p>
      ) : (
        <ol className="queue-list" aria-label="Artikel menunggu review">
          {queue.map((item) => {
            const mine = item.claimedBy?.id === user.id;
            return (
              <li key={item.id} className="queue-item">
                <div>
                  <h2>
                    <Link href={`/redaksi/artikel/${item.id}`}>{item.title}</Link>
                  </h2>
                  <p className="small">
                    {item.sectionName} · {item.writer.displayName}
                    <TierBadge tier={item.writer.tier} /> · {item.wordCount.toLocaleString("id-ID")}{" "}
                    kata ·{" "}
                    <time dateTime={item.submittedAt} title={formatWib(new Date(item.submittedAt))}>
                      {waitLabel(new Date(item.submittedAt), now)}
                    </time>
                  </p>
                  {item.claimedBy && (
                    <p className="small queue-claim">
                      {mine
                        ? "Sedang Anda review"
                        : `Sedang direview oleh ${item.claimedBy.displayName}`}
                    </p>
                  )}
                </div>
                {mine ? (
                  <Link className="button" href={`/redaksi/artikel/${item.id}`}>
                    Lanjutkan review
                  </Link>
                ) : (
                  <ClaimButton articleId={item.id} title={item.title} claimable={!item.claimedBy} />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
