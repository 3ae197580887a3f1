import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { kindLabel } from "../../app/labels";
import { NODE_LOOKS } from "../../graph/palette";
import type { GraphView_NodeFragment } from "../../graphql/__generated__/graphql";
import type { ExplorerState } from "../explorer/urlState";
import { encodeState } from "../explorer/urlState";
import type { SortColumn, SortDirection } from "./sortNodes";
import { SORT_COLUMNS, sortNodes } from "./sortNodes";

export interface NodeTableProps {
  nodes: readonly GraphView_NodeFragment[];
  state: ExplorerState;
  caption: string;
}

/** The map as a table: what a screen reader (or a spreadsheet person) needs from the canvas. */
export function NodeTable({ nodes, state, caption }: NodeTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: "name",
    direction: "ascending",
  });
  const typeLabel = (node: GraphView_NodeFragment) => t(`nodeType.${node.type}`);
  const rows = sortNodes(nodes, sort.column, sort.direction, {
    type: typeLabel,
    kind: (node) => kindLabel(t, node.kind),
  });

  const toggle = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction:
        current.column === column && current.direction === "ascending" ? "descending" : "ascending",
    }));

  return (
    <div className="table-scroll">
      <table className="table" data-testid="node-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {SORT_COLUMNS.map((column) => {
              const label = t(`list.${column}`);
              const active = sort.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? sort.direction : "none"}
                  className={column === "degree" ? "table__number" : undefined}
                >
                  <button type="button" className="table__sort" onClick={() => toggle(column)}>
                    {label}
                    <span className="table__sort-icon" aria-hidden="true">
                      {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((node) => (
            <tr key={node.id}>
              <th scope="row">
                <Link
                  to={{
                    pathname: "/",
                    search: `?${encodeState({ ...state, selectedId: node.id }).toString()}`,
                  }}
                  aria-label={t("list.openOnMap", { name: node.name })}
                >
                  {node.name}
                </Link>
              </th>
              <td>
                <span
                  className="type-dot"
                  style={{ background: NODE_LOOKS[node.type].color }}
                  aria-hidden="true"
                />
                {typeLabel(node)}
              </td>
              <td>{node.village ?? ""}</td>
              <td>{kindLabel(t, node.kind)}</td>
              <td className="table__number">{node.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
