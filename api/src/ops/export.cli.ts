// `npm run export -- --format csv|json|graphml [--out dir] [--theme id …] [--village name …]
// [--focus id [--hops n]]`: writes the network, or the part the filter draws, into a folder.
import "reflect-metadata";

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

import { loadConfig } from "../config.js";
import { createDriver } from "../db/driver.js";
import { Executor } from "../db/executor.js";
import { localUri } from "../db/local/persistent.js";
import { ExportFormat, ExportService } from "../modules/import-export/export.service.js";
import type { NetworkQueryInput } from "../modules/network/network.queries.js";

const { values } = parseArgs({
  options: {
    format: { type: "string", default: "json" },
    out: { type: "string", default: "export" },
    theme: { type: "string", multiple: true },
    village: { type: "string", multiple: true },
    focus: { type: "string" },
    hops: { type: "string" },
  },
});
const format = values.format.toUpperCase() as ExportFormat;
if (!Object.values(ExportFormat).includes(format)) {
  console.error("Gebruik / usage: npm run export -- --format csv|json|graphml [--out dir]");
  process.exit(2);
}
const filter: NetworkQueryInput | null =
  values.theme || values.village || values.focus
    ? {
        themeIds: values.theme ?? null,
        villages: values.village ?? null,
        focusId: values.focus ?? null,
        hops: values.hops ? Number(values.hops) : null,
      }
    : null;

const config = loadConfig();
const driver = createDriver(config, config.neo4jUri ?? localUri);
try {
  const result = await new ExportService(
    new Executor(driver, { database: config.neo4jDatabase }),
  ).export(format, filter);
  const dir = resolve(values.out);
  mkdirSync(dir, { recursive: true });
  for (const file of result.files) writeFileSync(join(dir, file.name), file.content);
  console.log(
    `Export klaar: ${result.files.map((f) => join(dir, f.name)).join(", ")} (${result.nodeCount} knopen, ${result.relationshipCount} relaties).`,
  );
} catch (error) {
  console.error(`Export mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await driver.close();
  // The executor may still be probing an unreachable database: end the process now.
  process.exit(process.exitCode ?? 0);
}
