import { useId } from "react";

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled native select: keyboard and screen-reader friendly without extra work. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  allLabel,
  testId,
}: {
  label: string;
  value: string | null;
  options: readonly SelectOption[];
  onChange: (value: string | null) => void;
  /** The "no choice" option ("Alle thema's"); without it a choice is required. */
  allLabel?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value ?? ""}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value || null)}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
