import type { Metadata } from "next";
import { listModerationQueue } from "@/lib/comments/list-moderation-queue";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { pageGate } from "@/lib/auth/page-gate";
import { ModerationTabs } from "./moderation-tabs";
import { QueueEntry } from "./queue-item";
import { DecisionStatus } from "./decision-status";
import "../penulis/desk-people.css";
import "./moderation.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Moderasi komentar" };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CommentQueuePage({ params, searchParams }: Props) {
  await enterLocale(params);
  const page = pageParam((await searchParams).laman);
  const { data } = await pageGate("/redaksi/komentar", (user) => listModerationQueue(user, page));
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">Moderasi</h1>
        <p className="muted">
          {data.total.toLocaleString("id-ID")} komentar menunggu keputusan, terlama lebih dulu
        </p>
      </div>
      <ModerationTabs current="komentar" />
      <DecisionStatus>
        {data.items.length === 0 ? (
          <p>Tidak ada komentar yang menunggu. Semua sudah ditinjau.</p>
        ) : (
          <ol className="queue-list" aria-label="Antrean komentar">
            {data.items.map((item) => (
              <QueueEntry key={item.id} item={item} />
            ))}
          </ol>
        )}
      </DecisionStatus>
      <PageLinks basePath="/redaksi/komentar" page={page} pageCount={data.pageCount} params={{}} />
    </div>
  );
}
