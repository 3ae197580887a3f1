/**
 * The role matrix, per operation, through the real schema: anonymous users may only sign in;
 * viewers read; editors also change the network and see contact fields; admins also manage
 * users, read the audit log and export or erase a person. Operations are enumerated from the
 * schema, so a new one without `@Authorized` fails here.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { buildPerson } from "../../factories/index.js";
import { executeCypher, executeGraphQL, resetDatabase } from "../../helpers/test-db.js";
import {
  ADMIN_OPERATIONS,
  EDITOR_QUERIES,
  OPEN_OPERATIONS,
  rootOperations,
  SELF_OPERATIONS,
} from "./operations.js";

const operations = await rootOperations();
const guarded = operations.filter((op) => !OPEN_OPERATIONS.has(op.name));
const viewerDenied = guarded.filter(
  (op) =>
    !SELF_OPERATIONS.has(op.name) &&
    (op.kind === "mutation" || ADMIN_OPERATIONS.has(op.name) || EDITOR_QUERIES.has(op.name)),
);
const viewerAllowed = guarded.filter((op) => !viewerDenied.includes(op));
const adminOnly = guarded.filter((op) => ADMIN_OPERATIONS.has(op.name));

function codes(result: Awaited<ReturnType<typeof executeGraphQL>>) {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(resetDatabase);

describe("anonymous", () => {
  it.each(guarded.map((op) => [op.name, op]))("%s: UNAUTHENTICATED", async (_name, op) => {
    const result = await executeGraphQL(op.document, {}, { as: "anonymous" });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
  });

  it("may ask who it is (null) without an error", async () => {
    const result = await executeGraphQL(`{ me { id } }`, {}, { as: "anonymous" });
    expect(result).toEqual({ data: { me: null } });
  });
});

describe("viewer", () => {
  it.each(viewerDenied.map((op) => [op.name, op]))("%s: FORBIDDEN", async (_name, op) => {
    const result = await executeGraphQL(op.document, {}, { as: "viewer" });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
  });

  it.each(viewerAllowed.map((op) => [op.name, op]))(
    "%s: passes the role check",
    async (_name, op) => {
      const result = await executeGraphQL(op.document, {}, { as: "viewer" });
      expect(codes(result)).not.toContain("FORBIDDEN");
      expect(codes(result)).not.toContain("UNAUTHENTICATED");
    },
  );
});

describe("editor", () => {
  it.each(adminOnly.map((op) => [op.name, op]))("%s: FORBIDDEN", async (_name, op) => {
    const result = await executeGraphQL(op.document, {}, { as: "editor" });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
  });
});

describe("admin", () => {
  it.each(adminOnly.map((op) => [op.name, op]))("%s: passes the role check", async (_name, op) => {
    const result = await executeGraphQL(op.document, {}, { as: "admin" });
    expect(codes(result)).not.toContain("FORBIDDEN");
    expect(codes(result)).not.toContain("UNAUTHENTICATED");
  });
});

describe("contact fields", () => {
  const QUERY = `query($id: ID!) { node(id: $id) { ... on Person { name email phone } } }`;

  it("a viewer gets null for email and phone, without an error, and nothing is audited", async () => {
    const person = await buildPerson({ email: "a@example.org", phone: "0612345678" });
    const result = await executeGraphQL(QUERY, { id: person.id }, { as: "viewer" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({ name: person.name, email: null, phone: null });
    const audit = await executeCypher(
      "MATCH (a:AuditEntry {targetId: $id, action: 'readContactDetails'}) RETURN a",
      { id: person.id },
    );
    expect(audit).toHaveLength(0);
  });

  it("an editor reads them, and the read is audited once per person without the values", async () => {
    const person = await buildPerson({ email: "b@example.org", phone: "0687654321" });
    const result = await executeGraphQL(QUERY, { id: person.id }, { as: "editor" });
    expect(result.data?.node).toMatchObject({ email: "b@example.org", phone: "0687654321" });
    const audit = await executeCypher(
      "MATCH (a:AuditEntry {targetId: $id, action: 'readContactDetails'}) RETURN a {.*} AS a",
      { id: person.id },
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.a).toMatchObject({ actorId: "test-editor", targetKind: "Person" });
    expect(JSON.stringify(audit)).not.toMatch(/example\.org|0687654321|Persoon/);
  });

  it("a list of people costs one audit statement, not one per person", async () => {
    await Promise.all([1, 2, 3].map((i) => buildPerson({ email: `p${i}@example.org` })));
    const before = await executeCypher("MATCH (a:AuditEntry) RETURN count(a) AS n");
    const result = await executeGraphQL(`{ persons(take: 200) { id email } }`);
    expect(result.errors).toBeUndefined();
    const withEmail = (result.data?.persons as { email: string | null }[]).filter((p) => p.email);
    const after = await executeCypher("MATCH (a:AuditEntry) RETURN count(a) AS n");
    expect(Number(after[0]!.n) - Number(before[0]!.n)).toBe(withEmail.length);
  });

  it("PUBLIC_READ lets anonymous read the network but not contact fields or changes", async () => {
    const person = await buildPerson({ email: "c@example.org" });
    const read = await executeGraphQL(
      QUERY,
      { id: person.id },
      { as: "anonymous", publicRead: true },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.node).toMatchObject({ email: null, phone: null });
    const write = await executeGraphQL(
      `mutation { createTheme(input: { name: "x", domain: SOCIAAL }) { id } }`,
      {},
      { as: "anonymous", publicRead: true },
    );
    expect(codes(write)).toEqual(["UNAUTHENTICATED"]);
    const history = await executeGraphQL(
      `query($id: ID!) { history(nodeId: $id) { id } }`,
      { id: person.id },
      { as: "anonymous", publicRead: true },
    );
    expect(codes(history)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("audit of mutations", () => {
  it("records who changed which node, without the values", async () => {
    const created = await executeGraphQL<{ createPerson: { id: string } }>(
      `mutation { createPerson(input: { name: "Geheime Naam", email: "geheim@example.org" }) { id } }`,
    );
    const id = created.data!.createPerson.id;
    const log = await executeGraphQL<{ auditLog: Record<string, unknown>[] }>(
      `query($id: ID!) { auditLog(targetId: $id) { actorId action targetId targetKind at } }`,
      { id },
      { as: "admin" },
    );
    expect(log.data?.auditLog).toEqual([
      expect.objectContaining({
        actorId: "test-editor",
        action: "createPerson",
        targetId: id,
        targetKind: "Person",
      }),
    ]);
    const all = await executeCypher("MATCH (a:AuditEntry) RETURN a {.*} AS a");
    expect(JSON.stringify(all)).not.toMatch(/Geheime|geheim@/);
  });

  it("a rejected mutation writes no audit entry", async () => {
    const before = await executeCypher("MATCH (a:AuditEntry) RETURN count(a) AS n");
    await executeGraphQL(`mutation { createPerson(input: { name: "" }) { id } }`);
    await executeGraphQL(
      `mutation { createPerson(input: { name: "x" }) { id } }`,
      {},
      { as: "viewer" },
    );
    const after = await executeCypher("MATCH (a:AuditEntry) RETURN count(a) AS n");
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("auditLog pages are bounded", async () => {
    const result = await executeGraphQL(`{ auditLog(take: 99999999) { id } }`, {}, { as: "admin" });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });
});
