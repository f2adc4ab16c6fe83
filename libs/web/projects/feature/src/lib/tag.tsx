import type { ReactNode } from 'react';
import { Badge } from '@mantine/core';

/**
 * A light badge whose label is in body text colour: Mantine's light badges put shade 9 text on shade 1,
 * under 4.5:1 for green, orange and others; the tint still tells the colours apart.
 */
export function Tag({
  color,
  children,
  size,
}: {
  color: string;
  children: ReactNode;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge
      variant="light"
      color={color}
      size={size}
      styles={{ label: { color: 'var(--mantine-color-text)' } }}
    >
      {children}
    </Badge>
  );
}
