import { skipToken, useQuery } from "@apollo/client/react";
import type { KeyboardEvent } from "react";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { NODE_LOOKS } from "../../graph/palette";
import type { NodeType } from "../../graphql/__generated__/graphql";
import { SearchQuery } from "./queries";

export const SEARCH_MIN_LENGTH = 2;
const DEBOUNCE_MS = 200;
const LIMIT = 10;
// Restricted to some node types, suggestions are filtered here: ask for the API's maximum.
const TYPED_LIMIT = 50;

export interface SearchBoxProps {
  /** Called with the chosen node's id. */
  onChoose: (id: string) => void;
  /** Also called with the chosen node's name and type, for pickers that show the choice. */
  onChooseHit?: (hit: { id: string; name: string; type: NodeType }) => void;
  /** Only suggest these node types (a picker for people, organisations, …). */
  types?: readonly NodeType[];
  /** Label, hint and placeholder of a picker; the network search's own by default. */
  label?: string;
  hint?: string;
  placeholder?: string;
  /** Empty the field after a choice (for adding several, one by one). */
  clearOnChoose?: boolean;
  /** A form's message about this field: marks it invalid and reads the message with it. */
  errorId?: string;
}

/** Search with suggestions: an ARIA 1.2 combobox (arrow keys, Enter, Escape). */
export function SearchBox({
  onChoose,
  onChooseHit,
  types,
  label,
  hint,
  placeholder,
  clearOnChoose = false,
  errorId,
}: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [debounced, setDebounced] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const enabled = debounced.length >= SEARCH_MIN_LENGTH;
  const { data, loading } = useQuery(
    SearchQuery,
    enabled ? { variables: { text: debounced, limit: types ? TYPED_LIMIT : LIMIT } } : skipToken,
  );
  const hits = enabled ? (data?.search ?? []) : [];
  const results = types ? hits.filter((hit) => types.includes(hit.type)).slice(0, LIMIT) : hits;
  const expanded = open && enabled && (results.length > 0 || !loading);
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (index: number) => {
    const hit = results[index];
    if (!hit) return;
    setText(clearOnChoose ? "" : hit.name);
    setOpen(false);
    setActive(-1);
    onChoose(hit.id);
    onChooseHit?.({ id: hit.id, name: hit.name, type: hit.type });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length === 0 ? -1 : (i + 1) % results.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (results.length === 0 ? -1 : (i - 1 + results.length) % results.length));
    } else if (event.key === "Enter") {
      if (expanded) {
        event.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="search__label">
        {label ?? t("search.label")}
      </label>
      <p id={`${id}-hint`} className="muted search__hint">
        {hint ?? t("search.hint")}
      </p>
      <input
        id={`${id}-input`}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={errorId ? `${id}-hint ${errorId}` : `${id}-hint`}
        aria-invalid={errorId ? true : undefined}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder ?? t("search.placeholder")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        // Delay so a click on an option lands before the list closes.
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" className="search__list" hidden={!expanded}>
        {results.map((hit, index) => (
          <li
            key={hit.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            <span
              className="type-dot"
              style={{ background: NODE_LOOKS[hit.type].color }}
              aria-hidden="true"
            />
            <span className="search__name">{hit.name}</span>
            <span className="muted">
              {t(`nodeType.${hit.type}`)}
              {hit.village ? ` · ${hit.village}` : ""}
            </span>
          </li>
        ))}
        {expanded && results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search__empty">
            {t("search.noResults", { text: debounced })}
          </li>
        )}
      </ul>
      <p className="visually-hidden" role="status">
        {enabled && !loading ? t("search.results", { count: results.length }) : ""}
      </p>
    </div>
  );
}
