import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AccountMenu } from "@/components/account/account-menu";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { LocalizedLink as Link } from "@/components/i18n/localized-link";
import { SiteMenuCloser } from "@/components/site/site-menu-closer";
import { localizedPath } from "@/lib/i18n/paths";
import { listNavigationSections } from "@/lib/sections/list-navigation";

const MENU_ID = "menu-situs";

/**
 * Phones: logo, a search shortcut and a "Menu" button that opens search, every section and the
 * account links. It is a <details>, so it opens and closes without JavaScript, by keyboard and
 * for screen readers (a disclosure button with its expanded state); SiteMenuCloser only adds
 * Escape, a tap outside and closing after a navigation. From 900 px the same panel is shown in the
 * header row instead (CSS `::details-content`), and the section bar below lists the sections.
 */
export async function SiteHeader() {
  const [sections, locale, t, bell] = await Promise.all([
    listNavigationSections(),
    getLocale(),
    getTranslations("common"),
    getTranslations("account.bell"),
  ]);
  const accountLabels = {
    label: t("account.label"),
    signIn: t("account.signIn"),
    signUp: t("account.signUp"),
    studio: t("account.studio"),
    profile: t("account.profile"),
    signOut: t("account.signOut"),
  };
  const bellLabels = {
    label: bell("label"),
    labelUnread: bell("labelUnread", { count: "{count}" }),
    latest: bell("latest"),
    empty: bell("empty"),
    unread: bell("unread"),
    seeAll: bell("seeAll"),
    markAllRead: bell("markAllRead"),
  };
  return (
    <header className="site-header">
      <a className="skip-link" href="#konten">
        {t("skipToContent")}
      </a>
      <div className="site-header-inner">
        <Link prefetch={false} href="/" className="logo" aria-label={t("logoLabel")}>
          Warta<span className="logo-dot">.</span>
        </Link>
        <Link
          prefetch={false}
          href="/cari"
          className="header-icon-link search-shortcut"
          aria-label={t("search.shortcut")}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path
              d="M15.5 15.5 21 21"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </Link>
        <details className="site-menu" id={MENU_ID}>
          <summary className="menu-button">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <path
                d="M3 6h18M3 12h18M3 18h18"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            {t("menu")}
          </summary>
          <div className="site-menu-panel">
            <form
              action={localizedPath(locale, "/cari")}
              method="get"
              role="search"
              aria-label={t("search.formLabel")}
              className="header-search"
            >
              <label htmlFor="header-q" className="visually-hidden">
                {t("search.inputLabel")}
              </label>
              <input
                id="header-q"
                name="q"
                type="search"
                placeholder={t("search.placeholder")}
                maxLength={200}
              />
              <button type="submit">{t("search.submit")}</button>
            </form>
            {/* Hydrated in a task of its own, as the section bar below (see ArticleLayout). */}
            <Suspense>
              <nav aria-label={t("nav.allSections")} className="menu-sections">
                <ul>
                  <li>
                    <Link prefetch={false} href="/">
                      {t("home")}
                    </Link>
                  </li>
                  {sections.map((section) => (
                    <li key={section.id}>
                      <Link prefetch={false} href={section.href}>
                        {section.name}
                      </Link>
                      {section.children.length > 0 && (
                        <ul className="menu-subsections">
                          {section.children.map((child) => (
                            <li key={child.slug}>
                              <Link prefetch={false} href={child.href}>
                                {child.name}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              </nav>
            </Suspense>
            <AccountMenu
              locale={locale}
              labels={accountLabels}
              bellLabels={bellLabels}
              languageSwitch={<LanguageSwitch className="account-language" />}
            />
          </div>
        </details>
        <SiteMenuCloser menuId={MENU_ID} />
      </div>
      <Suspense>
        <nav aria-label={t("nav.sections")} className="section-nav">
          <ul>
            <li>
              <Link prefetch={false} href="/">
                {t("home")}
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section.id}>
                <Link prefetch={false} href={section.href}>
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Suspense>
    </header>
  );
}
