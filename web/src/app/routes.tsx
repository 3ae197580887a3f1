import { useTranslation } from "react-i18next";
import type { RouteObject } from "react-router";
import { Link } from "react-router";

import { SignInPage } from "../features/auth/SignInPage";
import { CoveragePage } from "../features/coverage/CoveragePage";
import { ExplorerPage } from "../features/explorer/ExplorerPage";
import { GapsPage } from "../features/gaps/GapsPage";
import { HealthPage } from "../features/health/HealthPage";
import { ImportPage } from "../features/import/ImportPage";
import { ListPage } from "../features/list/ListPage";
import { PartnersPage } from "../features/partners/PartnersPage";
import { RoutePage } from "../features/route/RoutePage";
import { VindplaatsenPage } from "../features/vindplaatsen/VindplaatsenPage";
import { WhatIfPage } from "../features/whatif/WhatIfPage";
import { Layout } from "./Layout";
import { useDocumentTitle } from "./useDocumentTitle";

function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t("app.notFound"));
  return (
    <div className="page">
      <h1>{t("app.notFound")}</h1>
      <p>
        <Link to="/">{t("app.toHome")}</Link>
      </p>
    </div>
  );
}

// One route per page; later pages (gaps, vindplaatsen, partners, route, health, editing)
// get their own entry here and in the navigation.
export const routes: RouteObject[] = [
  {
    path: "/",
    element: <Layout />,
    children: [
      { index: true, element: <ExplorerPage /> },
      { path: "lijst", element: <ListPage /> },
      { path: "gaten", element: <GapsPage /> },
      { path: "vindplaatsen", element: <VindplaatsenPage /> },
      { path: "dekking", element: <CoveragePage /> },
      { path: "partners", element: <PartnersPage /> },
      { path: "route", element: <RoutePage /> },
      { path: "gezondheid", element: <HealthPage /> },
      { path: "wat-als", element: <WhatIfPage /> },
      { path: "importeren", element: <ImportPage /> },
      { path: "aanmelden", element: <SignInPage /> },
      { path: "*", element: <NotFound /> },
    ],
  },
];
