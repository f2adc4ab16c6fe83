/** The org chart, from the top of the organisation or from one person down. */
export function orgChartPath(rootId?: string | null): string {
  return rootId ? `/org?root=${encodeURIComponent(rootId)}` : '/org';
}

export function reportsLabel(count: number): string {
  if (count === 0) return 'No reports';
  return count === 1 ? '1 report' : `${count.toLocaleString('en')} reports`;
}

export function peopleLabel(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en')} people`;
}
