// `npm run drills`: fault drills against the real stack (built API, local Neo4j). Each drill says
// what it did and what it found; the run fails loudly when anything was lost.
import { concurrentEditsDrill } from "./concurrent-edits.drill.js";
import { importKilledDrill } from "./import-killed.drill.js";
import { neo4jRestartDrill } from "./neo4j-restart.drill.js";
import { sigtermDrill } from "./sigterm.drill.js";
import { slowNeo4jDrill } from "./slow-neo4j.drill.js";
import { Database, type Findings } from "./stack.js";

const drills: [string, (db: Database) => Promise<Findings>][] = [
  ["20 concurrent edits of one node", concurrentEditsDrill],
  ["Neo4j slow: a transaction holds a lock", slowNeo4jDrill],
  ["import killed halfway, then re-run", importKilledDrill],
  ["SIGTERM during load", sigtermDrill],
  ["Neo4j killed and restarted under load", neo4jRestartDrill],
];

// `npm run drills -- import` runs only the drills whose name contains "import".
const only = process.argv[2];
const chosen = drills.filter(([name]) => !only || name.includes(only));
const db = await Database.start();
let passed = 0;
let failed = 0;
try {
  for (const [name, drill] of chosen) {
    console.log(`Drill: ${name}`);
    try {
      const findings = await drill(db);
      if (findings.problems.length) failed++;
      else passed++;
    } catch (error) {
      failed++;
      console.log(
        `  FAIL the drill itself broke: ${error instanceof Error ? error.stack : String(error)}`,
      );
    }
  }
} finally {
  await db.stop();
}
console.log(`drills: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
