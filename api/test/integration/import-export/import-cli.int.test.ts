/**
 * The import command line against a real Neo4j: a killed import leaves the graph as it was (one
 * transaction), a complete one lands whole and exactly once; invalid files exit with code 1.
 * Prints the measured speed of a 10,000-row import (see docs/import-export.md).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { RelationshipType as R } from "../../../src/model/relationship-types.js";
import { buildOrganisation, buildPerson, relate } from "../../factories/index.js";
import { executeCypher, graphFingerprint, resetDatabase } from "../../helpers/test-db.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const cli = join(root, "api/src/ops/import.cli.ts");
const dir = mkdtempSync(join(tmpdir(), "netwerkkaart-import-"));
const N = 10_000;

/** 10,000 nodes (people and organisations) and 10,000 relationships. */
function writeLargeFiles(): { nodes: string; edges: string } {
  const nodes = ["id,type,name,role,village,kind"];
  for (let i = 0; i < N / 2; i++) nodes.push(`per-${i},persoon,Persoon ${i},medewerker,Twello,`);
  for (let i = 0; i < N / 2; i++)
    nodes.push(`org-${i},organisatie,"Organisatie ${i}, Voorst",,Voorst,WELZIJN`);
  const edges = ["from,to,type,role,strength"];
  for (let i = 0; i < N / 2; i++) edges.push(`per-${i},org-${i},WORKS_FOR,coach,`);
  for (let i = 0; i < N / 2; i++) edges.push(`per-${i},per-${(i + 1) % (N / 2)},KNOWS,,2`);
  const files = { nodes: join(dir, "nodes.csv"), edges: join(dir, "edges.csv") };
  writeFileSync(files.nodes, `${nodes.join("\n")}\n`);
  writeFileSync(files.edges, `${edges.join("\n")}\n`);
  return files;
}

interface Run {
  child: ChildProcess;
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
  stderr: () => string;
}

function runCli(...args: string[]): Run {
  return runScript(cli, args);
}

