"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { NotificationBell, type BellLabels } from "./notification-bell";
import "./account.css";

type SessionInfo = { name: string; username: string } | null;

export type AccountLabels = {
  label: string;
  signIn: string;
  signUp: string;
  studio: string;
  profile: string;
  signOut: string;
};

type Props = {
  locale: Locale;
  labels: AccountLabels;
  bellLabels: BellLabels;
  /** The language switch, rendered on the server. */
  languageSwitch: ReactNode;
};

function isSessionBody(value: unknown): value is { user: SessionInfo } {
  if (!value || typeof value !== "object" || !("user" in value)) return false;
  const user = (value as { user: unknown }).user;
  return (
    user === null ||
    (typeof user === "object" && typeof (user as { name?: unknown }).name === "string")
  );
}

/**
 * The header's account links. Reader pages are statically cached and must not read the session
 * on the server, so this asks /api/sesi after load (and again on every navigation, since signing
 * in or out happens on other pages of the same layout). Its text comes as props from the server
 * header: reader pages then load no message runtime at all (bench/README.md, "Page weight").
 */
export function AccountMenu({ locale, labels, bellLabels, languageSwitch }: Props) {
  const t = (key: keyof AccountLabels) => labels[key];
  const pathname = usePathname();
  const [session, setSession] = useState<SessionInfo | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/sesi", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { user: null }))
      .then((body: unknown) => setSession(isSessionBody(body) ? body.user : null))
      .catch(() => {
        if (!controller.signal.aborted) setSession(null);
      });
    return () => controller.abort();
  }, [pathname]);

  // Until the answer arrives: an empty box of the same size, so the header does not jump.
  if (session === undefined) return <div className="account-menu" />;

  if (!session) {
    return (
      <nav aria-label={t("label")} className="account-menu">
        <ul>
          <li>
            <Link href="/masuk">{t("signIn")}</Link>
          </li>
          <li>
            <Link href="/daftar" className="button">
              {t("signUp")}
            </Link>
          </li>
        </ul>
        {languageSwitch}
      </nav>
    );
  }

  return (
    <nav aria-label={t("label")} className="account-menu">
      <ul>
        <li>
          <NotificationBell locale={locale} labels={bellLabels} />
        </li>
        <li className="account-name" title={session.name}>
          {session.name}
        </li>
        <li>
          <Link href="/tulis">{t("studio")}</Link>
        </li>
        <li>
          <Link href="/tulis/profil">{t("profile")}</Link>
        </li>
        <li>
          <form action="/api/sesi/keluar" method="post">
            <button type="submit" className="button-secondary">
              {t("signOut")}
            </button>
          </form>
        </li>
      </ul>
      {languageSwitch}
    </nav>
  );
}
