import type { ModalProps } from '@mantine/core';

/**
 * Props for every dialog on the project pages. Rendered in place rather than in a portal: Mantine's
 * modal header is a <header>, which at the top of <body> would be a second banner landmark; inside the
 * page's section it is not. The close button gets a name.
 */
export const DIALOG_PROPS = {
  withinPortal: false,
  closeButtonProps: { 'aria-label': 'Close dialog' },
} satisfies Partial<ModalProps>;
