import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";

import { NODE_TYPES, RELATIONSHIP_TYPES } from "../../graph/palette";
import { FilterOptionsQuery } from "./queries";
import type { ExplorerState } from "./urlState";
import { activeFilterCount } from "./urlState";

type ListKey = "nodeTypes" | "relationshipTypes" | "themeIds" | "villages";

export interface FilterPanelProps {
  state: ExplorerState;
  onChange: (change: Partial<ExplorerState>) => void;
}

interface Option {
  value: string;
  label: string;
}

function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  name: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}) {
  return (
    <fieldset className="checkbox-group">
      <legend>
        {legend}
        {selected.length > 0 && <span className="badge">{selected.length}</span>}
      </legend>
      {options.map((option) => {
        const id = `filter-${name}-${option.value}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Filters on node types, relationship types, themes and villages; the URL holds the choice. */
export function FilterPanel({ state, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  const options = useQuery(FilterOptionsQuery);
  const active = activeFilterCount(state);

  const toggle = (key: ListKey) => (value: string, checked: boolean) => {
    const current = state[key] as string[];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    onChange({ [key]: next });
  };

  const themes = [...(options.data?.themes ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, "nl"))
    .map((theme) => ({ value: theme.id, label: theme.name }));
  const villages = [...(options.data?.villages ?? [])]
    .sort((a, b) => a.localeCompare(b, "nl"))
    .map((village) => ({ value: village, label: village }));

  return (
    <section className="panel filter-panel" aria-labelledby="filters-heading">
      <div className="panel__header">
        <h2 id="filters-heading">{t("filters.title")}</h2>
        <span className="muted" aria-live="polite">
          {active > 0 ? t("filters.active", { count: active }) : t("filters.noneChosen")}
        </span>
      </div>
      {active > 0 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onChange({ nodeTypes: [], relationshipTypes: [], themeIds: [], villages: [] })
          }
        >
          {t("filters.clear")}
        </button>
      )}
      <CheckboxGroup
        legend={t("filters.themes")}
        name="theme"
        options={themes}
        selected={state.themeIds}
        onToggle={toggle("themeIds")}
      />
      <CheckboxGroup
        legend={t("filters.villages")}
        name="village"
        options={villages}
        selected={state.villages}
        onToggle={toggle("villages")}
      />
      {options.loading && !options.data && <p className="muted">{t("filters.loadingOptions")}</p>}
      {options.error && !options.data && (
        <div className="notice" role="alert">
          <p>{t("filters.optionsError")}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void options.refetch()}
          >
            {t("states.retry")}
          </button>
        </div>
      )}
      <CheckboxGroup
        legend={t("filters.nodeTypes")}
        name="type"
        options={NODE_TYPES.map((type) => ({ value: type, label: t(`nodeType.${type}`) }))}
        selected={state.nodeTypes}
        onToggle={toggle("nodeTypes")}
      />
      <CheckboxGroup
        legend={t("filters.relTypes")}
        name="rel"
        options={RELATIONSHIP_TYPES.map((type) => ({ value: type, label: t(`relType.${type}`) }))}
        selected={state.relationshipTypes}
        onToggle={toggle("relationshipTypes")}
      />
    </section>
  );
}
