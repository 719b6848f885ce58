import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { MarkReadButton } from "./mark-read-button";
import "./notifications.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations({ locale, namespace: "notifications.page" });
  return { title: t("title"), robots: { index: false } };
}

export default async function NotificationsPage({ params, searchParams }: Props) {
  const locale = await enterLocale(params);
  const t = await getTranslations("notifications.page");
  const page = pageParam((await searchParams).laman);
  const { data: list } = await pageGate("/notifikasi", (user) =>
    listNotifications(user, { page, locale }),
  );
  return (
    <div className="notifications-page">
      <div className="studio-heading">
        <h1 className="listing-title">{t("title")}</h1>
        {list.unread > 0 && <MarkReadButton />}
      </div>
      <p className="muted">
        {list.unread > 0
          ? t("summaryUnread", { unread: list.unread, total: list.total })
          : list.total
            ? t("allRead")
            : t("empty")}
      </p>
      {list.items.length > 0 && (
        <ul className="notification-list" aria-label={t("listLabel")}>
          {list.items.map((item) => (
            <li key={item.id} className={item.read ? "notification" : "notification unread"}>
              <div>
                <Link href={item.href}>{item.text}</Link>
                {!item.read && <span className="unread-label">{t("new")}</span>}
                <p className="small muted">
                  <time dateTime={item.createdAt}>
                    {formatWib(new Date(item.createdAt), locale)}
                  </time>
                </p>
              </div>
              {!item.read && <MarkReadButton id={item.id} about={item.text} />}
            </li>
          ))}
        </ul>
      )}
      <PageLinks basePath="/notifikasi" page={list.page} pageCount={list.pageCount} params={{}} />
    </div>
  );
}
