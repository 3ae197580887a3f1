import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";

import { AccountMenu } from "../features/auth/AccountMenu";
import type { Language } from "./i18n";
import { setLanguage } from "./i18n";

/** Page frame: skip link, header with logo ribbon, main navigation, language switch, footer. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const other: Language = i18n.language === "en" ? "nl" : "en";

  // Pages share the view (filters, focus) through the URL: links carry the search along.
  const nav = [
    { to: "/", label: t("nav.explorer"), end: true },
    { to: "/lijst", label: t("nav.list"), end: false },
    { to: "/gaten", label: t("nav.gaps"), end: false },
    { to: "/vindplaatsen", label: t("nav.vindplaatsen"), end: false },
    { to: "/dekking", label: t("nav.coverage"), end: false },
    { to: "/partners", label: t("nav.partners"), end: false },
    { to: "/route", label: t("nav.route"), end: false },
    { to: "/gezondheid", label: t("nav.health"), end: false },
    { to: "/wat-als", label: t("nav.whatIf"), end: false },
    { to: "/importeren", label: t("importPage.nav"), end: false },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <header className="header">
        <div className="header__brand">
          <span className="header__ribbon" aria-hidden="true" />
          <div>
            <p className="header__title">{t("app.title")}</p>
            <p className="header__subtitle">{t("app.subtitle")}</p>
          </div>
        </div>
        <AccountMenu />
        <button
          type="button"
          className="button button--link header__language"
          lang={other}
          onClick={() => void setLanguage(other)}
          aria-label={t("language.switchLabel")}
        >
          {t("language.switch")}
        </button>
      </header>
      <nav className="nav" aria-label={t("nav.label")}>
        <ul>
          {nav.map((item) => (
            <li key={item.to}>
              <NavLink to={{ pathname: item.to, search }} end={item.end} className="nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
