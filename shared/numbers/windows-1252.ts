// Windows-1252's characters at 0x80-0x9F (the rest of the code page is Latin-1, byte = code point).
// Done by hand because Node's TextDecoder('windows-1252') reads these bytes as control
// characters (nodejs/node#56542), so main and the page would read the same file differently.
/** The characters at 0x80-0x9F, in byte order. */
export const windows1252High: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Text from Windows-1252 bytes (what "Latin-1" files saved by Excel on Windows are). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const codes = new Array<number>(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += 8192) {
    const end = Math.min(bytes.length, start + 8192);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80]! : byte;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
