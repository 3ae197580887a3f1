import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";

import { FilterOptionsQuery } from "../explorer/queries";
import type { SelectOption } from "./SelectField";

/** Themes and villages to filter on: the same list the explorer's filters use. */
export function useFilterOptions() {
  const { data } = useQuery(FilterOptionsQuery);
  return useMemo(() => {
    const themes: SelectOption[] = (data?.themes ?? []).map((t) => ({
      value: t.id,
      label: t.name,
    }));
    const villages: SelectOption[] = (data?.villages ?? []).map((v) => ({ value: v, label: v }));
    const themeName = new Map(themes.map((t) => [t.value, t.label]));
    return { themes, villages, themeName };
  }, [data]);
}
