import Link from "next/link";
import { useTranslations } from "next-intl";

type Tab = "komentar" | "artikel" | "pengaturan";

const TABS: { key: Tab; href: string; label: "comments" | "articles" | "settings" }[] = [
  { key: "komentar", href: "/redaksi/komentar", label: "comments" },
  { key: "artikel", href: "/redaksi/komentar/artikel", label: "articles" },
  { key: "pengaturan", href: "/redaksi/komentar/pengaturan", label: "settings" },
];

/** The moderation area's three pages: the comment queue, article reports, the settings. */
export function ModerationTabs({ current }: { current: Tab }) {
  const t = useTranslations("moderation.tabs");
  return (
    <nav aria-label={t("label")} className="moderation-tabs">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
