import { useSyncExternalStore } from "react";

// One message at a time for the whole app: the result of the last change (saved, undone, …).
// A tiny store instead of a context, so the panel that made a change may close right after it.
let message = "";
const listeners = new Set<() => void>();

/** Shows a result in the status region (read out by screen readers, role=status). */
export function announce(text: string) {
  message = text;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The status region; rendered before any message so screen readers pick up the first one. */
export function StatusRegion({ testId = "editing-status" }: { testId?: string }) {
  const text = useSyncExternalStore(subscribe, () => message);
  return (
    <p role="status" className="status-toast" data-testid={testId}>
      {text}
    </p>
  );
}
