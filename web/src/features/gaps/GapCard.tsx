import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { GapCard_GapFragment } from "../../graphql/__generated__/graphql";
import { useLocalized } from "../analytics/hooks";

export interface GapCardProps {
  gap: GapCard_GapFragment;
  /** Heading level of the card's title, so the page outline stays right. */
  level?: 3 | 4;
  shown: boolean;
  onToggle: () => void;
}

/** One gap: type and severity, what is wrong, what to do next, and "show on map". */
export function GapCard({ gap, level = 3, shown, onToggle }: GapCardProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const id = useId();
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <article
      className={`card gap-card${shown ? " card--active" : ""}`}
      data-testid="gap-card"
      data-gap-id={gap.id}
      aria-labelledby={`${id}-title`}
    >
      <div className="card__header">
        <Heading id={`${id}-title`} className="card__title">
          {t(`gapType.${gap.type}`)}
        </Heading>
        <span className={`severity severity--${gap.severity}`} data-testid="gap-severity">
          {t(`severity.${gap.severity}`)}
        </span>
      </div>
      <p id={`${id}-explanation`} data-testid="gap-explanation">
        {localized(gap.explanation)}
      </p>
      <p className="gap-card__suggestion">
        <strong>{t("gaps.suggestion")}</strong> {localized(gap.suggestion)}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={shown}
        aria-describedby={`${id}-explanation`}
        onClick={onToggle}
      >
        {t("gaps.showOnMap")}
      </button>
    </article>
  );
}
