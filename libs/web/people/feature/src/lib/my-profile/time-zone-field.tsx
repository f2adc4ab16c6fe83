import { Button, NativeSelect } from '@mantine/core';
import { FIELD_IDS } from './field-ids';

let timeZones: string[] | undefined;
function allTimeZones(): string[] {
  if (!timeZones) {
    try {
      timeZones = Intl.supportedValuesOf('timeZone');
    } catch {
      timeZones = [];
    }
    if (!timeZones.includes('UTC')) timeZones = ['UTC', ...timeZones];
  }
  return timeZones;
}

function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

export interface TimeZoneFieldProps {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string;
}

/** The browser's time zones (a saved one it does not know stays offered), and "use this device's". */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const zones = allTimeZones();
  const options = value && !zones.includes(value) ? [value, ...zones] : zones;
  const localZone = browserTimeZone();
  return (
    <>
      <NativeSelect
        id={FIELD_IDS.timeZone}
        label="Time zone"
        description="So colleagues know when to reach you."
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[
          { value: '', label: 'Not set' },
          ...options.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
        ]}
        error={error}
      />
      {localZone && localZone !== value && zones.includes(localZone) ? (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => onChange(localZone)}>
          Use this device’s time zone ({localZone.replace(/_/g, ' ')})
        </Button>
      ) : null}
    </>
  );
}
