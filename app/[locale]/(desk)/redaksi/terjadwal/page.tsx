import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listScheduledArticles } from "@/lib/articles/publication/list-scheduled-articles";
import { formatWib } from "@/lib/format/dates";
import { pageGate } from "@/lib/auth/page-gate";
import { translateServerText } from "@/lib/i18n/server-text";
import { CancelScheduleButton } from "./cancel-schedule-button";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "desk.scheduled" });
  return { title: t("title") };
}

export default async function ScheduledPage({ params }: Params) {
  const locale = await enterLocale(params);
  const t = await getTranslations("desk.scheduled");
  const gate = await pageGate("/redaksi/terjadwal", (user) => listScheduledArticles(user));
  const scheduled = gate.data;
  return (
    <div>
      <h1 className="listing-title">{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {scheduled.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="schedule-list" aria-label={t("listLabel")}>
          {scheduled.map((item) => (
            <li key={item.id}>
              <div>
                <Link href={`/redaksi/artikel/${item.id}`}>
                  <strong>{item.title}</strong>
                </Link>
                <p className="small muted">
                  {t.rich("publishes", {
                    date: formatWib(new Date(item.scheduledFor), locale),
                    time: (chunks) => <time dateTime={item.scheduledFor}>{chunks}</time>,
                  })}{" "}
                  · {item.sectionName} · {item.writerName}
                  {item.editorName && <> · {t("scheduledBy", { name: item.editorName })}</>}
                </p>
                {item.heldReason && (
                  <p className="form-message">
                    {translateServerText(locale, item.heldReason)} {t("held")}
                  </p>
                )}
              </div>
              <CancelScheduleButton articleId={item.id} title={item.title} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
