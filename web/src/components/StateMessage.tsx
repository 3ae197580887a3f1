import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state-message" role="status" data-testid="loading-state">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("states.loading")}
    </div>
  );
}

/** An API that is down must say so and offer a retry, never leave a blank page. */
export function ErrorState({ onRetry, title }: { onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state-message state-message--error" role="alert" data-testid="error-state">
      <h2 className="state-message__title">{title ?? t("states.errorTitle")}</h2>
      <p>{t("states.errorBody")}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t("states.retry")}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="state-message" role="status" data-testid="empty-state">
      <p className="state-message__title">{t("states.empty")}</p>
      <p>{t("states.emptyHint")}</p>
      {children}
    </div>
  );
}
