import "./app/styles.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { createApolloClient } from "./app/apollo";
import { App } from "./app/App";
import { initI18n } from "./app/i18n";
import { preloadMap } from "./features/explorer/preloadMap";

// The map's answer is the largest of the start page: ask for it before React builds the page.
preloadMap(window.location);
// Language first, so the first paint is already in the user's language.
initI18n();
const client = createApolloClient();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
