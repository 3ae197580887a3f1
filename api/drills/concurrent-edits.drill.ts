// Drill 3: 20 concurrent edits of one node with the same version: one wins, the rest conflict.
import { Api, type Database, Findings, say } from "./stack.js";

export async function concurrentEditsDrill(db: Database): Promise<Findings> {
  const findings = new Findings();
  const api = await Api.start(db.uri);
  const created = await api.graphql<{ createOrganisation: { id: string; version: number } }>(
    `mutation { createOrganisation(input: { name: "Gedeeld", kind: WELZIJN, village: "Wilp" }) { id version } }`,
  );
  const { id, version } = created.data!.createOrganisation;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      api.graphql<{ updateOrganisation: { name: string; version: number } }>(
        `mutation($id: ID!, $name: String!, $v: Int!) { updateOrganisation(id: $id, input: { name: $name }, expectedVersion: $v) { name version } }`,
        { id, name: `Bewerking ${i}`, v: version },
      ),
    ),
  );
  const winners = results.filter((r) => r.data?.updateOrganisation);
  const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT");
  const final = await api.graphql<{ node: { name: string; version: number } }>(
    `query($id: ID!) { node(id: $id) { name version } }`,
    { id },
  );
  await api.stop();
  say(
    `${winners.length} succeeded, ${conflicts.length} got CONFLICT, final: ${JSON.stringify(final.data?.node)}`,
  );
  findings.check(winners.length === 1, "exactly one edit wins");
  findings.check(conflicts.length === 19, "the 19 others get CONFLICT");
  findings.check(
    final.data?.node.version === version + 1,
    "the version moved exactly once (no lost update)",
  );
  findings.check(
    final.data?.node.name === winners[0]?.data?.updateOrganisation.name,
    "the stored name is the winner's",
  );
  return findings;
}
