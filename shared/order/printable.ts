import { windows1252High } from '../numbers/windows-1252';

// The letter's PDF fonts print Windows-1252 (WinAnsi) only: Latin-1 and the 32 characters above.
const extra = new Set(windows1252High.map((code) => String.fromCharCode(code)));

/** The first character of `text` the letter of authorization cannot print, if any. */
export function unprintableCharacter(text: string): string | undefined {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || extra.has(ch)) continue;
    return ch;
  }
  return undefined;
}
