/** True for a real day written YYYY-MM-DD (not 2022-02-30). */
export function isCalendarDate(isoDate: string): boolean {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
}

/** "19 May 2022"; a date that is not a calendar date is shown as written, and validation reports it. */
export function formatDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return isoDate;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
