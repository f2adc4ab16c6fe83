import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import './mantine-styles';
import focus from './focus.module.css';

/**
 * Ensemble's Mantine theme. Shade 8 of the primary blue (5.0:1 on white) instead of Mantine's
 * default shade 6 (3.6:1), so small primary text, links and filled buttons meet WCAG AA contrast.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Anchor: { defaultProps: { underline: 'hover' } },
    // Every text input, textarea, select and autocomplete (they all render Mantine's Input).
    Input: { classNames: { input: focus.input } },
    // Light alerts colour their title with shade 9 on shade 1, under 4.5:1 for green: use body text.
    Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
  },
});

/**
 * Dimmed text is gray-6 by default (3.3:1 on white): gray-7 keeps it readable (8.2:1). Light variants
 * (the active navigation link, light badges) put shade 6 text on a tinted background, under 4.5:1:
 * shade 9 reads at about 5.7:1 there.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-blue-9)',
    // Hovered light variants darken to shade 2 (4.0:1 with shade 9 text); shade 1 keeps 5:1.
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
    '--mantine-primary-color-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {},
});
