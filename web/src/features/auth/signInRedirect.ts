import { CombinedGraphQLErrors } from "@apollo/client";
import { onError } from "@apollo/client/link/error";

export const SIGN_IN_PATH = "/aanmelden";

/** Where to go back to after signing in: a path of this app only (never another site). */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : "/";
}

export function signInUrl(returnTo: string): string {
  return `${SIGN_IN_PATH}?terug=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

/**
 * An Apollo link: when any operation (except signing in) answers UNAUTHENTICATED — no session,
 * or it expired or was ended — the browser goes to the sign-in page, which brings it back here.
 */
export function signInOnUnauthenticated(go = (url: string) => window.location.assign(url)) {
  return onError(({ error, operation }) => {
    if (operation.operationName === "SignIn") return;
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return;
    if (window.location.pathname === SIGN_IN_PATH) return;
    go(signInUrl(window.location.pathname + window.location.search));
  });
}
