import { TZDate } from '@date-fns/tz';

const eastern = 'America/New_York';

/** "9:00 AM Eastern is 6:00 AM your time (PST)", for a date and an Eastern start time; DST is the zone database's job. */
export function easternToLocal(isoDate: string, time: string, locale?: string): string | undefined {
  const [y, mo, d] = isoDate.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  if (!y || !mo || !d || h === undefined || mi === undefined) return undefined;
  const instant = new Date(new TZDate(y, mo - 1, d, h, mi, eastern).getTime());
  const clock = (timeZone?: string) =>
    new Intl.DateTimeFormat(locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(instant);
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (localZone === eastern) return `${clock(eastern)}: that is your time zone too.`;
  const localDay = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(instant);
  return `${clock(eastern)} is ${clock()} your time (${localDay}).`;
}
