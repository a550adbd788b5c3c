import type { CheckedNumber } from '@shared/numbers/check-numbers';

import {
  countries,
  fieldCount,
  kinds,
  type RowColumns,
  statuses,
  stringFields,
} from './row-columns';

/** What the table reads: how many rows, one row when it is on screen, and each message's length to size it. */
export interface RowsView {
  readonly length: number;
  at(index: number): CheckedNumber | undefined;
  /** Each row's message length (0 without one), read for every row whenever the table lays the list out. */
  readonly messageLengths: Uint16Array;
}

/** No list yet. */
export const noRows: RowsView = {
  length: 0,
  at: () => undefined,
  messageLengths: new Uint16Array(0),
};

/** The fields a filter looks at. */
export type RowFacets = Pick<CheckedNumber, 'status' | 'country' | 'kind'>;

const decoder = new TextDecoder('utf-16le');
const stringAt = (text: Uint16Array, start: number, end: number) =>
  // Short strings (nearly all) are quicker built directly; a long one goes through the decoder.
  end - start < 512
    ? String.fromCharCode.apply(null, text.subarray(start, end) as unknown as number[])
    : decoder.decode(text.subarray(start, end));

/**
 * The checked list as the worker handed it over, in slices of columns: a row becomes an
 * object only when the table asks for it (the few on screen), never all 100,000 at once.
 */
export class NumberRows implements RowsView {
  readonly length: number;
  readonly messageLengths: Uint16Array;
  constructor(
    private readonly slices: readonly RowColumns[],
    private readonly sliceSize: number,
  ) {
    this.length = slices.reduce((n, s) => n + s.count, 0);
    // Copied whole from each slice (the worker worked them out): no loop over the rows here.
    this.messageLengths = new Uint16Array(this.length);
    for (let i = 0; i < slices.length; i++)
      this.messageLengths.set(slices[i]!.messageLength, i * sliceSize);
  }

  private place(index: number): [RowColumns, number] | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return [this.slices[Math.floor(index / this.sliceSize)]!, index % this.sliceSize];
  }

  at(index: number): CheckedNumber | undefined {
    const place = this.place(index);
    if (!place) return undefined;
    const [s, r] = place;
    const strings = stringFields.map((_, f) => {
      if ((s.present[r]! & (1 << f)) === 0) return undefined;
      const end = s.ends[r * fieldCount + f]!;
      const start = r === 0 && f === 0 ? 0 : s.ends[r * fieldCount + f - 1]!;
      return stringAt(s.text, start, end);
    });
    return {
      line: s.line[r]!,
      input: strings[0] ?? '',
      national: strings[1],
      e164: strings[2],
      message: strings[3],
      status: statuses[s.status[r]!]!,
      country: countries[s.country[r]!],
      kind: kinds[s.kind[r]!],
    };
  }

  /** The rows that pass `test`, as a view; `test` sees one reused object (no object a row). */
  select(test: (row: RowFacets) => boolean): RowsView {
    const facets = { status: 'ok', country: undefined, kind: undefined } as RowFacets;
    const picked = new Uint32Array(this.length);
    let n = 0;
    let index = 0;
    for (const s of this.slices) {
      for (let r = 0; r < s.count; r++, index++) {
        facets.status = statuses[s.status[r]!]!;
        facets.country = countries[s.country[r]!];
        facets.kind = kinds[s.kind[r]!];
        if (test(facets)) picked[n++] = index;
      }
    }
    const indexes = picked.subarray(0, n);
    const messageLengths = new Uint16Array(n);
    for (let i = 0; i < n; i++) messageLengths[i] = this.messageLengths[indexes[i]!]!;
    return { length: n, at: (i) => (i < n ? this.at(indexes[i]!) : undefined), messageLengths };
  }
}
