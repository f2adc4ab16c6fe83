export const REMOTE = 'Remote';

export interface Office {
  name: string;
  /** Relative share of the workforce based there. */
  weight: number;
  /** Name regions (see names.ts) over-represented among local hires. */
  localNameRegions: readonly string[];
}

export const OFFICES: readonly Office[] = [
  { name: 'London, United Kingdom', weight: 14, localNameRegions: ['anglo'] },
  { name: 'New York, United States', weight: 12, localNameRegions: ['anglo', 'hispanic'] },
  { name: 'San Francisco, United States', weight: 9, localNameRegions: ['anglo', 'chinese'] },
  { name: 'Toronto, Canada', weight: 5, localNameRegions: ['anglo', 'south-asian'] },
  { name: 'Berlin, Germany', weight: 9, localNameRegions: ['germanic'] },
  { name: 'Amsterdam, Netherlands', weight: 5, localNameRegions: ['germanic'] },
  { name: 'Paris, France', weight: 5, localNameRegions: ['french'] },
  { name: 'Stockholm, Sweden', weight: 3, localNameRegions: ['nordic'] },
  { name: 'Bengaluru, India', weight: 9, localNameRegions: ['south-asian'] },
  { name: 'Singapore', weight: 5, localNameRegions: ['chinese', 'southeast-asian'] },
  { name: 'Tokyo, Japan', weight: 3, localNameRegions: ['japanese'] },
  { name: 'São Paulo, Brazil', weight: 4, localNameRegions: ['lusophone'] },
  { name: 'Lagos, Nigeria', weight: 2, localNameRegions: ['african'] },
  { name: REMOTE, weight: 15, localNameRegions: [] },
];
