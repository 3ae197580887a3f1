import type { Core, EventObject } from "cytoscape";
import { useEffect, useEffectEvent } from "react";

/** Tap on a node selects it; tap on the background clears the selection. */
export function useGraphEvents(cy: Core | null, onSelect: (id: string | null) => void) {
  const select = useEffectEvent(onSelect);
  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      if (event.target === cy) {
        select(null);
        return;
      }
      const target = event.target as cytoscape.SingularElementArgument;
      if (target.isNode() && !target.data("isGroup")) select(target.id());
    };
    cy.on("tap", onTap);
    return () => {
      cy.off("tap", onTap);
    };
  }, [cy]);
}
