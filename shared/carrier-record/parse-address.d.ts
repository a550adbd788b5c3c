/** The part of parse-address 1.1.2 this folder uses, from its browser build (the package ships no types). */
declare module 'parse-address/parse-address.min.js' {
  export interface ParsedLocation {
    number?: string;
    prefix?: string;
    street?: string;
    type?: string;
    suffix?: string;
    sec_unit_type?: string;
    sec_unit_num?: string;
    city?: string;
    state?: string;
    zip?: string;
    plus4?: string;
  }
  export function parseLocation(address: string): ParsedLocation | null;
}
