import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { afterEach, describe, expect, it } from "vitest";

import { clearPreloaded, PRELOAD_KEEP_MS, preloadedAnswers } from "../../src/app/preload";
import { preloadMap } from "../../src/features/explorer/preloadMap";
import { NetworkQuery } from "../../src/features/explorer/queries";

interface Sent {
  operationName: string;
  variables: unknown;
  query: string;
}

/** A stand-in for the API over HTTP: records what was sent and answers with a one-node map. */
function api(status = 200) {
  const sent: Sent[] = [];
  const send = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(init?.body as string) as Sent;
    sent.push(body);
    const network = {
      __typename: "NetworkGraph",
      nodes: [
        {
          __typename: "MapNode",
          id: `answer-${sent.length}`,
          type: "THEME",
          name: "Eenzaamheid",
          village: null,
          kind: null,
          degree: 0,
        },
      ],
      edges: [],
    };
    return new Response(JSON.stringify({ data: { network } }), {
      status,
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  return { sent, send };
}

function client(send: typeof fetch, now?: () => number) {
  return new ApolloClient({
    link: ApolloLink.from([preloadedAnswers(now), new HttpLink({ uri: "/graphql", fetch: send })]),
    cache: new InMemoryCache(),
  });
}

const askMap = (c: ApolloClient, filter: object) =>
  c.query({ query: NetworkQuery, variables: { filter }, fetchPolicy: "no-cache" });

const mapAt = (search: string) => ({ pathname: "/", search });

afterEach(() => clearPreloaded());

describe("the map asked for before the app renders", () => {
  it("is sent at once with the filters of the address and answers the map's query", async () => {
    const early = api();
    preloadMap(mapAt("?theme=thema-b&theme=thema-a&village=Twello"), early.send);
    expect(early.sent).toHaveLength(1);
    expect(early.sent[0]!.operationName).toBe("ExplorerNetwork");
    expect(early.sent[0]!.variables).toEqual({
      filter: { themeIds: ["thema-a", "thema-b"], villages: ["Twello"] },
    });
    // The same text Apollo would send, __typename included, so the answer has the same shape.
    expect(early.sent[0]!.query).toContain("__typename");

    const later = api();
    const result = await askMap(client(later.send), {
      villages: ["Twello"],
      themeIds: ["thema-a", "thema-b"],
    });
    expect(result.data?.network.nodes.map((n) => n.id)).toEqual(["answer-1"]);
    expect(later.sent).toHaveLength(0);
  });

  it("answers only once: the next time the map is asked for, the API is asked", async () => {
    const early = api();
    preloadMap(mapAt(""), early.send);
    const later = api();
    const c = client(later.send);
    await askMap(c, {});
    const again = await askMap(c, {});
    expect(again.data?.network.nodes.map((n) => n.id)).toEqual(["answer-1"]);
    expect(early.sent).toHaveLength(1);
    expect(later.sent).toHaveLength(1);
  });

  it("is not used for other filters than those it was asked with", async () => {
    preloadMap(mapAt("?theme=thema-a"), api().send);
    const later = api();
    await askMap(client(later.send), { themeIds: ["thema-b"] });
    expect(later.sent).toHaveLength(1);
    expect(later.sent[0]!.variables).toEqual({ filter: { themeIds: ["thema-b"] } });
  });

  it("leaves a failed early request to the HTTP link, which asks again", async () => {
    preloadMap(mapAt(""), api(503).send);
    const later = api();
    const result = await askMap(client(later.send), {});
    expect(later.sent).toHaveLength(1);
    expect(result.data?.network.nodes).toHaveLength(1);

    preloadMap(mapAt(""), () => Promise.reject(new TypeError("offline")));
    const third = api();
    await askMap(client(third.send), {});
    expect(third.sent).toHaveLength(1);
  });

  it("is not used after a while: a tab left loading gets a fresh map", async () => {
    preloadMap(mapAt(""), api().send);
    const later = api();
    await askMap(
      client(later.send, () => Date.now() + PRELOAD_KEEP_MS + 1),
      {},
    );
    expect(later.sent).toHaveLength(1);
  });

  it("is not asked for on other pages", () => {
    const early = api();
    preloadMap({ pathname: "/gaten", search: "" }, early.send);
    preloadMap({ pathname: "/aanmelden", search: "?terug=%2F" }, early.send);
    expect(early.sent).toHaveLength(0);
  });
});
