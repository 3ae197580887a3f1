import { skipToken, useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { ErrorState, LoadingState } from "../../components/StateMessage";
import type { NodeType } from "../../graphql/__generated__/graphql";
import { AnalyticsMap } from "../analytics/AnalyticsMap";
import { CsvButton } from "../analytics/ExportButtons";
import { useLocalized, useParams } from "../analytics/hooks";
import { NodePicker } from "../analytics/NodePicker";
import { SelectField } from "../analytics/SelectField";
import { usePickedNode } from "../analytics/usePickedNode";
import { PartnerCard } from "./PartnerCard";
import { PartnerSuggestionsQuery } from "./queries";

const MODES = ["person", "organisation", "theme"] as const;
type Mode = (typeof MODES)[number];
const MODE_TYPE: Record<Mode, NodeType> = {
  person: "PERSON",
  organisation: "ORGANISATION",
  theme: "THEME",
};
const LIMITS = ["3", "5", "10"];

/** Partner finder: for a person, organisation or theme, whom to work with and who can introduce. */
export function PartnersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("partners.title"));
  const localized = useLocalized();
  const { get, set } = useParams();
  const modeParam = get("for");
  const mode: Mode = (MODES as readonly string[]).includes(modeParam ?? "")
    ? (modeParam as Mode)
    : "person";
  const askerId = get("id");
  const limit = LIMITS.includes(get("limit") ?? "") ? Number(get("limit")) : 5;
  const asker = usePickedNode(askerId);
  const shownParam = get("show");

  const variables = askerId
    ? {
        limit,
        ...(mode === "person" ? { forPerson: askerId } : {}),
        ...(mode === "organisation" ? { forOrganisation: askerId } : {}),
        ...(mode === "theme" ? { forTheme: askerId } : {}),
      }
    : null;
  const { data, loading, error, refetch } = useQuery(
    PartnerSuggestionsQuery,
    variables ? { variables } : skipToken,
  );
  const candidates = useMemo(() => data?.partnerSuggestions ?? [], [data]);
  // The first suggestion's introduction is drawn until the user picks another.
  const shownId = shownParam ?? candidates[0]?.candidate.id ?? null;
  const shown = candidates.find((c) => c.candidate.id === shownId) ?? null;
  const emphasis = useMemo(() => {
    if (!shown) return null;
    const path = shown.introductionPath;
    return path
      ? { nodeIds: [...new Set([...path.nodeIds, shown.candidate.id])], edgeIds: path.edgeIds }
      : { nodeIds: shown.nodeIds, edgeIds: shown.edgeIds };
  }, [shown]);

  return (
    <div className="analytics">
      <div className="analytics__content">
        <h1>{t("partners.title")}</h1>
        <p className="analytics__intro">{t("partners.intro")}</p>
        <form
          className="filters filters--stacked"
          aria-label={t("partners.askerForm")}
          onSubmit={(e) => e.preventDefault()}
        >
          <fieldset className="radio-group">
            <legend>{t("partners.forLabel")}</legend>
            {MODES.map((m) => (
              <label key={m} className="radio">
                <input
                  type="radio"
                  name="partners-for"
                  value={m}
                  checked={mode === m}
                  onChange={() => set({ for: m, id: null, show: null })}
                />
                {t(`partners.for.${m}`)}
              </label>
            ))}
          </fieldset>
          <NodePicker
            key={mode}
            label={t(`partners.pick.${mode}`)}
            types={[MODE_TYPE[mode]]}
            value={asker}
            onChange={(node) => set({ id: node.id, show: null })}
          />
          <SelectField
            label={t("partners.limit")}
            value={String(limit)}
            options={LIMITS.map((value) => ({ value, label: value }))}
            onChange={(value) => set({ limit: value, show: null })}
          />
        </form>

        {!askerId && <p className="notice">{t(`partners.start.${mode}`)}</p>}
        {loading && <LoadingState label={t("analytics.loading")} />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {data && candidates.length === 0 && (
          <p role="status" className="notice">
            {t("partners.none")}
          </p>
        )}
        {candidates.length > 0 && (
          <section aria-labelledby="partners-results">
            <h2 id="partners-results">{t("partners.resultsTitle", { name: asker?.name ?? "" })}</h2>
            <p role="status" className="analytics__summary" data-testid="partners-summary">
              {t("partners.summary", { count: candidates.length })}
            </p>
            <div className="actions">
              <CsvButton
                fileName="partnersuggesties"
                what={t("partners.title")}
                header={[
                  t("partners.rank"),
                  t("partners.candidate"),
                  t("partners.type"),
                  t("partners.scoreLabel"),
                  t("partners.reasons"),
                  t("partners.contact"),
                  t("partners.path"),
                ]}
                rows={() =>
                  candidates.map((c, index) => [
                    index + 1,
                    c.candidate.name,
                    t(`nodeType.${c.candidate.type}`),
                    c.score,
                    c.reasons.map(localized).join("; "),
                    c.contactPerson?.name ?? "",
                    c.introductionPath?.nodes.map((n) => n.name).join(" → ") ?? "",
                  ])
                }
              />
            </div>
            <ol className="card-list" data-testid="partner-list">
              {candidates.map((candidate, index) => (
                <li key={candidate.candidate.id}>
                  <PartnerCard
                    rank={index + 1}
                    candidate={candidate}
                    shown={candidate.candidate.id === shownId}
                    onToggle={() => set({ show: candidate.candidate.id })}
                  />
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
      <AnalyticsMap
        pngName="partners-kaart"
        filter={PEOPLE_AND_ORGANISATIONS}
        emphasis={emphasis}
        legend={
          shown ? (
            <p className="muted">{t("partners.mapShows", { name: shown.candidate.name })}</p>
          ) : null
        }
      />
    </div>
  );
}

// Introductions run over people and organisations: the map shows just those.
const PEOPLE_AND_ORGANISATIONS = { nodeTypes: ["PERSON", "ORGANISATION"] as NodeType[] };
