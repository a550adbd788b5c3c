import { checkNumbers } from '@shared/numbers/check-numbers';
import { createForeignNamer } from '@shared/numbers/foreign-number';
import { createNanpClassifier } from '@shared/numbers/nanp-classifier';
import { readNumbers } from '@shared/numbers/read-numbers';
import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';

const context = {
  classify: createNanpClassifier(metadata as never),
  foreign: createForeignNamer(metadata as never),
};
const messageOf = (text: string) => checkNumbers(readNumbers(text), context).rows[0]?.message;
const us = 'PortDesk ports numbers of the United States and Canada';

describe('numbers of other countries are named by country (issue 13)', () => {
  it('names +44 20 7946 0958 a number in the United Kingdom, not "has 12 digits"', () => {
    expect(messageOf('+44 20 7946 0958')).toBe(
      `Line 1: "+44 20 7946 0958" is a number in the United Kingdom (+44); ${us}.`,
    );
  });

  it('reads 011 (dialling abroad from North America) and 00 the same way', () => {
    expect(messageOf('011 44 20 7946 0958')).toBe(
      `Line 1: "011 44 20 7946 0958" is a number in the United Kingdom (+44); ${us}.`,
    );
    expect(messageOf('0033 1 42 68 53 00')).toBe(
      `Line 1: "0033 1 42 68 53 00" is a number in France (+33); ${us}.`,
    );
  });

  it('takes the country from libphonenumber-js, including codes shared by several countries', () => {
    expect(messageOf('+49 30 901820')).toMatch(/is a number in Germany \(\+49\)/);
    expect(messageOf('+61 2 9374 4000')).toMatch(/is a number in Australia \(\+61\)/);
    expect(messageOf('+7 727 258 2500')).toMatch(/is a number in Kazakhstan \(\+7\)/);
    expect(messageOf('+7 495 123 4567')).toMatch(/is a number in Russia \(\+7\)/);
    expect(messageOf('+353 1 234 5678')).toMatch(/is a number in Ireland \(\+353\)/);
    expect(messageOf('+31 20 123 4567')).toMatch(/is a number in the Netherlands \(\+31\)/);
  });

  it('does not read a +64 number of exactly 10 digits as a North American one', () => {
    // 649 is an area code of Turks and Caicos: without the "+" rule this would read as +1 649…
    expect(messageOf('+64 9 123 4567')).toMatch(/is a number in New Zealand \(\+64\)/);
  });

  it('says when the digits after "+" are no country code', () => {
    expect(messageOf('+4255550200')).toBe(
      `Line 1: "+4255550200" starts with +425, which is no country's code; numbers of the United States and Canada start with +1.`,
    );
  });

  it('names a non-geographic international number without a country', () => {
    expect(messageOf('+800 1234 5678')).toBe(
      `Line 1: "+800 1234 5678" is an international number (+800) of no one country; ${us}.`,
    );
  });

  it('still reads +1 and 1 numbers as North American', () => {
    const rows = checkNumbers(readNumbers('+1 425 555 0200\n1 (206) 555-0201'), context).rows;
    expect(rows.map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('names a foreign number among North American ones and reads the rest', () => {
    const rows = checkNumbers(readNumbers('+13124742010 +442079460958, 4255550200'), context).rows;
    expect(rows.map((r) => [r.input, r.status])).toEqual([
      ['+13124742010', 'ok'],
      ['+442079460958', 'error'],
      ['4255550200', 'ok'],
    ]);
    expect(rows[1]?.message).toMatch(/United Kingdom \(\+44\)/);
    const spaced = checkNumbers(readNumbers('4258820150 +44 20 7946 0958'), context).rows;
    expect(spaced.map((r) => [r.input, r.status])).toEqual([
      ['4258820150', 'ok'],
      ['+44 20 7946 0958', 'error'],
    ]);
  });
});
