import type { ModalProps } from '@mantine/core';

/**
 * Props for every dialog on the project pages. Rendered in place rather than in a portal: Mantine's
 * modal header is a <header>, which at the top of <body> would be a second banner landmark; inside the
 * page's section it is not. The close button gets a name.
 */
export const DIALOG_PROPS = {
  withinPortal: false,
  closeButtonProps: { 'aria-label': 'Close dialog' },
  // Mantine's inner box is fixed with no left edge: in place (not at <body>) it would start where the
  // dialog sits in the page and run off the right of a phone's screen.
  styles: { inner: { left: 0 } },
} satisfies Partial<ModalProps>;
