import type { Metadata } from "next";
import Link from "next/link";
import { pageGate } from "@/lib/auth/page-gate";
import { formatWib } from "@/lib/format/dates";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { MarkReadButton } from "./mark-read-button";
import "./notifications.css";
import { enterLocale } from "@/lib/i18n/enter-locale";

export const metadata: Metadata = { title: "Pemberitahuan", robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function NotificationsPage({ params, searchParams }: Props) {
  await enterLocale(params);
  const page = pageParam((await searchParams).laman);
  const { data: list } = await pageGate("/notifikasi", (user) => listNotifications(user, { page }));
  return (
    <div className="notifications-page">
      <div className="studio-heading">
        <h1 className="listing-title">Pemberitahuan</h1>
        {list.unread > 0 && <MarkReadButton />}
      </div>
      <p className="muted">
        {list.unread > 0
          ? `${list.unread} belum dibaca dari ${list.total} pemberitahuan.`
          : list.total
            ? "Semua pemberitahuan sudah dibaca."
            : "Belum ada pemberitahuan untuk Anda."}
      </p>
      {list.items.length > 0 && (
        <ul className="notification-list" aria-label="Daftar pemberitahuan">
          {list.items.map((item) => (
            <li key={item.id} className={item.read ? "notification" : "notification unread"}>
              <div>
                <Link href={item.href}>{item.text}</Link>
                {!item.read && <span className="unread-label">Baru</span>}
                <p className="small muted">
                  <time dateTime={item.createdAt}>{formatWib(new Date(item.createdAt))}</time>
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
