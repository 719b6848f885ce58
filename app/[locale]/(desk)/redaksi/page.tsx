import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listReviewQueue } from "@/lib/articles/review/list-review-queue";
import { parseQueueFilters } from "@/lib/articles/review/queue-filters";
import { listSubmittedUpdates } from "@/lib/articles/updates/list-submitted-updates";
import { waitLabel } from "@/lib/format/wait-label";
import { formatWib } from "@/lib/format/dates";
import { listSectionOptions } from "@/lib/sections/list-section-options";
import { pageGate } from "@/lib/auth/page-gate";
import { CursorLinks } from "@/components/ui/cursor-links";
import { textParam } from "@/components/ui/page-links";
import { ClaimButton } from "./claim-button";
import { QueueFilterForm } from "./queue-filter-form";
import { TierBadge } from "./tier-badge";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.queue" });
  return { title: t("title") };
}

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk");
  const query = await searchParams;
  const { filters, form } = parseQueueFilters(query);
  const after = textParam(query.setelah, 40) || undefined;
  const gate = await pageGate("/redaksi", (user) => listReviewQueue(user, filters, { after }));
  const { user, data: page } = gate;
  const queue = page.items;
  const filterQuery = new URLSearchParams(
    Object.entries(form).filter((entry) => Boolean(entry[1])),
  );
  const queueHref = (cursor?: string) => {
    const next = new URLSearchParams(filterQuery);
    if (cursor) next.set("setelah", cursor);
    const text = next.toString();
    return text ? `/redaksi?${text}` : "/redaksi";
  };
  const [sections, updates] = await Promise.all([listSectionOptions(), listSubmittedUpdates(user)]);
  const now = new Date();
  return (
    <div className="review-queue">
      <div className="desk-heading">
        <h1 className="listing-title">{t("queue.title")}</h1>
        <p className="muted">{page.total ? t("queue.summary", { count: page.total }) : null}</p>
      </div>
      {updates.length > 0 && (
        <p className="queue-updates">
          <span className="tier-badge">{t("updates.badge")}</span>{" "}
          <Link href="/redaksi/pembaruan">
            {t("queue.updatesWaiting", { count: updates.length })}
          </Link>
        </p>
      )}
      <QueueFilterForm sections={sections} values={form} />
      {queue.length === 0 ? (
        <p>{t(form.rubrik || form.tingkat || form.umur ? "queue.emptyFiltered" : "queue.empty")}</p>
      ) : (
        <ol className="queue-list" aria-label={t("queue.listLabel")}>
          {queue.map((item) => {
            const mine = item.claimedBy?.id === user.id;
            const waited = waitLabel(new Date(item.submittedAt), now);
            return (
              <li key={item.id} className="queue-item">
                <div>
                  <h2>
                    <Link href={`/redaksi/artikel/${item.id}`}>{item.title}</Link>
                  </h2>
                  <p className="small">
                    {item.sectionName} · {item.writer.displayName}
                    <TierBadge tier={item.writer.tier} /> ·{" "}
                    {t("queue.words", { count: item.wordCount })} ·{" "}
                    <time
                      dateTime={item.submittedAt}
                      title={formatWib(new Date(item.submittedAt), locale)}
                    >
                      {t(`wait.${waited.key}`, waited.values)}
                    </time>
                  </p>
                  {item.claimedBy && (
                    <p className="small queue-claim">
                      {mine
                        ? t("queue.mine")
                        : t("queue.claimedBy", { name: item.claimedBy.displayName })}
                    </p>
                  )}
                </div>
                {mine ? (
                  <Link className="button" href={`/redaksi/artikel/${item.id}`}>
                    {t("queue.continue")}
                  </Link>
                ) : (
                  <ClaimButton articleId={item.id} title={item.title} claimable={!item.claimedBy} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <CursorLinks
        label={t("queue.pagesLabel")}
        first={page.continued ? { href: queueHref(), text: t("queue.top") } : undefined}
        next={page.next ? { href: queueHref(page.next), text: t("queue.more") } : undefined}
      />
    </div>
  );
}
