import { useState, type ReactNode } from 'react';
import { Button, Drawer } from '@mantine/core';
import classes from './search-page.module.css';

export interface FiltersDrawerProps {
  /** How many filters are in force (shown on the button). */
  count: number;
  /** The button at the bottom that closes the drawer, e.g. "Show 12 people". */
  showLabel: string;
  /** The filters panel. */
  children: ReactNode;
}

/** On small screens the filters wait behind a button, in a drawer from the side. */
export function FiltersDrawer({ count, showLabel, children }: FiltersDrawerProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        w="fit-content"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {count > 0 ? `Filters (${count})` : 'Filters'}
      </Button>
      {/* The filters scroll between the title and "Show N people", which stays within reach. */}
      <Drawer.Root
        opened={open}
        onClose={() => setOpen(false)}
        position="right"
        size="md"
        classNames={{
          content: classes.drawerContent,
          title: classes.drawerTitle,
          body: classes.drawerBody,
        }}
      >
        <Drawer.Overlay />
        <Drawer.Content>
          {/* Mantine renders a <header>: a second banner landmark inside the dialog. */}
          <Drawer.Header component="div">
            <Drawer.Title>Refine</Drawer.Title>
            <Drawer.CloseButton aria-label="Close the filters" />
          </Drawer.Header>
          <Drawer.Body>{children}</Drawer.Body>
          <div className={classes.drawerFooter}>
            <Button fullWidth onClick={() => setOpen(false)}>
              {showLabel}
            </Button>
          </div>
        </Drawer.Content>
      </Drawer.Root>
    </>
  );
}
