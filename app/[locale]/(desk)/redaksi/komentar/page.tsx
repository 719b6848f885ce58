import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listModerationQueue } from "@/lib/comments/list-moderation-queue";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { pageGate } from "@/lib/auth/page-gate";
import { ModerationTabs } from "./moderation-tabs";
import { QueueEntry } from "./queue-item";
import { DecisionStatus } from "./decision-status";
import "../penulis/desk-people.css";
import "./moderation.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "moderation.queue" });
  return { title: t("metaTitle") };
}

export default async function CommentQueuePage({ params, searchParams }: Props) {
  await enterLocale(params);
  const t = await getTranslations("moderation");
  const page = pageParam((await searchParams).laman);
  const { data } = await pageGate("/redaksi/komentar", (user) => listModerationQueue(user, page));
  return (
    <div className="people-page">
      <div className="desk-heading">
        <h1 className="listing-title">{t("heading")}</h1>
        <p className="muted">{t("queue.waiting", { count: data.total })}</p>
      </div>
      <ModerationTabs current="komentar" />
      <DecisionStatus>
        {data.items.length === 0 ? (
          <p>{t("queue.empty")}</p>
        ) : (
          <ol className="queue-list" aria-label={t("queue.listLabel")}>
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
