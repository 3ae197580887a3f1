import neo4j, { type Driver } from "neo4j-driver";

import type { Config } from "../config.js";

/** The one place a driver is created; pool settings are documented in the README. */
export function createDriver(
  config: Pick<Config, "neo4jUser" | "neo4jPassword">,
  uri: string,
): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Transient errors are retried for up to 5 s; past that the request fails cleanly.
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    logging: { level: "error", logger: () => undefined },
  });
}
