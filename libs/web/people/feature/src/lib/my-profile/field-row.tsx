import type { ReactNode } from 'react';
import type { FieldVisibility, ProfileField } from '@ensemble/web/people/data-access';
import { VisibilityControl } from './visibility-control';
import classes from './my-profile.module.css';

/** Defaults of the API (profile-fields.ts DEFAULT_VISIBILITY) for fields the person never changed. */
const DEFAULT_VISIBILITY: Readonly<Record<ProfileField, FieldVisibility>> = {
  HEADLINE: 'EVERYONE',
  BIO: 'EVERYONE',
  LOCATION: 'EVERYONE',
  TIME_ZONE: 'EVERYONE',
  SPOKEN_LANGUAGES: 'EVERYONE',
  LINKS: 'EVERYONE',
  HOURS_PER_WEEK_AVAILABLE: 'MANAGER_CHAIN_AND_TEAM',
  OPEN_TO_PROJECTS: 'EVERYONE',
  PASSIONS: 'EVERYONE',
  ASK_ME_ABOUT: 'EVERYONE',
};

export type VisibilityByField = Partial<Record<ProfileField, FieldVisibility>>;

/** A field with its visibility select beside it (below it on narrow screens). */
export function FieldRow({
  children,
  field,
  fieldLabel,
  visibility,
}: {
  children: ReactNode;
  field: ProfileField;
  fieldLabel: string;
  visibility: VisibilityByField;
}) {
  return (
    <div className={classes.fieldRow}>
      <div className={classes.fieldInput}>{children}</div>
      <div className={classes.fieldVisibility}>
        <VisibilityControl
          field={field}
          fieldLabel={fieldLabel}
          value={visibility[field] ?? DEFAULT_VISIBILITY[field]}
        />
      </div>
    </div>
  );
}
