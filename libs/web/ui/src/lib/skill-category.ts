/** Words for a skill's category, shared by the skill picker and every list grouped by category. */

const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  hr: 'HR',
};

/** A skill category as a heading: "engineering" → "Engineering", "hr" → "HR". */
export function categoryLabel(category: string): string {
  const known = CATEGORY_NAMES[category.toLowerCase()];
  if (known) return known;
  const trimmed = category.trim();
  return trimmed ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : 'Other';
}
