import i18next from "i18next";
import { initReactI18next } from "react-i18next";

import en from "../i18n/locales/en.json";
import nl from "../i18n/locales/nl.json";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "netwerkkaart.language";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    // Dutch is the source of truth for keys: a key missing in nl is a type error.
    resources: { translation: typeof nl };
  }
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === "en" ? "en" : "nl";
  } catch {
    // Storage may be blocked (privacy settings): fall back to Dutch.
    return "nl";
  }
}

/** Switch language, remember the choice, and keep <html lang> right for screen readers. */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works.
  }
}

function syncHtmlLang(language: string) {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

export function initI18n(language: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { nl: { translation: nl }, en: { translation: en } },
      lng: language,
      fallbackLng: "nl",
      interpolation: { escapeValue: false }, // React escapes already
      initAsync: false,
    });
    i18next.on("languageChanged", syncHtmlLang);
  }
  syncHtmlLang(i18next.language);
  return i18next;
}