function runScript(script: string, args: string[]): Run {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_URI: inject("neo4jUri"),
      LOG_LEVEL: "error",
      TSX_TSCONFIG_PATH: join(root, "api/tsconfig.json"),
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((ok) => child.on("exit", (code, signal) => ok({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

async function counts() {
  const [row] = await executeCypher(`
    CALL () { MATCH (p:Person) RETURN count(p) AS persons, count(DISTINCT p.id) AS personIds }
    CALL () { MATCH (o:Organisation) RETURN count(o) AS organisations }
    CALL () { MATCH ()-[r:WORKS_FOR]->() RETURN count(r) AS worksFor, count(DISTINCT r.id) AS worksForIds }
    CALL () { MATCH ()-[r:KNOWS]->() RETURN count(r) AS knows }
    RETURN persons, personIds, organisations, worksFor, worksForIds, knows`);
  return row;
}

let files: { nodes: string; edges: string };
beforeAll(() => {
  files = writeLargeFiles();
});
afterAll(resetDatabase);

describe("npm run import", () => {
  it(
    "killed halfway leaves the graph as it was; run again it lands whole and exactly once",
    { timeout: 240_000 },
    async () => {
      await resetDatabase();
      const existing = await buildPerson({ name: "Was er al" });
      const before = await graphFingerprint();

      // Kill the import as soon as it reports writing progress (well before its commit).
      const killed = runCli(files.nodes, files.edges);
      await new Promise<void>((ok) => {
        killed.child.on("exit", () => ok());
        killed.child.stderr!.on("data", () => {
          const match = /\] (\d+)% schrijven/.exec(killed.stderr());
          if (match && Number(match[1]) < 100) {
            killed.child.kill("SIGKILL");
            ok();
          }
        });
      });
      const outcome = await killed.done;
      expect(outcome.signal).toBe("SIGKILL");
      expect(outcome.stdout).not.toContain("Import klaar");
      expect(await graphFingerprint()).toBe(before);

      const started = Date.now();
      const complete = await runCli(files.nodes, files.edges).done;
      const seconds = (Date.now() - started) / 1000;
      expect(complete.code, complete.stderr).toBe(0);
      expect(complete.stderr).toContain("[####################] 100% schrijven");
      expect(complete.stdout).toContain(`knopen: ${N} nieuw, 0 gewijzigd, 0 ongewijzigd`);
      console.log(
        `[measure] CLI import of ${N} nodes + ${N} relationships (${2 * N} CSV rows): ${seconds.toFixed(1)} s wall clock including process start; CLI says: ${complete.stdout.trim()}`,
      );
      expect(await counts()).toEqual({
        persons: N / 2 + 1,
        personIds: N / 2 + 1,
        organisations: N / 2,
        worksFor: N / 2,
        worksForIds: N / 2,
        knows: N / 2,
      });
      const [kept] = await executeCypher("MATCH (p:Person {id: $id}) RETURN p.name AS name", {
        id: existing.id,
      });
      expect(kept?.name).toBe("Was er al");

      // Idempotent: a second run changes nothing.
      const after = await graphFingerprint();
      const again = await runCli(files.nodes, files.edges).done;
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`knopen: 0 nieuw, 0 gewijzigd, ${N} ongewijzigd`);
      expect(await graphFingerprint()).toBe(after);
    },
  );

  it(
    "an invalid file: exit code 1, every problem listed, nothing written",
    { timeout: 60_000 },
    async () => {
      await resetDatabase();
      const before = await graphFingerprint();
      const bad = join(dir, "bad-nodes.csv");
      writeFileSync(
        bad,
        "id,type,name,kind,village,capacity\na,persoon,Anna,,,\nb,vindplaats,School,SCHOOL,Wilp,0\nc,kabouter,X,,,\n",
      );
      const run = await runCli(bad).done;
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Import geweigerd, er is niets opgeslagen (2 problemen)");
      expect(run.stderr).toContain(
        "nodes.csv, rij 3, kolom capacity: capacity moet minstens 1 zijn. [min]",
      );
      expect(run.stderr).toMatch(
        /nodes\.csv, rij 4, kolom type: Onbekend type "kabouter".*\[unknownType\]/,
      );
      expect(await graphFingerprint()).toBe(before);
    },
  );

  it(
    "a UTF-16 file is refused with advice; --dry-run writes nothing",
    { timeout: 60_000 },
    async () => {
      await resetDatabase();
      const before = await graphFingerprint();
      const utf16 = join(dir, "utf16.csv");
      writeFileSync(
        utf16,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id,type,name\n", "utf16le")]),
      );
      const refused = await runCli(utf16).done;
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("UTF-16");

      const good = join(dir, "good.csv");
      writeFileSync(good, "id,type,name\na,persoon,Anna\n");
      const dry = await runCli(good, "--dry-run").done;
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain("knopen: 1 nieuw");
      expect(await graphFingerprint()).toBe(before);
    },
  );

  it(
    "npm run export writes CSV sheets that import back unchanged",
    { timeout: 90_000 },
    async () => {
      await resetDatabase();
      const org = await buildOrganisation({ name: "=Welzijn, Voorst" });
      await relate(R.WORKS_FOR, await buildPerson({ phone: "+31 6 12345678" }), org, {
        role: "coach",
      });
      const out = join(dir, "export");
      const exported = await runScript(join(root, "api/src/ops/export.cli.ts"), [
        "--format",
        "csv",
        "--out",
        out,
      ]).done;
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toContain("(2 knopen, 1 relaties)");
      expect(readFileSync(join(out, "nodes.csv"), "utf8")).toContain(`"'=Welzijn, Voorst"`);

      const before = await graphFingerprint();
      const again = await runCli(join(out, "nodes.csv"), join(out, "edges.csv")).done;
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain(
        "knopen: 0 nieuw, 0 gewijzigd, 2 ongewijzigd; relaties: 0 nieuw, 0 gewijzigd, 1 ongewijzigd",
      );
      expect(await graphFingerprint()).toBe(before);
    },
  );
});
