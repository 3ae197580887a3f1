import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

import type { GapSeverity, GapType } from "../../graphql/__generated__/graphql";
import { SEVERITY_COLOURS } from "../analytics/colours";
import { SEVERITIES } from "./gapSummary";

export interface GapChartRow {
  type: GapType;
  counts: Record<GapSeverity, number>;
}

/** Number of gaps per type, stacked by severity. */
export function GapChart({ rows, width = 600 }: { rows: readonly GapChartRow[]; width?: number }) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({ name: t(`gapType.${row.type}`), ...row.counts }));
  return (
    <BarChart
      width={width}
      height={Math.max(140, 40 + data.length * 32)}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 13 }} />
      <Tooltip />
      <Legend />
      {SEVERITIES.map((severity) => (
        <Bar
          key={severity}
          dataKey={severity}
          name={t(`severity.${severity}`)}
          stackId="severity"
          fill={SEVERITY_COLOURS[severity]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
