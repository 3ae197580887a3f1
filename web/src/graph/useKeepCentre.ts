import type { Core } from "cytoscape";
import { useEffect } from "react";

/**
 * When the map's box changes size (the detail panel opens, the window resizes), keep what was in
 * the middle in the middle. Cytoscape resizes by itself but keeps the top-left corner fixed.
 */
export function useKeepCentre(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    let last = { width: cy.width(), height: cy.height() };
    const onResize = () => {
      const now = { width: cy.width(), height: cy.height() };
      if (last.width > 0 && last.height > 0) {
        cy.panBy({ x: (now.width - last.width) / 2, y: (now.height - last.height) / 2 });
      }
      last = now;
    };
    cy.on("resize", onResize);
    return () => {
      cy.off("resize", onResize);
    };
  }, [cy]);
}
