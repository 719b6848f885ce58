"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

type Props = { waiting: number; scheduled: number; showAudit: boolean };
type DeskLink = {
  href: string;
  label: string;
  count?: number;
  current?: (pathname: string) => boolean;
};

const within = (href: string) => (pathname: string) =>
  pathname === href || pathname.startsWith(`${href}/`);

/** The desk's sections; several are built elsewhere (penulis, struktur, audit) and only linked here. */
export function DeskNav({ waiting, scheduled, showAudit }: Props) {
  const t = useTranslations("desk.nav");
  const pathname = usePathname();
  const links: DeskLink[] = [
    {
      href: "/redaksi",
      label: t("queue"),
      count: waiting,
      current: (p) => p === "/redaksi" || p.startsWith("/redaksi/artikel/"),
    },
    { href: "/redaksi/pembaruan", label: t("updates") },
    { href: "/redaksi/terjadwal", label: t("scheduled"), count: scheduled },
    { href: "/redaksi/terbit", label: t("published") },
    { href: "/redaksi/komentar", label: t("moderation") },
    { href: "/redaksi/penulis", label: t("writers") },
    { href: "/redaksi/struktur", label: t("structure") },
    { href: "/redaksi/poin", label: t("points") },
    ...(showAudit ? [{ href: "/redaksi/audit", label: t("audit") }] : []),
  ];
  return (
    <nav aria-label={t("label")} className="desk-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={(link.current ?? within(link.href))(pathname) ? "page" : undefined}
            >
              {link.label}
              {link.count !== undefined && <span className="count"> ({link.count})</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
