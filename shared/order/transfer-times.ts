import type { NumberKind } from '../numbers/check-numbers';
import type { Country } from '../schemas/country';

/** "14:30" as "2:30 PM", the way carriers and the admin center write times. */
export function clock12(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** US user numbers: every half hour from 8 AM to 8 PM Eastern. */
const usWindow = Array.from({ length: 25 }, (_, i) => time(8 * 60 + i * 30));
/** Canadian numbers and US toll-free numbers: 11:30 AM Eastern only. */
const fixedTime = '11:30';

/** Whether the order ports at the one fixed time (Canadian numbers, or toll-free numbers). */
export function portsAtFixedTime(country: Country | '', numberType: NumberKind | ''): boolean {
  return country === 'CA' || numberType === 'tollFree';
}

/** The start times an order may ask for, in Eastern time: what applies to its country and number type only. */
export function startTimesFor(
  country: Country | '',
  numberType: NumberKind | '',
): { value: string; label: string }[] {
  const times = portsAtFixedTime(country, numberType) ? [fixedTime] : usWindow;
  return times.map((value) => ({ value, label: clock12(value) }));
}

/** The window in words, for the step's hint and the FOC dialog's refusal. */
export function transferWindowWords(country: Country | '', numberType: NumberKind | ''): string {
  if (country === 'CA') return 'Canadian numbers port at 11:30 AM Eastern';
  if (numberType === 'tollFree') return 'US toll-free numbers port at 11:30 AM Eastern';
  return 'US user numbers port between 8:00 AM and 8:00 PM Eastern';
}

/** Whether a time (`HH:mm`, Eastern) is inside the window for the order's country and number type. */
export function inTransferWindow(
  value: string,
  country: Country | '',
  numberType: NumberKind | '',
): boolean {
  if (portsAtFixedTime(country, numberType)) return value === fixedTime;
  return value >= usWindow[0]! && value <= usWindow.at(-1)!;
}
