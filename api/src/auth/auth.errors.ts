import { GraphQLError } from "graphql";

export function unauthenticated(): GraphQLError {
  return new GraphQLError("Meld je aan om dit te doen. (Sign in to do this.)", {
    extensions: { code: "UNAUTHENTICATED" },
  });
}

export function forbidden(): GraphQLError {
  return new GraphQLError("Je rol geeft geen toegang hiertoe. (Your role does not allow this.)", {
    extensions: { code: "FORBIDDEN" },
  });
}

/** The same answer whether the email is unknown, the password wrong or the user disabled. */
export function badCredentials(): GraphQLError {
  return new GraphQLError(
    "E-mailadres of wachtwoord klopt niet. (Email address or password is incorrect.)",
    { extensions: { code: "UNAUTHENTICATED", reason: "BAD_CREDENTIALS" } },
  );
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Te veel pogingen; probeer het over ${retryAfterSeconds} seconden opnieuw. (Too many attempts; try again in ${retryAfterSeconds} seconds.)`,
    { extensions: { code: "RATE_LIMITED", retryAfterSeconds } },
  );
}
