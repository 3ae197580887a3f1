import { useTranslation } from "react-i18next";

import type { NodeType } from "../../graphql/__generated__/graphql";
import { SearchBox } from "../explorer/SearchBox";

export interface PickedNode {
  id: string;
  name: string;
  type: NodeType;
}

/**
 * Pick a person, organisation, theme or vindplaats by name: the explorer's search combobox,
 * limited to some node types, showing what is chosen.
 */
export function NodePicker({
  label,
  types,
  value,
  onChange,
  clearOnChoose = false,
}: {
  label: string;
  types: readonly NodeType[];
  value?: PickedNode | null;
  onChange: (node: PickedNode) => void;
  clearOnChoose?: boolean;
}) {
  const { t } = useTranslation();
  const kinds = types.map((type) => t(`nodeType.${type}`).toLowerCase()).join(", ");
  return (
    <div className="picker">
      <SearchBox
        types={types}
        label={label}
        hint={t("picker.hint", { kinds })}
        placeholder={t("picker.placeholder")}
        clearOnChoose={clearOnChoose}
        onChoose={() => undefined}
        onChooseHit={onChange}
      />
      {value !== undefined && (
        <p className="picker__value" data-testid="picker-value">
          {value ? t("picker.chosen", { name: value.name }) : t("picker.none")}
        </p>
      )}
    </div>
  );
}
