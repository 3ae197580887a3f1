import { graphql } from "../../graphql/__generated__";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      role
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        role
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
