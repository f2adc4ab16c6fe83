import { TextInput, VisuallyHidden } from '@mantine/core';
import { FIELD_IDS } from './field-ids';
import { PROFILE_LIMITS, rowKey, type LinkRow } from './profile-form-values';
import { RowsFieldset } from './rows-fieldset';
import classes from './my-profile.module.css';

export interface LinksFieldProps {
  value: readonly LinkRow[];
  onChange: (rows: LinkRow[]) => void;
  error?: string;
}

/** Links to a blog, portfolio or code, each with its text. */
export function LinksField({ value, onChange, error }: LinksFieldProps) {
  return (
    <RowsFieldset
      legend="Links"
      emptyText="None yet: add your blog, portfolio or code."
      rows={value}
      onChange={onChange}
      error={error}
      addId={FIELD_IDS.links}
      addLabel="Add a link"
      max={PROFILE_LIMITS.links}
      newRow={() => ({ key: rowKey(), label: '', url: '' })}
      removeLabel={(row, index) => `Remove link ${row.label.trim() || index + 1}`}
      renderRow={(row, index, update) => (
        <>
          <TextInput
            label={
              <>
                Link text<VisuallyHidden> {index + 1}</VisuallyHidden>
              </>
            }
            placeholder="Blog"
            value={row.label}
            onChange={(event) => update({ label: event.currentTarget.value })}
            className={classes.grow}
          />
          <TextInput
            label={
              <>
                Address<VisuallyHidden> of link {index + 1}</VisuallyHidden>
              </>
            }
            type="url"
            placeholder="https://…"
            value={row.url}
            onChange={(event) => update({ url: event.currentTarget.value })}
            className={classes.grow2}
          />
        </>
      )}
    />
  );
}
