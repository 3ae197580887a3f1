/**
 * The attack and bad-input suite: real HTTP against the real app (`createApp` on a free port, on
 * the test Neo4j). Every case asserts the rejection — the right status and error code, no stack
 * trace, no 5xx — and that the network is unchanged.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { Role } from "../../../src/auth/roles.js";
import { hashToken } from "../../../src/auth/session.js";
import { buildOrganisation, buildPerson, buildTheme } from "../../factories/index.js";
import { type HttpResponse, TestApp } from "../../helpers/http.js";
import {
  executeCypher,
  graphFingerprint,
  resetDatabase,
  testServices,
} from "../../helpers/test-db.js";
import { rootOperations } from "./operations.js";

let app: TestApp;
let editor: { id: string; cookie: string };
let viewer: { id: string; cookie: string };
let admin: { id: string; cookie: string };
let ids: { person: string; organisation: string; theme: string };

const mutations = (await rootOperations()).filter(
  (op) => op.kind === "mutation" && !["signIn", "signOut"].includes(op.name),
);

beforeAll(async () => {
  await resetDatabase();
  app = await TestApp.start();
  editor = await app.userWithSession(Role.EDITOR);
  viewer = await app.userWithSession(Role.VIEWER);
  admin = await app.userWithSession(Role.ADMIN);
  const person = await buildPerson({ email: "jan@example.org", phone: "0612345678" });
  const organisation = await buildOrganisation();
  const theme = await buildTheme();
  ids = { person: person.id, organisation: organisation.id, theme: theme.id };
});

afterAll(async () => {
  await app?.stop();
});

let before: string;
beforeEach(async () => {
  before = await graphFingerprint();
});

/** No 5xx, no stack trace, no internals in the answer. */
function expectClean(response: HttpResponse) {
  expect(response.status).toBeLessThan(500);
  expect(response.text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|node_modules|Neo4jError|Cypher/i);
}

function codeOf(response: HttpResponse): unknown {
  return response.json?.errors?.[0]?.extensions?.code;
}

async function expectUnchanged() {
  expect(await graphFingerprint()).toBe(before);
}

async function expectRejected(response: HttpResponse, code: string, status?: number) {
  expectClean(response);
  if (status !== undefined) expect(response.status).toBe(status);
  expect(codeOf(response), response.text.slice(0, 300)).toBe(code);
  await expectUnchanged();
}

