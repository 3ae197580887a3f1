import { writeFileSync } from "node:fs";

import type { SizeResult } from "./api.bench.js";
import type { WebResult } from "./web.bench.js";

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  neo4j: string;
  platform: string;
  loadBefore: number[];
  loadAfter: number[];
  date: string;
}

export interface BenchReport {
  machine: MachineInfo;
  api?: SizeResult[];
  web?: WebResult[];
  seconds: number;
  parts: string[];
}

export function writeReport(file: string, report: BenchReport): void {
  writeFileSync(file, JSON.stringify(report, null, 2));
}
