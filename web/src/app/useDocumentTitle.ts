import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Every page its own <title> (WCAG 2.4.2), in the current language. */
export function useDocumentTitle(page: string) {
  const { t } = useTranslation();
  const app = t("app.title");
  useEffect(() => {
    document.title = page === app ? app : `${page} — ${app}`;
  }, [page, app]);
}
