import { checkNumbers } from '@shared/numbers/check-numbers';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { readNumbers } from '@shared/numbers/read-numbers';
import { numbersDataset } from '@tools/numbers-dataset';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';

import { type Figure, median, medianMs } from './measure';

/** Parse, validate and classify 100,000 numbers: PortDesk's engine against a plain libphonenumber-js loop on the same text. */
export async function engineFigures(): Promise<Figure[]> {
  const { text } = numbersDataset({ size: 100_000, seed: 1 });
  const classify = createNanpClassifier(metadata);
  // The baseline a first implementation would write: every number through libphonenumber-js/max.
  const entries = readNumbers(text).entries;
  const baselineRun = () =>
    entries.map((e) => {
      // Each number as the admin wrote it, with the US as default country (a range's members have no text of their own).
      const parsed = e.national
        ? parsePhoneNumberFromString(
            e.input.includes('-') && e.input.length > 20 ? `+1${e.national}` : e.input,
            'US',
          )
        : undefined;
      return parsed?.isValid()
        ? { valid: true, country: parsed.country, type: parsed.getType() }
        : { valid: false };
    });
  // Interleaved, so both sides meet the same moments of a noisy machine; medians of each.
  const oursTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ourRun = () => checkNumbers(readNumbers(text), { classify });
  ourRun();
  baselineRun();
  for (let round = 0; round < 5; round++) {
    oursTimes.push(await medianMs(1, ourRun, false), await medianMs(1, ourRun, false));
    baselineTimes.push(await medianMs(1, baselineRun, false));
  }
  const ours = median(oursTimes);
  const baseline = median(baselineTimes);

  // Same verdicts, on every number of the set.
  const theirs = baselineRun();
  let mismatches = 0;
  entries.forEach((e, i) => {
    if (!e.national) return;
    const a = classify(e.national);
    const b = theirs[i]!;
    if (a.valid !== b.valid || (a.valid && (a.country !== b.country || a.type !== b.type)))
      mismatches++;
  });
  return [
    {
      name: 'parse + validate + classify 100,000 numbers (median of 10)',
      value: ours,
      unit: 'ms',
      target: 300,
      better: 'lower',
      baseline: { name: 'libphonenumber-js/max loop', value: baseline },
    },
    {
      name: 'speed-up over the libphonenumber-js/max loop',
      value: baseline / ours,
      unit: 'x',
      target: 10,
      better: 'higher',
    },
    {
      name: `verdicts differing from libphonenumber-js (of ${entries.length.toLocaleString('en-US')})`,
      value: mismatches,
      unit: 'count',
      target: 0,
      better: 'lower',
    },
  ];
}
