import { Suspense, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { AppShell, Burger, Button, Group, NavLink, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router';
import { LOGOUT_ACTION, useViewer } from '@ensemble/web/identity/data-access';
import { LoadingState, SkipLink } from '@ensemble/web/ui';
import { HeaderSearch } from './header-search';
import { NOTIFICATIONS_PATH, NotificationsBell } from './notifications-bell';
import classes from './app-shell-layout.module.css';

/** What the navigation offers; only pages that exist. */
export const NAV_ITEMS = [
  { to: '/me', label: 'My profile', matches: (path: string) => path === '/me' },
  {
    to: '/people',
    label: 'People',
    matches: (path: string) => path === '/people' || path.startsWith('/people/'),
  },
  { to: '/search', label: 'Search', matches: (path: string) => path === '/search' },
  {
    to: '/projects',
    label: 'Projects',
    matches: (path: string) => path === '/projects' || path.startsWith('/projects/'),
  },
  { to: '/org', label: 'Org chart', matches: (path: string) => path === '/org' },
] as const;

const NAV_ID = 'main-navigation';
const MAIN_ID = 'main-content';

/** The signed-in person's name: in the header from the xs breakpoint, in the navigation panel below it. */
function ViewerName({ inPanel = false }: { inPanel?: boolean }) {
  const [{ data, fetching }] = useViewer();
  const visibility = inPanel ? { hiddenFrom: 'xs' } : { visibleFrom: 'xs' };
  if (data) {
    return (
      <Text
        size="sm"
        fw={500}
        truncate
        maw={220}
        {...visibility}
        {...(inPanel ? { px: 'sm', pb: 'sm', c: 'dimmed' } : {})}
      >
        {inPanel ? `Signed in as ${data.viewer.displayName}` : data.viewer.displayName}
      </Text>
    );
  }
  return fetching && !inPanel ? (
    <Skeleton height={14} width={120} aria-hidden="true" {...visibility} />
  ) : null;
}

/** Moves focus to <main> after client-side navigation, so screen readers start at the new page. */
function useFocusMainOnNavigation(pathname: string) {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(MAIN_ID)?.focus({ preventScroll: false });
  }, [pathname]);
}

/**
 * Escape closes the small-screen navigation wherever focus is while it is open (the page behind it
 * included), and focus returns to the burger that opened it.
 */
function useEscapeCloses(open: boolean, close: () => void, returnTo: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // A field or dialog that handled Escape itself (e.g. the header search) keeps it.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      close();
      returnTo.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close, returnTo]);
}

/**
 * The layout route of every signed-in page: a header with the product name, a search box, the viewer
 * and a sign-out button, the main navigation (a burger-toggled panel on small screens) and the page in
 * <main>.
 */
export default function AppShellLayout() {
  const [opened, setOpened] = useState(false);
  const { pathname } = useLocation();
  const isDesktop = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const burgerRef = useRef<HTMLButtonElement>(null);
  // On small screens the closed panel is only moved off-screen: keep its links out of the tab order.
  const navHidden = !isDesktop && !opened;
  const close = useCallback(() => setOpened(false), []);
  useFocusMainOnNavigation(pathname);
  useEscapeCloses(opened && !isDesktop, close, burgerRef);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <SkipLink targetId={MAIN_ID} />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              ref={burgerRef}
              opened={opened}
              onClick={() => setOpened((value) => !value)}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls={NAV_ID}
            />
            <UnstyledButton component={Link} to="/me" onClick={close} fw={700} fz="lg">
              Ensemble
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap" justify="flex-end" className={classes.end}>
            <HeaderSearch
              compact={!isDesktop}
              onSearched={() => {
                close();
                document.getElementById(MAIN_ID)?.focus({ preventScroll: false });
              }}
            />
            <ViewerName />
            <NotificationsBell active={pathname === NOTIFICATIONS_PATH} onNavigate={close} />
            <form method="post" action={LOGOUT_ACTION}>
              <Button type="submit" variant="default" size="xs">
                Sign out
              </Button>
            </form>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id={NAV_ID} aria-label="Main" inert={navHidden}>
        <ViewerName inPanel />
        {NAV_ITEMS.map((item) => {
          const active = item.matches(pathname);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Suspense fallback={<LoadingState pageTitle="Loading" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
