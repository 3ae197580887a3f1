/**
 * The API runs as deployed (the Dockerfile sets NODE_ENV=production; `npm run bench` sets it for
 * this process too, so graphql-js skips its development checks here as well, where the reference
 * server runs). Production asks for a real Neo4j password: the bench's own Neo4j has no
 * authentication, so any will do. Reads are public and the API listens on this machine only.
 */
export const PRODUCTION_ENV = {
  NODE_ENV: "production",
  NEO4J_PASSWORD: "bench-neo4j-has-no-auth",
  HOST: "127.0.0.1",
  PUBLIC_READ: "true",
};
