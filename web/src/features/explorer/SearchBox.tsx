import { skipToken, useQuery } from "@apollo/client/react";
import type { KeyboardEvent } from "react";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { NODE_LOOKS } from "../../graph/palette";
import { SearchQuery } from "./queries";

export const SEARCH_MIN_LENGTH = 2;
const DEBOUNCE_MS = 200;
const LIMIT = 10;

export interface SearchBoxProps {
  /** Called with the chosen node's id. */
  onChoose: (id: string) => void;
}

/** Search with suggestions: an ARIA 1.2 combobox (arrow keys, Enter, Escape). */
export function SearchBox({ onChoose }: SearchBoxProps) {
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
    enabled ? { variables: { text: debounced, limit: LIMIT } } : skipToken,
  );
  const results = enabled ? (data?.search ?? []) : [];
  const expanded = open && enabled && (results.length > 0 || !loading);
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (index: number) => {
    const hit = results[index];
    if (!hit) return;
    setText(hit.name);
    setOpen(false);
    setActive(-1);
    onChoose(hit.id);
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
        {t("search.label")}
      </label>
      <p id={`${id}-hint`} className="muted search__hint">
        {t("search.hint")}
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
        aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={t("search.placeholder")}
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
