import Link from "next/link";

type Tab = "komentar" | "artikel" | "pengaturan";

const TABS: { key: Tab; href: string; label: string }[] = [
  { key: "komentar", href: "/redaksi/komentar", label: "Komentar" },
  { key: "artikel", href: "/redaksi/komentar/artikel", label: "Laporan artikel" },
  { key: "pengaturan", href: "/redaksi/komentar/pengaturan", label: "Pengaturan & daftar kata" },
];

/** The moderation area's three pages: the comment queue, article reports, the settings. */
export function ModerationTabs({ current }: { current: Tab }) {
  return (
    <nav aria-label="Moderasi" className="moderation-tabs">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
