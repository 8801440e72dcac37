import { graphql } from "$lib/graphql/generated";

export const MeQuery = graphql(`
  query Me {
    me {
      kind
      permissions
      organization {
        id
        name
        timeZone
      }
      employee {
        id
        fullName
        position
      }
    }
  }
`);

export const AuthLoginMutation = graphql(`
  mutation AuthLogin($email: String!, $password: String!) {
    authLogin(email: $email, password: $password) {
      expiresAt
      me {
        kind
      }
    }
  }
`);

export const AuthLogoutMutation = graphql(`
  mutation AuthLogout {
    authLogout
  }
`);

/** What the viewer may do changed (their role or its permissions): the shell reads `me` again. */
export const AccessChangedSubscription = graphql(`
  subscription AccessChanged {
    accessChanged
  }
`);
