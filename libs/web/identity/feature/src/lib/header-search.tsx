import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import classes from './header-search.module.css';
import { HeaderIcon } from './header-icon';

/** The search page's route; it reads its query from `?q=` (no import from the discovery feature). */
export const SEARCH_PATH = '/search';

/** The search page for a query typed in the header (the page itself for an empty one). */
export function headerSearchPath(query: string): string {
  const trimmed = query.trim();
  return trimmed ? `${SEARCH_PATH}?${new URLSearchParams({ q: trimmed }).toString()}` : SEARCH_PATH;
}

/** Typing "/" there is text, not the shortcut: fields, editable content, and open dialogs. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return target.closest('[aria-modal="true"]') !== null;
}

function SearchIcon() {
  return (
    <HeaderIcon>
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </HeaderIcon>
  );
}

export interface HeaderSearchProps {
  /** Small screens: an icon button that opens the search box over the header. */
  compact: boolean;
  /** After a search is submitted (the shell moves focus to the page). */
  onSearched: () => void;
}

/**
 * The search box in the header of every page: it opens the search page with what was typed. "/"
 * focuses it from anywhere but a field. On small screens it is an icon button that opens the box over
 * the header; Escape or "Cancel" closes it and returns focus to the button.
 */
export function HeaderSearch({ compact, onSearched }: HeaderSearchProps) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const expanded = !compact || open;

  const refocusToggle = useRef(false);
  const close = (returnFocus: boolean) => {
    refocusToggle.current = returnFocus;
    setOpen(false);
  };

  // Opened on a small screen, the box replaces the button: focus goes into it, and back to the button
  // (shown again once the box is gone) when it is closed with Escape or "Cancel".
  useEffect(() => {
    if (compact && open) inputRef.current?.focus();
    if (!open && refocusToggle.current) {
      refocusToggle.current = false;
      toggleRef.current?.focus();
    }
  }, [compact, open]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented)
        return;
      if (typingInField(event.target)) return;
      event.preventDefault();
      if (compact) setOpen(true);
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [compact]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(headerSearchPath(text));
    setText('');
    setOpen(false);
    onSearched();
  };

  return (
    <>
      {compact ? (
        <Button
          ref={toggleRef}
          variant="subtle"
          color="gray"
          size="xs"
          px={6}
          aria-label="Search people"
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={() => setOpen(true)}
          display={open ? 'none' : undefined}
        >
          <SearchIcon />
        </Button>
      ) : null}
      {expanded ? (
        <form
          id={formId}
          role="search"
          aria-label="Quick search"
          className={compact ? classes.overlay : classes.inline}
          onSubmit={onSubmit}
          onBlur={(event) => {
            // Tabbing on from the small-screen box closes it (focus has moved on by itself).
            if (compact && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
          }}
        >
          <TextInput
            ref={inputRef}
            type="search"
            aria-label="Search people"
            placeholder={compact ? 'Search people' : 'Search people (press /)'}
            value={text}
            maxLength={200}
            autoComplete="off"
            size="sm"
            className={classes.field}
            leftSection={<SearchIcon />}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              if (compact) {
                event.preventDefault();
                close(true);
              } else if (text) {
                setText('');
              }
            }}
          />
          {compact ? (
            <Button type="button" variant="subtle" size="sm" onClick={() => close(true)}>
              Cancel
            </Button>
          ) : null}
        </form>
      ) : null}
    </>
  );
}
