import { useTranslations } from "next-intl";

// "Verified Writer" is the tier's name in both languages (the desk's TIER_LABELS say the same).
export function VerifiedBadge() {
  const t = useTranslations("site.verified");
  return (
    <span className="verified-badge" title={t("title")}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path
          fill="currentColor"
          d="M8 0l2 2.1 2.9-.3.4 2.9L16 6l-1.3 2.6L16 11l-2.7 1.3-.4 2.9-2.9-.3L8 16l-2-2.1-2.9.3-.4-2.9L0 10l1.3-2.5L0 5l2.7-1.3.4-2.9 2.9.3z"
        />
        <path fill="#fff" d="M6.8 11.2L3.9 8.3l1.2-1.2 1.7 1.7 4.1-4.1 1.2 1.2z" />
      </svg>
      Verified Writer
    </span>
  );
}
