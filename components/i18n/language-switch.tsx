import { useLocale, useTranslations } from "next-intl";
import { locales } from "@/lib/i18n/locales";

/** Links to the other languages; /api/locale remembers the choice and returns to this page. */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common.language");
  return (
    <p className={className}>
      <span>{t("label")}: </span>
      {locales.map((option, index) => (
        <span key={option}>
          {index > 0 && " · "}
          {option === locale ? (
            <strong aria-current="true">{t(option)}</strong>
          ) : (
            <a href={`/api/locale?to=${option}`} hrefLang={option} lang={option} rel="nofollow">
              {t(option)}
            </a>
          )}
        </span>
      ))}
    </p>
  );
}
