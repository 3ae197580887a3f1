// Drill 4: SIGTERM while requests run: every request already sent is answered in full.
import { Api, type Database, Findings, say, sleep } from "./stack.js";

export async function sigtermDrill(db: Database): Promise<Findings> {
  const findings = new Findings();
  const api = await Api.start(db.uri);
  let sigtermAt = Number.POSITIVE_INFINITY;
  const outcomes: { sentAt: number; ok: boolean; error?: string }[] = [];
  let running = true;
  const loops = Array.from({ length: 8 }, async () => {
    while (running) {
      const sentAt = Date.now();
      try {
        const result = await api.graphql(
          `{ organisations(take: 20) { id name people { name } worksOn { name } } themes { id } }`,
        );
        outcomes.push({
          sentAt,
          ok: result.status === 200 && !result.errors,
          error: result.errors?.[0]?.message,
        });
      } catch (error) {
        outcomes.push({
          sentAt,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  });
  await sleep(1_500);
  sigtermAt = Date.now();
  api.process.kill("SIGTERM");
  const code = await api.exited;
  const stoppedAfter = (Date.now() - sigtermAt) / 1000;
  running = false;
  await Promise.all(loops);

  // Requests sent well before the signal were in flight or done; later ones may be refused.
  const before = outcomes.filter((o) => o.sentAt < sigtermAt - 20);
  const cut = before.filter((o) => !o.ok);
  say(
    `${before.length} requests sent before SIGTERM, ${cut.length} not answered in full; exit code ${code} after ${stoppedAfter.toFixed(1)} s`,
  );
  if (cut[0]) say(`first failure: ${cut[0].error ?? "no answer"}`);
  findings.check(cut.length === 0, "no request sent before SIGTERM was cut off");
  findings.check(code === 0, "the API exits cleanly (code 0)");
  findings.check(stoppedAfter < 30, "the API stops within 30 s");
  return findings;
}
