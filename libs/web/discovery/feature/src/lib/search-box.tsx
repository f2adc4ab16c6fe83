import type { FormEvent, Ref } from 'react';
import { Loader, TextInput } from '@mantine/core';
import { MAX_QUERY_LENGTH } from './search-params';
import classes from './search-page.module.css';

const SEARCH_INPUT_ID = 'people-search-input';

export interface SearchBoxProps {
  text: string;
  onType: (text: string) => void;
  onSubmit: (event: FormEvent) => void;
  /** A search is running (a spinner in the box). */
  busy: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** The page's search landmark: one box for skills, names, places and passions. */
export function SearchBox({ text, onType, onSubmit, busy, ref }: SearchBoxProps) {
  return (
    <form role="search" onSubmit={onSubmit} className={classes.searchForm}>
      <TextInput
        ref={ref}
        id={SEARCH_INPUT_ID}
        type="search"
        label="Search for people"
        description="Skills (with their aliases), names, titles, projects, a place (“in Berlin”, “in Germany”, “remote”), or passions (“who loves design”). People who match more of it come first."
        placeholder="e.g. kubernetes in Berlin"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        size="md"
        rightSection={busy ? <Loader size={16} aria-hidden="true" /> : null}
        onChange={(event) => onType(event.currentTarget.value)}
      />
    </form>
  );
}
