/**
 * The API runs as deployed (the Dockerfile sets NODE_ENV=production), and so does the reference
 * server (reference.ts), so graphql-js skips its development checks in both. Production asks for
 * a real Neo4j password: the bench's own Neo4j has no authentication, so any will do. Reads are
 * public and the API listens on this machine only.
 */
export const PRODUCTION_ENV = {
  NODE_ENV: "production",
  NEO4J_PASSWORD: "bench-neo4j-has-no-auth",
  HOST: "127.0.0.1",
  PUBLIC_READ: "true",
};
