import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";

import type { LoadStatus } from "../../graphql/__generated__/graphql";
import { STATUS_COLOURS } from "../analytics/colours";

export interface LoadChartRow {
  id: string;
  name: string;
  partyCount: number;
  capacity: number | null;
  status: LoadStatus;
}

const CAPACITY_COLOUR = "#b4b4b4";

/** Parties relying on each vindplaats next to its capacity; the parties bar coloured by status. */
export function LoadChart({
  rows,
  width = 600,
}: {
  rows: readonly LoadChartRow[];
  width?: number;
}) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({
    name: row.name,
    parties: row.partyCount,
    capacity: row.capacity ?? 0,
    status: row.status,
  }));
  return (
    <BarChart
      width={width}
      height={Math.max(160, 60 + data.length * 34)}
      data={data}
      layout="vertical"
      barGap={1}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} interval={0} />
      <Tooltip />
      <Bar dataKey="parties" name={t("vindplaatsen.chartParties")} isAnimationActive={false}>
        {data.map((row) => (
          <Cell key={row.name} fill={STATUS_COLOURS[row.status]} data-status={row.status} />
        ))}
      </Bar>
      <Bar
        dataKey="capacity"
        name={t("vindplaatsen.capacity")}
        fill={CAPACITY_COLOUR}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
