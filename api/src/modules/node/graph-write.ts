/** How every write to the network graph runs: one transaction that first takes the graph lock. */
import type { Executor, Tx } from "../../db/executor.js";
import { lockGraph } from "./node.queries.js";

/**
 * Runs `work` in one write transaction whose first statement is `lockGraph`, so graph writers
 * queue in commit order instead of deadlocking. Like `Executor.transaction`, it may be retried.
 */
export function writeGraph<T>(executor: Executor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return executor.transaction("WRITE", async (tx) => {
    await tx.run(lockGraph);
    return work(tx);
  });
}
