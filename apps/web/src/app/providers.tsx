import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Provider as UrqlProvider, type Client } from 'urql';
import { createGraphQLClient } from '@ensemble/web/graphql';
import { signInPageHref } from '@ensemble/web/identity/data-access';
import { cssVariablesResolver, theme } from '@ensemble/web/ui';
import type { WebEnv } from './env';

/** The app's GraphQL client: on UNAUTHENTICATED the browser goes to sign-in, remembering where it was. */
export function createAppClient(env: WebEnv): Client {
  return createGraphQLClient({
    url: env.graphqlUrl,
    onUnauthenticated: () => {
      const { pathname, search } = window.location;
      if (pathname === '/sign-in') return;
      window.location.assign(signInPageHref(pathname + search));
    },
  });
}

export function Providers({ client, children }: { client: Client; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </MantineProvider>
  );
}
