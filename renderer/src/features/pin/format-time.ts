const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored ISO time in the admin's locale and time zone. */
export function formatTime(iso: string): string {
  return formatter.format(new Date(iso));
}
