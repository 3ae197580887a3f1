import { afterEach, describe, expect, it } from "vitest";

import { renderMode } from "../../src/graph/thresholds";

describe("renderMode", () => {
  afterEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, "", "/");
  });

  it("chooses by size", () => {
    expect(renderMode(100)).toBe("normal");
    expect(renderMode(2000)).toBe("large");
    expect(renderMode(5000)).toBe("webgl");
  });

  it("can be forced by the URL or localStorage", () => {
    expect(renderMode(5000, "canvas")).toBe("large");
    expect(renderMode(100, "webgl")).toBe("webgl");
    window.history.replaceState(null, "", "/?renderer=canvas");
    expect(renderMode(5000)).toBe("large");
    window.history.replaceState(null, "", "/");
    window.localStorage.setItem("netwerkkaart.renderer", "webgl");
    expect(renderMode(2000)).toBe("webgl");
  });
});
