import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Container, Stack, Text } from '@mantine/core';
import { PageTitle } from './page-title';

/**
 * The last resort when a page fails to render, typically a code chunk that failed to load after a
 * new version was deployed: reloading fetches the current version.
 */
export function RouteErrorPage() {
  return (
    <Container size="sm" py="xl" component="main" id="main-content">
      <Stack gap="md" align="flex-start">
        <PageTitle>Something went wrong</PageTitle>
        <Text>
          This page could not be shown. Reloading usually fixes it; if it does not, try again later.
        </Text>
        <Button onClick={() => window.location.reload()}>Reload the page</Button>
      </Stack>
    </Container>
  );
}

export interface RouteErrorBoundaryProps {
  /** Changing it (e.g. the location's pathname) clears a caught error. */
  resetKey: string;
  children: ReactNode;
}

interface RouteErrorBoundaryState {
  error: unknown;
  resetKey: string;
}

/** Catches render errors below it and shows RouteErrorPage until the location changes. */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<RouteErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(
    props: RouteErrorBoundaryProps,
    state: RouteErrorBoundaryState,
  ): Partial<RouteErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <RouteErrorPage /> : this.props.children;
  }
}
