import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import type { RouteObject } from "react-router";
import { Link } from "react-router";

import { ExplorerPage } from "../features/explorer/ExplorerPage";
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

/**
 * A page loaded when first visited: the map (the start page) does not wait for the other pages'
 * code, nor for the charts library the analytics pages bring along.
 */
async function page<K extends string>(
  module: Promise<Record<K, ComponentType>>,
  name: K,
): Promise<{ Component: ComponentType }> {
  return { Component: (await module)[name] };
}

// One route per page; later pages (gaps, vindplaatsen, partners, route, health, editing)
// get their own entry here and in the navigation.
export const routes: RouteObject[] = [
  {
    path: "/",
    element: <Layout />,
    children: [
      { index: true, element: <ExplorerPage /> },
      { path: "lijst", lazy: () => page(import("../features/list/ListPage"), "ListPage") },
      { path: "gaten", lazy: () => page(import("../features/gaps/GapsPage"), "GapsPage") },
      {
        path: "vindplaatsen",
        lazy: () => page(import("../features/vindplaatsen/VindplaatsenPage"), "VindplaatsenPage"),
      },
      {
        path: "dekking",
        lazy: () => page(import("../features/coverage/CoveragePage"), "CoveragePage"),
      },
      {
        path: "partners",
        lazy: () => page(import("../features/partners/PartnersPage"), "PartnersPage"),
      },
      { path: "route", lazy: () => page(import("../features/route/RoutePage"), "RoutePage") },
      {
        path: "gezondheid",
        lazy: () => page(import("../features/health/HealthPage"), "HealthPage"),
      },
      { path: "wat-als", lazy: () => page(import("../features/whatif/WhatIfPage"), "WhatIfPage") },
      {
        path: "importeren",
        lazy: () => page(import("../features/import/ImportPage"), "ImportPage"),
      },
      {
        path: "aanmelden",
        lazy: () => page(import("../features/auth/SignInPage"), "SignInPage"),
      },
      { path: "*", element: <NotFound /> },
    ],
  },
];
