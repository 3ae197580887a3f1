// Drill 5: a long transaction holds a lock; the API times out cleanly and stays responsive.
import { createDriver } from "../src/db/driver.js";
import { Api, type Database, Findings, say, sleep } from "./stack.js";

export async function slowNeo4jDrill(db: Database): Promise<Findings> {
  const findings = new Findings();
  const api = await Api.start(db.uri, { QUERY_TIMEOUT_MS: "2000" });
  const created = await api.graphql<{ createOrganisation: { id: string } }>(
    `mutation { createOrganisation(input: { name: "Op slot", kind: WELZIJN, village: "Teuge" }) { id } }`,
  );
  const id = created.data!.createOrganisation.id;

  // Another client takes the node's write lock and keeps its transaction open.
  const driver = createDriver({ neo4jUser: "neo4j", neo4jPassword: "neo4j" }, db.uri);
  const session = driver.session();
  const tx = session.beginTransaction({ timeout: 60_000 });
  await tx.run("MATCH (o:Organisation {id: $id}) SET o.name = 'vergrendeld'", { id });

  const started = Date.now();
  const blocked = api.graphql(
    `mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Nieuw" }) { name } }`,
    { id },
  );
  await sleep(300);
  const readStarted = Date.now();
  const read = await api.graphql(`{ themes { id } organisations(take: 3) { id } }`);
  const readMs = Date.now() - readStarted;
  const result = await blocked;
  const blockedMs = Date.now() - started;
  await tx.rollback();
  await session.close();
  await driver.close();
  const after = await api.graphql(
    `mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Nieuw" }) { name } }`,
    { id },
  );
  await api.stop();

  const code = result.errors?.[0]?.extensions?.code;
  say(
    `blocked update answered after ${(blockedMs / 1000).toFixed(1)} s with ${code ?? "success"}; a read meanwhile took ${readMs} ms`,
  );
  findings.check(code === "TIMEOUT", "the blocked update fails with TIMEOUT");
  findings.check(blockedMs < 15_000, "…within 15 s, not hanging");
  findings.check(
    read.status === 200 && !read.errors && readMs < blockedMs && readMs < 5_000,
    "other requests are answered meanwhile, not behind the lock",
  );
  findings.check(after.errors === undefined, "once the lock is gone, the update goes through");
  return findings;
}
