import type { TFunction } from "i18next";

/**
 * Organisation and vindplaats kinds arrive as enum values (e.g. "WELZIJN"); show their name.
 * An unknown kind (the model may grow) is shown as it is rather than hidden.
 */
export function kindLabel(t: TFunction, kind: string | null | undefined): string {
  if (!kind) return "";
  const key = `kind.${kind}` as const;
  return t(key as "kind.WELZIJN", { defaultValue: kind });
}
