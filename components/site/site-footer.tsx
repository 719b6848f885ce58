import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="logo">
          Warta<span className="logo-dot">.</span>
        </p>
        <p>{t("about")}</p>
        <p className="muted">
          {t.rich("corpus", {
            license: (chunks) => (
              <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener">
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>
          <Link prefetch={false} href="/cari">
            {t("search")}
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/ralat">
            {t("corrections")}
          </Link>
        </p>
        <LanguageSwitch className="language-switch" />
      </div>
    </footer>
  );
}
