import { useTranslation } from "react-i18next";

import type { EdgeTypeLook, NodeTypeLook } from "../../graph/palette";
import {
  EDGE_LOOKS,
  INFORMAL_ROUTE_LOOK,
  NODE_LOOKS,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
} from "../../graph/palette";

// SVG stand-ins for Cytoscape's node shapes, drawn in a 20×20 box.
const SHAPE_PATHS: Record<NodeTypeLook["shape"], string> = {
  ellipse: "M10 2a8 8 0 1 0 0.001 0Z",
  "round-rectangle": "M5 3h10a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3Z",
  diamond: "M10 1l9 9-9 9-9-9Z",
  hexagon: "M5 2h10l4 8-4 8H5l-4-8Z",
  triangle: "M10 2l9 16H1Z",
  star: "M10 1l2.6 6.1 6.4.5-4.9 4.2 1.5 6.4L10 14.8 4.4 18.2l1.5-6.4L1 7.6l6.4-.5Z",
  barrel: "M4 2h12q3 8 0 16H4q-3-8 0-16Z",
};

const DASH: Record<EdgeTypeLook["lineStyle"], string | undefined> = {
  solid: undefined,
  dotted: "2 3",
  dashed: "6 4",
};

function NodeSwatch({ look }: { look: NodeTypeLook }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={SHAPE_PATHS[look.shape]} fill={look.color} />
    </svg>
  );
}

function EdgeSwatch({ look }: { look: EdgeTypeLook }) {
  const y = 8;
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1={y}
        x2="36"
        y2={y}
        stroke={look.color}
        strokeWidth={Math.max(1.5, look.width)}
        strokeDasharray={DASH[look.lineStyle]}
      />
      {look.arrow === "triangle" && (
        <path d={`M36 ${y - 5}L43 ${y}L36 ${y + 5}Z`} fill={look.color} />
      )}
      {look.arrow === "vee" && (
        <path d={`M35 ${y - 5}L43 ${y}L35 ${y + 5}L38 ${y}Z`} fill={look.color} />
      )}
      {look.arrow === "tee" && (
        <line x1="38" y1={y - 5} x2="38" y2={y + 5} stroke={look.color} strokeWidth="2.5" />
      )}
      {look.arrow === "circle" && <circle cx="39" cy={y} r="4" fill={look.color} />}
      {look.arrow === "diamond" && (
        <path d={`M34 ${y}L38.5 ${y - 4.5}L43 ${y}L38.5 ${y + 4.5}Z`} fill={look.color} />
      )}
      {look.arrow === "square" && <rect x="36" y={y - 4} width="8" height="8" fill={look.color} />}
    </svg>
  );
}

/** What every shape, colour and line on the map means; generated from the same palette. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t("legend.title")}</h2>
      <h3>{t("legend.nodes")}</h3>
      <ul className="legend__list">
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <NodeSwatch look={NODE_LOOKS[type]} />
            {t(`nodeType.${type}`)}
          </li>
        ))}
      </ul>
      <p className="muted">{t("legend.size")}</p>
      <h3>{t("legend.edges")}</h3>
      <ul className="legend__list">
        {RELATIONSHIP_TYPES.map((type) => (
          <li key={type}>
            <EdgeSwatch look={EDGE_LOOKS[type]} />
            {t(`relType.${type}`)}
          </li>
        ))}
        <li>
          <EdgeSwatch look={INFORMAL_ROUTE_LOOK} />
          {t("legend.informal")}
        </li>
      </ul>
    </section>
  );
}
