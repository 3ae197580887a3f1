import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, useLocation } from "react-router";

import { createCache } from "../../src/app/apollo";

/** Shows the current URL search, so a test can check what a click did to the shareable URL. */
function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{`${pathname}${search}`}</output>;
}

export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], url = "/" }: { mocks?: MockLink.MockedResponse[]; url?: string } = {},
) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[url]}>
        {ui}
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
}

export function currentUrl(container: HTMLElement = document.body): URL {
  const probe = container.querySelector('[data-testid="location"]');
  return new URL(probe?.textContent ?? "/", "http://localhost");
}
