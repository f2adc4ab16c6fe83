import { useCallback, useEffect, useRef } from 'react';

export const UNSAVED_CHANGES_MESSAGE = 'You have changes that are not saved. Leave this page and lose them?';

/** Put on a link that leaves the page while the changes are kept elsewhere (e.g. "Sign in again"). */
export const KEEPS_CHANGES_ATTRIBUTE = 'data-keeps-changes';

/** The in-app page a click on a link goes to, or null when the click is not such a navigation. */
function inAppTarget(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  if (anchor.hasAttribute(KEEPS_CHANGES_ATTRIBUTE)) return null;
  const url = new URL(anchor.href, window.location.href);
  // Other sites are full page loads, which `beforeunload` covers.
  if (url.origin !== window.location.origin) return null;
  const same = url.pathname === window.location.pathname && url.search === window.location.search;
  return same ? null : url;
}

/**
 * Warns before leaving a page whose changes are not saved: a confirm dialog on in-app links (the
 * router is declarative, so it has no navigation blocker: a capture-phase click listener sees a
 * link's click before the router does), and the browser's own prompt on reload, tab close or another
 * site (`beforeunload`). `confirmLeave` asks the same for a button that navigates in code (Cancel).
 */
export function useUnsavedChangesGuard(dirty: boolean, message: string = UNSAVED_CHANGES_MESSAGE) {
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (!inAppTarget(event) || window.confirm(message)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, message]);

  const confirmLeave = useCallback(() => !dirtyRef.current || window.confirm(message), [message]);
  return { confirmLeave };
}
