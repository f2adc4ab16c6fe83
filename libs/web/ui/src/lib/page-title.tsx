import { useEffect, type ReactNode } from 'react';
import { Title, VisuallyHidden } from '@mantine/core';

export const APP_NAME = 'Ensemble';

export interface PageTitleProps {
  /** The page's single h1. */
  children: ReactNode;
  /** Text for the browser tab; defaults to the heading when that is a string. */
  documentTitle?: string;
  /** Keep the h1 for screen readers only (e.g. while the page is loading). */
  visuallyHidden?: boolean;
}

/** The page's h1, which also sets `document.title` ("People · Ensemble"). */
export function PageTitle({ children, documentTitle, visuallyHidden = false }: PageTitleProps) {
  const text = documentTitle ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    document.title = text ? `${text} · ${APP_NAME}` : APP_NAME;
  }, [text]);
  if (visuallyHidden) {
    return (
      <VisuallyHidden>
        <h1>{children}</h1>
      </VisuallyHidden>
    );
  }
  return (
    <Title order={1} size="h2">
      {children}
    </Title>
  );
}
