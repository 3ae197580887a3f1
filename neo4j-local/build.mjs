// Builds the local Neo4j launcher (a jar plus its dependencies) with Maven, once.
// Runs as the root postinstall; skipped when NEO4J_URI points at an external database or
// SKIP_LOCAL_NEO4J=true (the container image).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const marker = join(here, "target", "lib");

if (process.env.NEO4J_URI || process.env.SKIP_LOCAL_NEO4J === "true") process.exit(0);
const jar = join(here, "target", "neo4j-local.jar");
const sources = [
  join(here, "pom.xml"),
  join(here, "src/main/java/nl/netwerkkaart/neo4j/LocalNeo4j.java"),
];
const upToDate =
  existsSync(jar) &&
  existsSync(marker) &&
  sources.every((f) => statSync(f).mtimeMs <= statSync(jar).mtimeMs);
if (upToDate) process.exit(0);

for (const [cmd, what] of [
  ["java", "Java 17 (e.g. `apt-get install openjdk-17-jdk-headless`)"],
  ["mvn", "Apache Maven (e.g. `apt-get install maven`)"],
]) {
  const probe = spawnSync(cmd, ["-version"], { stdio: "ignore" });
  if (probe.error) {
    console.error(
      `The local Neo4j needs ${what}; install it, or set NEO4J_URI to use an existing Neo4j.`,
    );
    process.exit(1);
  }
}

console.log("Preparing the local Neo4j (the first time, Maven downloads about 130 MB)…");
const result = spawnSync("mvn", ["-q", "-B", "package", "-DskipTests"], {
  cwd: here,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
