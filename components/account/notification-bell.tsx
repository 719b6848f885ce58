"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { languageTag, type Locale } from "@/lib/i18n/locales";
import styles from "./notification-bell.module.css";

/** Dispatched on window by whatever marks notifications read elsewhere (the /notifikasi page). */
export const NOTIFICATIONS_CHANGED = "warta:notifications-changed";

export type BellLabels = {
  label: string;
  /** With "{count}" where the number goes. */
  labelUnread: string;
  latest: string;
  empty: string;
  unread: string;
  seeAll: string;
  markAllRead: string;
};

type Item = { id: string; text: string; href: string; createdAt: string; read: boolean };
type Inbox = { unread: number; items: Item[] };

function isInbox(value: unknown): value is Inbox {
  if (!value || typeof value !== "object") return false;
  const body = value as { unread?: unknown; items?: unknown };
  return typeof body.unread === "number" && Array.isArray(body.items);
}

// Short, in Jakarta's time like every date of the product: "1 Des 14.05" or "1 Dec, 14:05".
const timeFormatOptions: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Jakarta",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

function post(id?: string) {
  // keepalive: the click that sends it also navigates away.
  return fetch("/api/notifications/read", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(id ? { id } : {}),
    keepalive: true,
    credentials: "same-origin",
  });
}

/**
 * The bell next to the account menu: the unread count, and on click the latest ten. Reader pages
 * are statically cached, so it asks /api/notifications after load and on every navigation.
 */
export function NotificationBell({ locale, labels }: { locale: Locale; labels: BellLabels }) {
  const t = (key: keyof BellLabels, values?: { count: number }) =>
    values ? labels[key].replace("{count}", String(values.count)) : labels[key];
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(languageTag[locale], timeFormatOptions),
    [locale],
  );
  const pathname = usePathname();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);

  const load = useCallback((signal?: AbortSignal) => {
    fetch("/api/notifications", { cache: "no-store", credentials: "same-origin", signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => setInbox(isInbox(body) ? body : null))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [pathname, load]);

  useEffect(() => {
    const reload = () => load();
    window.addEventListener(NOTIFICATIONS_CHANGED, reload);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, reload);
  }, [load]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  if (!inbox) return null;

  const openItem = (item: Item) => {
    setOpen(false);
    if (!item.read) void post(item.id).catch(() => undefined);
  };
  const readAll = () => {
    void post()
      .then(() => load())
      .catch(() => undefined);
  };

  return (
    <div className={styles.bell} ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={inbox.unread > 0 ? t("labelUnread", { count: inbox.unread }) : t("label")}
        onClick={() => setOpen((value) => !value)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
          />
        </svg>
        {inbox.unread > 0 && (
          <span className={styles.count}>{inbox.unread > 99 ? "99+" : inbox.unread}</span>
        )}
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        <p className={styles.title}>{t("latest")}</p>
        {inbox.items.length === 0 ? (
          <p className={styles.empty}>{t("empty")}</p>
        ) : (
          <ul className={styles.list}>
            {inbox.items.map((item) => (
              <li key={item.id} className={item.read ? undefined : styles.unread}>
                <Link href={item.href} onClick={() => openItem(item)}>
                  {item.text}
                  {!item.read && <span className="visually-hidden"> {t("unread")}</span>}
                  <time className={styles.time} dateTime={item.createdAt}>
                    {timeFormat.format(new Date(item.createdAt))}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.footer}>
          <Link href="/notifikasi" onClick={() => setOpen(false)}>
            {t("seeAll")}
          </Link>
          {inbox.unread > 0 && (
            <button type="button" onClick={readAll}>
              {t("markAllRead")}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
