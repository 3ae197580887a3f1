/**
 * Two slow spots in Cytoscape 3.34.4 (pinned), fixed when the app is built. Both sit in
 * `boundingBox()`, which the canvas renderer calls for every element it draws, every frame:
 *
 * 1. Whether an element's cached box is stale is remembered per call in a plain object keyed by
 *    element id (`memoize`): a new object per call that gets one new property name per element,
 *    which V8 handles as a new object shape each time. A `Map` per call remembers the same thing.
 * 2. For a single element it filters itself into edges and nodes first (two new collections) only
 *    to fill that memory in order; for one element that order does not matter.
 *
 * Same results, ~50 ms less before the first frame of a 2 000-node map. Every replacement must
 * match exactly: when a Cytoscape upgrade changes this code the build stops here, to be
 * re-checked (and these fixes dropped where Cytoscape has its own).
 */
import type { Plugin } from "vite";

interface Fix {
  what: string;
  from: string;
  to: string;
}

export const CYTOSCAPE_FIXES: readonly Fix[] = [
  {
    what: "boundingBox: stale-box memory as a Map per call",
    from: `  var isDirty = memoize(function (ele) {
    var _p = ele._private;
    return _p.bbCache == null || _p.styleDirty || _p.bbCachePosKey !== getBoundingBoxPosKey(ele);
  }, function (ele) {
    return ele.id();
  });`,
    to: `  var dirtyById = new Map();
  var isDirty = function (ele) {
    var id = ele._private.data.id;
    var dirty = dirtyById.get(id);
    if (dirty === undefined) {
      var _p = ele._private;
      dirty = _p.bbCache == null || _p.styleDirty || _p.bbCachePosKey !== getBoundingBoxPosKey(ele);
      dirtyById.set(id, dirty);
    }
    return dirty;
  };`,
  },
  {
    what: "boundingBox: no edge and node collections for a single element",
    from: `    this.edges().forEach(isDirty);
    this.nodes().forEach(isDirty);`,
    to: `    if (this.length === 1) {
      isDirty(this[0]);
    } else {
      this.edges().forEach(isDirty);
      this.nodes().forEach(isDirty);
    }`,
  },
];

/** Cytoscape's ES module build, the one the app bundles. */
const CYTOSCAPE_MODULE = /[\\/]node_modules[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.mjs$/;

/** Applies the fixes to Cytoscape's source; throws when one no longer matches exactly once. */
export function applyCytoscapeFixes(source: string): string {
  let out = source;
  for (const fix of CYTOSCAPE_FIXES) {
    const at = out.indexOf(fix.from);
    if (at < 0 || out.indexOf(fix.from, at + 1) >= 0) {
      throw new Error(
        `Cytoscape's code changed (${fix.what}): re-check web/build/cytoscapeFixes.ts.`,
      );
    }
    out = out.slice(0, at) + fix.to + out.slice(at + fix.from.length);
  }
  return out;
}

export function cytoscapeFixes(): Plugin {
  return {
    name: "netwerkkaart:cytoscape-fixes",
    // Production builds only: the development server pre-bundles dependencies without plugins.
    apply: "build",
    transform(code, id) {
      if (!CYTOSCAPE_MODULE.test(id)) return null;
      return { code: applyCytoscapeFixes(code), map: null };
    },
  };
}
