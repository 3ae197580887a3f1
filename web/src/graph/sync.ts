import type { Core, ElementDefinition, NodeSingular, Position } from "cytoscape";

import type { GraphElements } from "./elements";

export interface SyncResult {
  added: number;
  removed: number;
  updated: number;
  /** True when nodes or edges came, went or changed parent: the layout must run again. */
  structureChanged: boolean;
}

function sameData(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(current), ...Object.keys(wanted)]);
  for (const key of keys) {
    if (current[key] !== wanted[key]) return false;
  }
  return true;
}

/**
 * Start a new node next to a neighbour already on the map so incremental layouts stay calm;
 * otherwise somewhere in a square that grows with the graph (not all on one spot, where edges
 * cannot be drawn until the layout has run).
 */
function initialPosition(cy: Core, neighbourIds: string[] | undefined, spread: number): Position {
  for (const id of neighbourIds ?? []) {
    const neighbour = cy.getElementById(id);
    if (neighbour.nonempty() && neighbour.isNode()) {
      const p = (neighbour as NodeSingular).position();
      return { x: p.x + (Math.random() - 0.5) * 60, y: p.y + (Math.random() - 0.5) * 60 };
    }
  }
  return { x: (Math.random() - 0.5) * spread, y: (Math.random() - 0.5) * spread };
}

/**
 * Make the graph in `cy` equal to `wanted`, by id: add what is new, remove what is gone, update
 * data that changed, move nodes whose village box changed. Existing elements keep their position
 * and identity, so nothing flickers and selection survives a filter change. One batch, one
 * redraw: Cytoscape draws (and styles the new elements) on the next animation frame.
 */
export function syncElements(
  cy: Core,
  wanted: GraphElements,
  /** Where new nodes go (a layout computed beforehand); otherwise next to a neighbour. */
  placeAt?: ReadonlyMap<string, Position>,
): SyncResult {
  const result: SyncResult = { added: 0, removed: 0, updated: 0, structureChanged: false };
  const wantedIds = new Set<string>();
  for (const list of [wanted.groups, wanted.nodes, wanted.edges]) {
    for (const def of list) wantedIds.add(def.data.id);
  }
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of wanted.edges) {
    link(edge.data.source, edge.data.target);
    link(edge.data.target, edge.data.source);
  }

  cy.batch(() => {
    // 1. Edges and entity nodes that are gone. Village boxes go last: removing a parent
    //    would take its children with it.
    const gone = cy
      .elements()
      .filter((ele) => !wantedIds.has(ele.id()) && !(ele.isNode() && ele.data("isGroup")));
    result.removed += gone.length;
    cy.remove(gone);

    // 2. Village boxes before the nodes that move into them.
    const toAdd: ElementDefinition[] = [];
    for (const def of wanted.groups) {
      if (cy.getElementById(def.data.id).empty()) toAdd.push(def);
    }
    if (toAdd.length > 0) cy.add(toAdd);
    result.added += toAdd.length;

    // 3. Nodes: update in place, or add.
    const newNodes: ElementDefinition[] = [];
    const spread = 60 * Math.sqrt(wanted.nodes.length + 1);
    for (const def of wanted.nodes) {
      const ele = cy.getElementById(def.data.id);
      if (ele.empty()) {
        newNodes.push({
          ...def,
          position:
            placeAt?.get(def.data.id) ?? initialPosition(cy, neighbours.get(def.data.id), spread),
        });
        continue;
      }
      let node = ele as NodeSingular;
      const wantedParent = def.data.parent ?? null;
      const currentParent = (node.data("parent") as string | undefined) ?? null;
      if (currentParent !== wantedParent) {
        // move() re-creates the node (and its edges): look it up again afterwards.
        node.move({ parent: wantedParent });
        node = cy.getElementById(def.data.id);
        result.structureChanged = true;
      }
      // Compare without `parent`: that is handled by move() above.
      const rest: Record<string, unknown> = { ...def.data };
      const currentRest: Record<string, unknown> = { ...(node.data() as Record<string, unknown>) };
      delete rest.parent;
      delete currentRest.parent;
      if (!sameData(currentRest, rest)) {
        node.data(rest);
        result.updated += 1;
      }
    }
    cy.add(newNodes);
    result.added += newNodes.length;

    // 4. Edges: an edge whose ends changed is replaced (Cytoscape cannot re-point in place).
    const newEdges: ElementDefinition[] = [];
    for (const def of wanted.edges) {
      const ele = cy.getElementById(def.data.id);
      if (ele.nonempty()) {
        if (ele.data("source") === def.data.source && ele.data("target") === def.data.target) {
          if (!sameData(ele.data() as Record<string, unknown>, def.data)) {
            ele.data(def.data);
            result.updated += 1;
          }
          continue;
        }
        cy.remove(ele);
        result.removed += 1;
      }
      newEdges.push(def);
    }
    cy.add(newEdges);
    result.added += newEdges.length;

    // 5. Village boxes nobody lives in any more.
    const emptyGroups = cy
      .nodes()
      .filter((n) => Boolean(n.data("isGroup")) && !wantedIds.has(n.id()));
    result.removed += emptyGroups.length;
    cy.remove(emptyGroups);
  });

  if (result.added > 0 || result.removed > 0) result.structureChanged = true;
  return result;
}
