/**
 * The in-memory copy of the graph (`GraphData`) for the current graph version, shared by the
 * services that read it: loaded on first use after a write (one statement, `snapshotQuery`),
 * checked with one cheap query per request, and kept with what has been derived from it.
 */
import type { Executor } from "../../db/executor.js";
import { specForLabel } from "../../model/node-types.js";
import type { RelationshipType } from "../../model/relationship-types.js";
import { graphVersionQuery, snapshotQuery } from "./analytics.queries.js";
import { type GEdge, type GNode, GraphData } from "./graph-data.js";

/** One graph version's snapshot and a cache for results computed from it. */
export interface CurrentGraph {
  version: number;
  data: GraphData;
  derived: Map<string, unknown>;
}

interface Snapshot {
  key: string;
  version: number;
  data: Promise<GraphData>;
  /** Set once `data` has resolved. */
  ready?: GraphData;
  derived: Map<string, unknown>;
}

const orNull = (text: string | undefined) => (text ? text : null);
const numberOrNull = (text: string | undefined) => (text ? Number(text) : null);

/** The graph from the rows of `snapshotQuery`. */
export function parseSnapshot(row: Record<string, unknown>): GraphData {
  const names = (row.names ?? []) as string[];
  const villages = (row.villages ?? []) as string[];
  const nodes = ((row.nodes ?? []) as string[]).flatMap((line, i): GNode[] => {
    const [id, label, kind, capacity] = line.split("\t");
    const type = specForLabel(label ?? "")?.type;
    if (!id || !type) return [];
    return [
      {
        id,
        type,
        name: names[i] || id,
        village: orNull(villages[i]),
        kind: orNull(kind),
        capacity: numberOrNull(capacity),
      },
    ];
  });
  const edges = ((row.edges ?? []) as string[]).map((line): GEdge => {
    const [id, type, from, to, themeId, themeIds, agreed, perYear, strength] = line.split("\t");
    return {
      id: id!,
      type: type as RelationshipType,
      from: from!,
      to: to!,
      themeId: orNull(themeId),
      themeIds: themeIds ? themeIds.split(",") : null,
      agreed: agreed ? agreed === "true" : null,
      perYear: numberOrNull(perYear),
      strength: numberOrNull(strength),
    };
  });
  return new GraphData(nodes, edges);
}

/** A result computed once per snapshot, under `key`. */
export function memo<T>(derived: Map<string, unknown>, key: string, compute: () => T): T {
  if (!derived.has(key)) derived.set(key, compute());
  return derived.get(key) as T;
}

/** The graph version and what identifies its snapshot (the version and the graph's size). */
interface VersionKey {
  key: string;
  version: number;
  nodes: number;
}

/** When the snapshot is loaded without an analytics question asking for it (see `warmWhenQuiet`). */
export interface WarmingOptions {
  /** Graphs with more nodes are left to Neo4j (at 100k nodes a snapshot takes seconds and ~0.3 GB). */
  maxNodes: number;
  /** How long no map may have missed the snapshot before it is loaded: once after a run of edits. */
  quietMs: number;
}

export class GraphSnapshots {
  private snapshot?: Snapshot;
  private warmTimer?: NodeJS.Timeout;

  constructor(
    private readonly executor: Executor,
    /** Null: loaded only when an analytics question needs it. */
    private readonly warming: WarmingOptions | null = null,
  ) {}

  /** The snapshot for the current graph version: reloaded only when the version (or size) changed. */
  async current(): Promise<CurrentGraph> {
    return this.currentFor(await this.versionKey());
  }

  private async currentFor({ key, version }: VersionKey): Promise<CurrentGraph> {
    if (this.snapshot?.key !== key) {
      const data = this.load();
      const snapshot: Snapshot = { key, version, data, derived: new Map() };
      this.snapshot = snapshot;
      data.then(
        (ready) => (snapshot.ready = ready),
        () => {
          if (this.snapshot === snapshot) this.snapshot = undefined;
        },
      );
    }
    const { data, derived } = this.snapshot;
    return { version, data: await data, derived };
  }

  /**
   * The snapshot when it is loaded and still current; otherwise null, without loading it (at
   * 100k nodes a load takes seconds: only the analytics, which cannot do without, pay for it).
   */
  async ifLoaded(): Promise<CurrentGraph | null> {
    const snapshot = this.snapshot;
    if (!snapshot?.ready) return null;
    const { key, version } = await this.versionKey();
    if (snapshot.key !== key) return null;
    return { version, data: snapshot.ready, derived: snapshot.derived };
  }

  /**
   * A map was drawn from Neo4j because the snapshot was missing or stale: load it in the
   * background once no map has missed it for `quietMs` (a run of edits costs one load, after it),
   * if the graph is small enough. Later maps are then drawn from memory. Does nothing without
   * warming options.
   */
  warmWhenQuiet(): void {
    if (!this.warming) return;
    clearTimeout(this.warmTimer);
    this.warmTimer = setTimeout(() => void this.warm(this.warming!.maxNodes), this.warming.quietMs);
    // A pending warm-up never keeps the process alive.
    this.warmTimer.unref();
  }

  /** Cancels a pending warm-up (shutdown). */
  stopWarming(): void {
    clearTimeout(this.warmTimer);
  }

  private async warm(maxNodes: number): Promise<void> {
    try {
      const versionKey = await this.versionKey();
      if (versionKey.nodes <= maxNodes) await this.currentFor(versionKey);
    } catch {
      // Nothing is lost: maps keep asking Neo4j, and the next miss tries again.
    }
  }

  private async versionKey(): Promise<VersionKey> {
    const [row] = await this.executor.read(graphVersionQuery);
    const version = Number(row?.version ?? 0);
    return {
      key: `${version}:${String(row?.nodes)}:${String(row?.relationships)}`,
      version,
      nodes: Number(row?.nodes ?? 0),
    };
  }

  private async load(): Promise<GraphData> {
    const [row] = await this.executor.read(snapshotQuery);
    return parseSnapshot(row ?? {});
  }
}
