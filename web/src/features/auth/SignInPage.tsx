import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { SignInMutation } from "./queries";
import { safeReturnPath } from "./signInRedirect";

type Problem = "missing" | "credentials" | "rateLimited" | "unavailable";

function problemOf(error: unknown): { problem: Problem; seconds?: number } {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    if (extensions?.code === "RATE_LIMITED") {
      return { problem: "rateLimited", seconds: Number(extensions.retryAfterSeconds) || 1 };
    }
    if (extensions?.code === "UNAUTHENTICATED") return { problem: "credentials" };
    if (extensions?.code === "BAD_USER_INPUT") return { problem: "credentials" };
  }
  return { problem: "unavailable" };
}

/** Sign-in: email and password; one message whatever was wrong, so it reveals no accounts. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.title"));
  const [params] = useSearchParams();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [problem, setProblem] = useState<{ problem: Problem; seconds?: number } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => {
      const value = form.get(key);
      return typeof value === "string" ? value : "";
    };
    const email = text("email").trim();
    const password = text("password");
    let next: { problem: Problem; seconds?: number };
    if (!email || !password) next = { problem: "missing" };
    else {
      try {
        await signIn({ variables: { input: { email, password } } });
        // A full load: every query starts again with the new session.
        window.location.assign(safeReturnPath(params.get("terug")));
        return;
      } catch (error) {
        next = problemOf(error);
      }
    }
    setProblem(next);
    // Move focus to the message so screen-reader and keyboard users hear it at once.
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  const message =
    problem &&
    (problem.problem === "rateLimited"
      ? t("auth.rateLimited", { seconds: problem.seconds })
      : t(`auth.${problem.problem}`));

  return (
    <div className="page sign-in">
      <h1>{t("auth.title")}</h1>
      <p>{t("auth.intro")}</p>
      {message && (
        <div
          ref={errorRef}
          className="sign-in__error"
          role="alert"
          tabIndex={-1}
          data-testid="sign-in-error"
        >
          {message}
        </div>
      )}
      <form className="sign-in__form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="sign-in-email">{t("auth.email")}</label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={problem?.problem === "credentials" || problem?.problem === "missing"}
        />
        <label htmlFor="sign-in-password">{t("auth.password")}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={problem?.problem === "credentials" || problem?.problem === "missing"}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t("auth.busy") : t("auth.submit")}
        </button>
      </form>
    </div>
  );
}
