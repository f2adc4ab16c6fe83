import { NativeSelect, VisuallyHidden } from '@mantine/core';
import type { LanguageProficiency } from '@ensemble/web/people/data-access';
import { COMMON_LANGUAGES, PROFICIENCY_OPTIONS, languageName } from '@ensemble/web/people/ui';
import { FIELD_IDS } from './field-ids';
import { PROFILE_LIMITS, rowKey, type LanguageRow } from './profile-form-values';
import { RowsFieldset } from './rows-fieldset';
import classes from './my-profile.module.css';

/** The common languages by name, with the row's own first when it is not one of them. */
function languageOptions(current: string) {
  const tags =
    COMMON_LANGUAGES.includes(current) || !current ? COMMON_LANGUAGES : [current, ...COMMON_LANGUAGES];
  return [
    { value: '', label: 'Choose a language' },
    ...tags
      .map((tag) => ({ value: tag, label: languageName(tag) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  ];
}

const PROFICIENCY_DATA = PROFICIENCY_OPTIONS.map((option) => ({ value: option.value, label: option.label }));

function rowName(row: LanguageRow, index: number): string {
  return row.language ? languageName(row.language) : `language ${index + 1}`;
}

export interface SpokenLanguagesFieldProps {
  value: readonly LanguageRow[];
  onChange: (rows: LanguageRow[]) => void;
  error?: string;
}

/** The languages a person speaks, each with how well. */
export function SpokenLanguagesField({ value, onChange, error }: SpokenLanguagesFieldProps) {
  return (
    <RowsFieldset
      legend="Languages you speak"
      emptyText="None yet."
      rows={value}
      onChange={onChange}
      error={error}
      addId={FIELD_IDS.spokenLanguages}
      addLabel="Add a language"
      max={PROFILE_LIMITS.spokenLanguages}
      newRow={(): LanguageRow => ({ key: rowKey(), language: '', proficiency: 'PROFESSIONAL_WORKING' })}
      removeLabel={(row, index) => `Remove ${rowName(row, index)}`}
      renderRow={(row, index, update) => (
        <>
          <NativeSelect
            label={
              <>
                Language<VisuallyHidden> {index + 1}</VisuallyHidden>
              </>
            }
            value={row.language}
            onChange={(event) => update({ language: event.currentTarget.value })}
            data={languageOptions(row.language)}
            className={classes.grow}
          />
          <NativeSelect
            label={
              <>
                Proficiency<VisuallyHidden> in {rowName(row, index)}</VisuallyHidden>
              </>
            }
            value={row.proficiency}
            onChange={(event) => update({ proficiency: event.currentTarget.value as LanguageProficiency })}
            data={PROFICIENCY_DATA}
            className={classes.grow}
          />
        </>
      )}
    />
  );
}
