"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

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
  const pathname = usePathname();
  const links: DeskLink[] = [
    {
      href: "/redaksi",
      label: "Antrean",
      count: waiting,
      current: (p) => p === "/redaksi" || p.startsWith("/redaksi/artikel/"),
    },
    { href: "/redaksi/pembaruan", label: "Pembaruan" },
    { href: "/redaksi/terjadwal", label: "Terjadwal", count: scheduled },
    { href: "/redaksi/terbit", label: "Terbit" },
    { href: "/redaksi/komentar", label: "Moderasi" },
    { href: "/redaksi/penulis", label: "Penulis" },
    { href: "/redaksi/struktur", label: "Rubrik & Topik" },
    { href: "/redaksi/poin", label: "Poin" },
    ...(showAudit ? [{ href: "/redaksi/audit", label: "Log Audit" }] : []),
  ];
  return (
    <nav aria-label="Menu redaksi" className="desk-nav">
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
