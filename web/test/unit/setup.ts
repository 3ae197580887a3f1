import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";

import { initI18n } from "../../src/app/i18n";

// Unit projects run files in parallel: give async queries room on a busy machine.
configure({ asyncUtilTimeout: 4000 });

// Tests read Dutch, the default language users see.
const i18n = initI18n("nl");

beforeEach(async () => {
  await i18n.changeLanguage("nl");
});

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
