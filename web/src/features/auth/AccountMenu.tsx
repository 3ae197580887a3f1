import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

import { MeQuery, SignOutMutation } from "./queries";
import { SIGN_IN_PATH } from "./signInRedirect";

/** In the header: who is signed in, with which role, and a sign-out button. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data, loading } = useQuery(MeQuery);
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);
  if (loading) return null;
  const me = data?.me;
  if (!me) {
    return pathname === SIGN_IN_PATH ? null : (
      <Link className="button button--link header__account" to={SIGN_IN_PATH}>
        {t("auth.submit")}
      </Link>
    );
  }
  return (
    <div className="header__account" data-testid="account-menu">
      <span className="header__user">
        {me.email} <span className="header__role">({t(`auth.roles.${me.role}`)})</span>
      </span>
      <button
        type="button"
        className="button button--link"
        disabled={signingOut}
        onClick={() => void signOut().then(() => window.location.assign(SIGN_IN_PATH))}
      >
        {t("auth.signOut")}
      </button>
    </div>
  );
}