describe("GraphQL limits", () => {
  it("a 50-deep query through Person → Organisation cycles", async () => {
    let selection = "id";
    for (let i = 0; i < 25; i++) selection = `organisations { people { ${selection} } }`;
    const response = await app.graphql(`{ persons { ${selection} } }`, {}, editor.cookie);
    await expectRejected(response, "GRAPHQL_VALIDATION_FAILED", 400);
    expect(response.text).not.toMatch(/\b12\b|depth limit/i);
  });

  it("1,000 aliases", async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: villages`).join(" ");
    const response = await app.graphql(`{ ${aliases} }`, {}, editor.cookie);
    expectClean(response);
    expect(response.status).toBe(400);
    expect(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"]).toContain(codeOf(response));
    await expectUnchanged();
  });

  it("16 aliases (just over the alias limit, under the token limit)", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: villages`).join(" ");
    const response = await app.graphql(`{ ${aliases} }`, {}, editor.cookie);
    await expectRejected(response, "GRAPHQL_VALIDATION_FAILED", 400);
    expect(response.text).not.toMatch(/\b15\b/);
  });

  it("an array of 100 operations (batching is off)", async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: "{ villages }" }));
    const response = await app.raw({
      method: "POST",
      headers: { "content-type": "application/json", cookie: editor.cookie },
      body: JSON.stringify(batch),
    });
    expectClean(response);
    expect(response.status).toBe(400);
    await expectUnchanged();
  });

  it("a 1 MB document", async () => {
    const query = `{ villages ${" ".repeat(1_100_000)} }`;
    const response = await app.graphql(query, {}, editor.cookie);
    await expectRejected(response, "PAYLOAD_TOO_LARGE", 413);
  });

  it("a document of many tokens under the size limit", async () => {
    const query = `{ ${Array.from({ length: 5000 }, () => "villages").join(" ")} }`;
    const response = await app.graphql(query, {}, editor.cookie);
    expectClean(response);
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/3000|token limit/i);
    await expectUnchanged();
  });

  it("100 directives", async () => {
    const directives = Array.from({ length: 100 }, () => "@include(if: true)").join(" ");
    const response = await app.graphql(`{ villages ${directives} }`, {}, editor.cookie);
    await expectRejected(response, "GRAPHQL_VALIDATION_FAILED", 400);
  });

  it("a wide, nested query over the cost limit", async () => {
    const leaf = "id name type version createdAt updatedAt role village";
    const level3 = `organisations { ${leaf} people { ${leaf} organisations { ${leaf} people { ${leaf} knows { ${leaf} } } } } }`;
    const fields = Array.from({ length: 12 }, (_, i) => `p${i}: persons { ${leaf} ${level3} }`);
    const response = await app.graphql(`{ ${fields.slice(0, 12).join(" ")} }`, {}, editor.cookie);
    expectClean(response);
    expect(response.status).toBe(400);
    await expectUnchanged();
  });

  it.each([
    ["persons(take: 99999999)", "{ persons(take: 99999999) { id } }"],
    ["persons(take: -1)", "{ persons(take: -1) { id } }"],
    ["persons(take: 0)", "{ persons(take: 0) { id } }"],
    ["persons(skip: -5)", "{ persons(skip: -5) { id } }"],
    ["organisations(take: 99999999)", "{ organisations(take: 99999999) { id } }"],
    ["search(limit: 99999999)", '{ search(text: "a", limit: 99999999) { id } }'],
    ["recentChanges(take: 99999999)", "{ recentChanges(take: 99999999) { id } }"],
    ["users(take: 99999999)", "{ users(take: 99999999) { id } }"],
    ["auditLog(take: -1)", "{ auditLog(take: -1) { id } }"],
    [
      "network(hops: 99999999)",
      '{ network(filter: { focusId: "x", hops: 99999999 }) { nodes { id } } }',
    ],
  ])("page size %s", async (_name, query) => {
    const response = await app.graphql(query, {}, admin.cookie);
    await expectRejected(response, "BAD_USER_INPUT");
  });

  it("a string for an Int", async () => {
    const response = await app.graphql(`{ persons(take: "ten") { id } }`, {}, editor.cookie);
    await expectRejected(response, "GRAPHQL_VALIDATION_FAILED", 400);
  });

  it("2^63 as an Int variable", async () => {
    const response = await app.graphql(
      `query($take: Int!) { persons(take: $take) { id } }`,
      { take: 9223372036854775808 },
      editor.cookie,
    );
    await expectRejected(response, "BAD_USER_INPUT", 400);
  });

  it("2^63 as an Int literal", async () => {
    const response = await app.graphql(
      `{ persons(take: 9223372036854775808) { id } }`,
      {},
      editor.cookie,
    );
    await expectRejected(response, "GRAPHQL_VALIDATION_FAILED", 400);
  });
});

