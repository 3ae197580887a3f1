import { useTranslation } from "react-i18next";
import type { RouteObject } from "react-router";
import { Link } from "react-router";

import { ExplorerPage } from "../features/explorer/ExplorerPage";
import { ListPage } from "../features/list/ListPage";
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
      { path: "*", element: <NotFound /> },
    ],
  },
];
