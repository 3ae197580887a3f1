import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";

import { communityColour } from "../analytics/colours";

export interface BrokerRow {
  id: string;
  name: string;
  betweenness: number;
  community: number;
}

/** Betweenness of the top brokers, each bar in its community's colour (as on the map). */
export function BrokerChart({ rows, width = 600 }: { rows: readonly BrokerRow[]; width?: number }) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({
    name: row.name,
    betweenness: Number(row.betweenness.toFixed(3)),
    community: row.community,
  }));
  return (
    <BarChart
      width={width}
      height={Math.max(140, 40 + data.length * 30)}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" />
      <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} interval={0} />
      <Tooltip />
      <Bar dataKey="betweenness" name={t("health.betweenness")} isAnimationActive={false}>
        {data.map((row) => (
          <Cell key={row.name} fill={communityColour(row.community)} />
        ))}
      </Bar>
    </BarChart>
  );
}
