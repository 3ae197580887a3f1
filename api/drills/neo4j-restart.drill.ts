// Drill 1: Neo4j is killed and restarted while writes (50/s) and reads run.
import { Api, type Database, Findings, say, sleep } from "./stack.js";
import { countNodes } from "./verify.js";

const CREATE = `mutation($id: ID!) { createOrganisation(input: { id: $id, name: "Drill", kind: WELZIJN, village: "Twello" }) { id } }`;

export async function neo4jRestartDrill(db: Database): Promise<Findings> {
  const findings = new Findings();
  const api = await Api.start(db.uri, { QUERY_TIMEOUT_MS: "5000" });
  const acknowledged: string[] = [];
  const failures = new Map<string, number>();
  let running = true;
  let sent = 0;
  let reads = 0;

  const writer = (async () => {
    const inflight: Promise<void>[] = [];
    while (running) {
      const id = `drill-restart-${sent++}`;
      inflight.push(
        api.graphql<{ createOrganisation: { id: string } }>(CREATE, { id }).then(
          (result) => {
            if (result.data?.createOrganisation?.id === id) acknowledged.push(id);
            else {
              const code = result.errors?.[0]?.extensions?.code ?? `HTTP ${result.status}`;
              failures.set(code, (failures.get(code) ?? 0) + 1);
            }
          },
          () => {
            failures.set("NETWORK", (failures.get("NETWORK") ?? 0) + 1);
          },
        ),
      );
      await sleep(20);
    }
    await Promise.all(inflight);
  })();
  const reader = (async () => {
    while (running) {
      await api.graphql(`{ organisations(take: 5) { id } }`).catch(() => undefined);
      reads++;
      await sleep(50);
    }
  })();

  await sleep(3_000);
  say(`killing Neo4j (SIGKILL) after ${sent} writes`);
  db.kill();
  await sleep(4_000);
  say("restarting Neo4j");
  const restarting = Date.now();
  await db.restart();
  const returned = Date.now();
  while (!(await api.healthy()) && Date.now() - returned < 60_000) await sleep(200);
  const healthyAfter = (Date.now() - returned) / 1000;
  const ackedBefore = acknowledged.length;
  while (acknowledged.length === ackedBefore && Date.now() - returned < 60_000) await sleep(100);
  const writingAfter = (Date.now() - returned) / 1000;
  await sleep(3_000);
  running = false;
  await Promise.all([writer, reader]);
  await api.stop();

  say(
    `Neo4j took ${((returned - restarting) / 1000).toFixed(1)} s to restart (crash recovery included)`,
  );
  say(
    `${sent} writes sent, ${acknowledged.length} acknowledged, failed: ${JSON.stringify(Object.fromEntries(failures))}; ${reads} reads`,
  );
  const present = await countNodes(db.uri, acknowledged);
  findings.check(
    present === acknowledged.length,
    `every acknowledged write is present (${present}/${acknowledged.length})`,
  );
  const unclear = [...failures.keys()].filter(
    (code) => !["SERVICE_UNAVAILABLE", "TIMEOUT", "CONFLICT"].includes(code),
  );
  findings.check(
    unclear.length === 0,
    `failed writes got a clear error code (others: ${unclear.join(", ") || "none"})`,
  );
  findings.check(failures.size > 0, "the outage was noticed by clients (some writes failed)");
  findings.check(
    healthyAfter <= 30,
    `healthy ${healthyAfter.toFixed(1)} s after Neo4j returned (limit 30 s)`,
  );
  findings.check(
    writingAfter <= 60,
    `writes acknowledged again ${writingAfter.toFixed(1)} s after Neo4j returned (limit 60 s)`,
  );
  return findings;
}
