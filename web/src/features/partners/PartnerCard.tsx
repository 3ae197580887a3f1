import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { PartnerCard_CandidateFragment } from "../../graphql/__generated__/graphql";
import { useFormat, useLocalized } from "../analytics/hooks";

export interface PartnerCardProps {
  rank: number;
  candidate: PartnerCard_CandidateFragment;
  shown: boolean;
  onToggle: () => void;
}

/** One suggested partner: why (score parts and reasons), whom to contact, who can introduce. */
export function PartnerCard({ rank, candidate, shown, onToggle }: PartnerCardProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const format = useFormat();
  const id = useId();
  const { parts, introductionPath: path } = candidate;
  const partRows: [string, string][] = [
    [t("partners.parts.sharedThemes"), String(parts.sharedThemes)],
    [t("partners.parts.complementarity"), String(parts.complementarity)],
    [t("partners.parts.sharedVindplaatsen"), String(parts.sharedVindplaatsen)],
    [t("partners.parts.sharedTargetGroups"), String(parts.sharedTargetGroups)],
    [
      t("partners.parts.commonContacts"),
      t("partners.parts.commonContactsValue", {
        count: parts.commonContactCount,
        index: format(parts.commonContacts),
      }),
    ],
  ];
  return (
    <article
      className={`card partner-card${shown ? " card--active" : ""}`}
      data-testid="partner-card"
      data-candidate-id={candidate.candidate.id}
      aria-labelledby={`${id}-title`}
    >
      <div className="card__header">
        <h3 id={`${id}-title`} className="card__title">
          {rank}. {candidate.candidate.name}
        </h3>
        <span className="badge">{t(`nodeType.${candidate.candidate.type}`)}</span>
        <span className="partner-card__score" data-testid="partner-score">
          {t("partners.score", { score: format(candidate.score) })}
        </span>
      </div>
      <h4 className="card__subtitle">{t("partners.reasons")}</h4>
      <ul data-testid="partner-reasons">
        {candidate.reasons.map((reason) => (
          <li key={reason.nl}>{localized(reason)}</li>
        ))}
      </ul>
      <details className="partner-card__parts">
        <summary>{t("partners.scoreParts")}</summary>
        <dl className="properties">
          {partRows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t("partners.scoreFormula")}</p>
      </details>
      <p data-testid="partner-contact">
        <strong>{t("partners.contact")}</strong>{" "}
        {candidate.contactPerson?.name ?? t("partners.noContact")}
      </p>
      <div data-testid="partner-path">
        <strong id={`${id}-path`}>{t("partners.path")}</strong>{" "}
        {path ? (
          <>
            <span className="muted">{t("route.hops", { count: path.hops })}</span>
            <ol className="path" aria-labelledby={`${id}-path`}>
              {path.nodes.map((node) => (
                <li key={node.id}>{node.name}</li>
              ))}
            </ol>
          </>
        ) : (
          <span>{t("partners.noPath")}</span>
        )}
      </div>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={shown}
        aria-describedby={`${id}-title`}
        onClick={onToggle}
      >
        {path ? t("partners.showPath") : t("gaps.showOnMap")}
      </button>
    </article>
  );
}
