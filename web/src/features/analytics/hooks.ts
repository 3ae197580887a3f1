import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

/** Pick the text in the current language from an API `{ nl en }` pair. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  return useCallback(
    (text: { nl: string; en: string }) => (english ? text.en : text.nl),
    [english],
  );
}

/**
 * Page state kept in the URL (a link reproduces the view): read a parameter, set or clear it.
 * Several at once in one navigation, so filters never race each other.
 */
export function useParams() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: string) => params.get(key) || null, [params]);
  const set = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { get, set, params };
}

/** Format a number for people: the page language's decimal sign, at most `digits` decimals. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en-GB" : "nl-NL";
  return useCallback(
    (value: number | null | undefined, digits = 2) =>
      value === null || value === undefined
        ? "—"
        : value.toLocaleString(locale, { maximumFractionDigits: digits }),
    [locale],
  );
}