describe("malformed HTTP", () => {
  it("malformed JSON", async () => {
    const response = await app.raw({
      method: "POST",
      headers: { "content-type": "application/json", cookie: editor.cookie },
      body: '{"query": "{ villages }"',
    });
    await expectRejected(response, "BAD_REQUEST", 400);
  });

  it("invalid UTF-8", async () => {
    const body = Buffer.concat([
      Buffer.from('{"query":"mutation { createTheme(input: {name: \\"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('\\", domain: SOCIAAL}) { id } }"}'),
    ]);
    const response = await app.raw({
      method: "POST",
      headers: { "content-type": "application/json", cookie: editor.cookie },
      body,
    });
    await expectRejected(response, "BAD_REQUEST", 400);
  });

  it("a NUL byte in a variable", async () => {
    const response = await app.graphql(
      `mutation($name: String!) { createTheme(input: { name: $name, domain: SOCIAAL }) { id } }`,
      { name: "thema\u0000naam" },
      editor.cookie,
    );
    await expectRejected(response, "BAD_REQUEST", 400);
  });

  it("a NUL escape in the document", async () => {
    const response = await app.graphql(
      'mutation { createTheme(input: { name: "x\\u0000y", domain: SOCIAAL }) { id } }',
      {},
      editor.cookie,
    );
    await expectRejected(response, "BAD_REQUEST", 400);
  });

  it("a string of 1 MB in a variable", async () => {
    const response = await app.graphql(
      `mutation($name: String!) { createTheme(input: { name: $name, domain: SOCIAAL }) { id } }`,
      { name: "a".repeat(1_048_576) },
      editor.cookie,
    );
    await expectRejected(response, "PAYLOAD_TOO_LARGE", 413);
  });

  it("a string of 900 kB in a variable (under the body limit)", async () => {
    const response = await app.graphql(
      `mutation($name: String!) { createTheme(input: { name: $name, domain: SOCIAAL }) { id } }`,
      { name: "a".repeat(900_000) },
      editor.cookie,
    );
    await expectRejected(response, "BAD_USER_INPUT", 200);
  });

  it("a mutation over GET", async () => {
    const query = encodeURIComponent(
      `mutation { createTheme(input: { name: "x", domain: SOCIAAL }) { id } }`,
    );
    const response = await app.raw({
      path: `/graphql?query=${query}`,
      method: "GET",
      headers: { cookie: editor.cookie, "apollo-require-preflight": "true" },
    });
    expectClean(response);
    expect(response.status).toBe(405);
    await expectUnchanged();
  });

  it("a cross-origin text/plain POST (a CSRF attempt)", async () => {
    const response = await app.raw({
      method: "POST",
      headers: {
        "content-type": "text/plain",
        origin: "https://evil.example",
        cookie: editor.cookie,
      },
      body: JSON.stringify({
        query: `mutation { createTheme(input: { name: "csrf", domain: SOCIAAL }) { id } }`,
      }),
    });
    expectClean(response);
    expect(response.status).toBe(400);
    await expectUnchanged();
  });

  it("a simple GET query without a preflight header (CSRF prevention)", async () => {
    const response = await app.raw({ path: "/graphql?query=%7Bvillages%7D", method: "GET" });
    expectClean(response);
    expect(response.status).toBe(400);
  });

  it("no CORS: a preflight from another origin gets no allow-origin header", async () => {
    const response = await app.raw({
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("security headers on the app and the API", async () => {
    for (const path of ["/", "/graphql"]) {
      const response = await app.raw({ path, method: "GET" });
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
    const csp = (await app.raw({ path: "/", method: "GET" })).headers.get(
      "content-security-policy",
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data: blob:");
  });
});

describe("Cypher injection is stored as text, never run", () => {
  const payloads = [
    "' }) MATCH (n) DETACH DELETE n //",
    "`) DETACH DELETE n //",
    "$(rm -rf /)",
    '"}) RETURN 1 //',
  ];

  it.each(payloads)("as a name: %s", async (payload) => {
    const response = await app.graphql(
      `mutation($name: String!) { createOrganisation(input: { name: $name, kind: WELZIJN, village: "Twello" }) { id name } }`,
      { name: payload },
      editor.cookie,
    );
    expectClean(response);
    const created = response.json?.data?.createOrganisation as { id: string; name: string };
    expect(created.name).toBe(payload);
    const [row] = await executeCypher("MATCH (n:Organisation {id: $id}) RETURN n.name AS name", {
      id: created.id,
    });
    expect(row?.name).toBe(payload);
    // Everything else is still there.
    const [count] = await executeCypher("MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n", {
      ids: Object.values(ids),
    });
    expect(count?.n).toBe(3);
    await executeCypher("MATCH (n:Organisation {id: $id}) DETACH DELETE n", { id: created.id });
  });

  it.each(payloads)("in filters, search, ids and enums-as-strings: %s", async (payload) => {
    const queries: [string, Record<string, unknown>][] = [
      [`query($t: String) { persons(filter: { nameContains: $t }) { id } }`, { t: payload }],
      [`query($t: String) { organisations(filter: { village: $t }) { id } }`, { t: payload }],
      [`query($t: String!) { search(text: $t) { id } }`, { t: payload }],
      [`query($t: ID!) { node(id: $t) { id } }`, { t: payload }],
      [`query($t: ID!) { relationship(id: $t) { id } }`, { t: payload }],
      [
        `query($t: [String!]) { network(filter: { villages: $t }) { nodes { id } } }`,
        { t: [payload] },
      ],
      [`query($t: [ID!]) { network(filter: { themeIds: $t }) { nodes { id } } }`, { t: [payload] }],
      [`query($t: ID!) { history(nodeId: $t) { id } }`, { t: payload }],
      [`mutation($t: ID!) { deletePerson(id: $t) { id } }`, { t: payload }],
      [`mutation($t: ID!) { updatePerson(id: $t, input: { role: "x" }) { id } }`, { t: payload }],
      [`mutation($t: ID!) { deleteRelationship(id: $t) { id } }`, { t: payload }],
      [
        `mutation($t: String!) { signIn(input: { email: $t, password: $t }) { expiresAt } }`,
        { t: payload },
      ],
      [
        `query($t: String!) { similarNodes(type: PERSON, name: $t) { __typename } }`,
        { t: payload },
      ],
    ];
    for (const [query, variables] of queries) {
      const response = await app.graphql(query, variables, editor.cookie);
      expectClean(response);
      const code = codeOf(response);
      expect(
        [undefined, "BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED"],
        response.text,
      ).toContain(code);
    }
    const [count] = await executeCypher("MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n", {
      ids: Object.values(ids),
    });
    expect(count?.n).toBe(3);
  });

  it("an <img onerror> name is stored as inert text", async () => {
    const name = `<img src=x onerror="alert(1)">`;
    const response = await app.graphql(
      `mutation($name: String!) { createTheme(input: { name: $name, domain: SOCIAAL }) { id name } }`,
      { name },
      editor.cookie,
    );
    expectClean(response);
    const created = response.json?.data?.createTheme as { id: string; name: string };
    expect(created.name).toBe(name);
    expect(response.headers.get("content-type")).toMatch(/application\/(graphql-response\+)?json/);
    await executeCypher("MATCH (n:Theme {id: $id}) DETACH DELETE n", { id: created.id });
  });
});

describe("who may do what", () => {
  it.each(mutations.map((op) => [op.name, op.document]))(
    "anonymous: %s",
    async (_name, document) => {
      const response = await app.graphql(document);
      await expectRejected(response, "UNAUTHENTICATED", 200);
    },
  );

  it.each(
    mutations.filter((op) => op.name !== "changePassword").map((op) => [op.name, op.document]),
  )("viewer: %s", async (_name, document) => {
    const response = await app.graphql(document, {}, viewer.cookie);
    await expectRejected(response, "FORBIDDEN", 200);
  });

  it("a viewer reading contact fields gets null, not the values", async () => {
    const response = await app.graphql(
      `query($id: ID!) { node(id: $id) { ... on Person { email phone } } }`,
      { id: ids.person },
      viewer.cookie,
    );
    expectClean(response);
    expect(response.json?.errors).toBeUndefined();
    expect(response.json?.data?.node).toEqual({ email: null, phone: null });
    expect(response.text).not.toContain("jan@example.org");
    await expectUnchanged();
  });

  it("an editor reading them leaves an audit entry", async () => {
    const response = await app.graphql(
      `query($id: ID!) { node(id: $id) { ... on Person { email } } }`,
      { id: ids.person },
      editor.cookie,
    );
    expect(response.json?.data?.node).toEqual({ email: "jan@example.org" });
    const audit = await executeCypher(
      "MATCH (a:AuditEntry {actorId: $actor, targetId: $id, action: 'readContactDetails'}) RETURN count(a) AS n",
      { actor: editor.id, id: ids.person },
    );
    expect(audit[0]?.n).toBeGreaterThan(0);
  });
});

describe("sessions", () => {
  const ME = `{ me { id role } }`;
  const WRITE = `mutation { createTheme(input: { name: "Sessietest", domain: SOCIAAL }) { id } }`;
  const cookieName = () => editor.cookie.split("=")[0]!;

  it("a forged session cookie", async () => {
    const forged = `${cookieName()}=${"A".repeat(43)}`;
    expect((await app.graphql(ME, {}, forged)).json?.data?.me).toBeNull();
    await expectRejected(await app.graphql(WRITE, {}, forged), "UNAUTHENTICATED");
  });

  it("a tampered session cookie (one character changed)", async () => {
    const token = editor.cookie.split("=")[1]!;
    const tampered = `${cookieName()}=${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    await expectRejected(await app.graphql(WRITE, {}, tampered), "UNAUTHENTICATED");
  });

  it("a malformed session cookie (Cypher and 10 kB)", async () => {
    for (const value of ["' OR 1=1 //", "x".repeat(10_000)]) {
      const response = await app.graphql(WRITE, {}, `${cookieName()}=${encodeURIComponent(value)}`);
      await expectRejected(response, "UNAUTHENTICATED");
    }
  });

  it("an expired session", async () => {
    const user = await app.userWithSession(Role.EDITOR);
    const token = user.cookie.split("=")[1]!;
    await executeCypher(
      "MATCH (s:Session {tokenHash: $h}) SET s.expiresAt = datetime() - duration('PT1M')",
      { h: hashToken(token) },
    );
    before = await graphFingerprint();
    await expectRejected(await app.graphql(WRITE, {}, user.cookie), "UNAUTHENTICATED");
  });

  it("a disabled user's session stops working at once, for every mutation", async () => {
    const user = await app.userWithSession(Role.EDITOR);
    expect((await app.graphql(ME, {}, user.cookie)).json?.data?.me).toMatchObject({
      role: "EDITOR",
    });
    await testServices().auth.setDisabled(admin.id, user.id, true);
    before = await graphFingerprint();
    for (const op of mutations) {
      const response = await app.graphql(op.document, {}, user.cookie);
      expectClean(response);
      expect(codeOf(response), op.name).toBe("UNAUTHENTICATED");
    }
    await expectUnchanged();
    const signIn = await app.graphql(
      `mutation($input: SignInInput!) { signIn(input: $input) { expiresAt } }`,
      { input: { email: user.email, password: user.password } },
    );
    expect(codeOf(signIn)).toBe("UNAUTHENTICATED");
  });

  it("after sign-out the old cookie is worthless", async () => {
    const user = await app.userWithSession(Role.EDITOR);
    const out = await app.graphql(`mutation { signOut }`, {}, user.cookie);
    expect(out.json).toEqual({ data: { signOut: true } });
    expect(out.headers.get("set-cookie")).toMatch(/Expires=Thu, 01 Jan 1970/);
    before = await graphFingerprint();
    await expectRejected(await app.graphql(WRITE, {}, user.cookie), "UNAUTHENTICATED");
  });

  it("a demoted editor is refused at the next request", async () => {
    const user = await app.userWithSession(Role.EDITOR);
    await testServices().auth.setRole(admin.id, user.id, Role.VIEWER);
    before = await graphFingerprint();
    await expectRejected(await app.graphql(WRITE, {}, user.cookie), "FORBIDDEN");
  });

  it("the session cookie is httpOnly and SameSite=Strict, and only its hash is stored", async () => {
    const user = await app.userWithSession(Role.VIEWER);
    const response = await app.graphql(
      `mutation($input: SignInInput!) { signIn(input: $input) { expiresAt } }`,
      { input: { email: user.email, password: user.password } },
    );
    const header = response.headers.get("set-cookie") ?? "";
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    const token = header.split(";")[0]!.split("=")[1]!;
    const stored = await executeCypher("MATCH (s:Session) WHERE s.tokenHash = $t RETURN s", {
      t: token,
    });
    expect(stored).toHaveLength(0);
  });
});

describe("sign-in", () => {
  const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { role } } }`;

  it("the same answer for an unknown email and a wrong password", async () => {
    const unknown = await app.graphql(SIGN_IN, {
      input: { email: "nobody@test.invalid", password: "whatever-password" },
    });
    const wrong = await app.graphql(SIGN_IN, {
      input: { email: (await app.userWithSession(Role.VIEWER)).email, password: "wrong-password" },
    });
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");
    expect(wrong.json?.errors).toEqual(unknown.json?.errors);
    expect(unknown.headers.get("set-cookie")).toBeNull();
  });

  it("brute force: after 5 failures even the right password waits, with back-off", async () => {
    const user = await app.userWithSession(Role.VIEWER);
    const results: unknown[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await app.graphql(SIGN_IN, {
        input: { email: user.email, password: `guess-${i}` },
      });
      expectClean(response);
      results.push(codeOf(response));
    }
    expect(results.slice(0, 5)).toEqual(Array(5).fill("UNAUTHENTICATED"));
    expect(results.slice(5)).toEqual(Array(3).fill("RATE_LIMITED"));
    const right = await app.graphql(SIGN_IN, {
      input: { email: user.email, password: user.password },
    });
    expect(codeOf(right)).toBe("RATE_LIMITED");
    expect(right.json?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not locked out by this one.
    const elsewhere = await testServices().auth.signIn(user.email, user.password, "10.9.8.7");
    expect(elsewhere.user.id).toBe(user.id);
  });

  it("an email given in another case is the same account", async () => {
    const user = await app.userWithSession(Role.VIEWER);
    const response = await app.graphql(SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(response.json?.data?.signIn).toEqual({ user: { role: "VIEWER" } });
  });

  it("a 10 kB password is refused before hashing", async () => {
    const response = await app.graphql(SIGN_IN, {
      input: { email: "a@test.invalid", password: "x".repeat(10_000) },
    });
    await expectRejected(response, "BAD_USER_INPUT");
  });
});

describe("production mode", () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await TestApp.start({ production: true });
  });
  afterAll(async () => {
    await prod.stop();
  });

  it("introspection is off", async () => {
    const response = await prod.graphql(`{ __schema { types { name } } }`, {}, editor.cookie);
    expectClean(response);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("field suggestions are off", async () => {
    const response = await prod.graphql(`{ person { id } }`, {}, editor.cookie);
    expectClean(response);
    expect(response.text).not.toMatch(/Did you mean/);
  });

  it("anonymous visitors get nothing", async () => {
    const response = await prod.graphql(`{ themes { id name } }`);
    expect(codeOf(response)).toBe("UNAUTHENTICATED");
    expect(response.json?.data ?? null).toBeNull();
  });
});
