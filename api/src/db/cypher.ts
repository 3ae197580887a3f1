/** A Cypher statement and its parameters; built by pure functions in `*.queries.ts`. */
export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

/** Backtick-quotes an identifier taken from a fixed whitelist (labels, types, property keys). */
export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not an identifier: ${name}`);
  return `\`${name}\``;
}
