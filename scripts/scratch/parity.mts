import metadata from 'libphonenumber-js/metadata.max.json';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { createNanpClassifier } from '../../shared/numbers/nanp-classifier.ts';
const classify = createNanpClassifier(metadata as never);
let bad = 0; const n = 200000;
const t0 = performance.now();
const nums: string[] = [];
for (let i = 0; i < n; i++) nums.push(String(2000000000 + Math.floor(Math.random() * 8000000000)));
const t1 = performance.now();
const ours = nums.map(classify);
const t2 = performance.now();
const libs = nums.map((x) => { const p = parsePhoneNumberFromString('+1' + x); return p && p.isValid() ? { valid: true, country: p.country, type: p.getType() } : { valid: false }; });
const t3 = performance.now();
for (let i = 0; i < n; i++) { const a = ours[i]!, b = libs[i]!; if (a.valid !== b.valid || (a.valid && (a.country !== b.country || a.type !== b.type))) { if (bad++ < 10) console.log(nums[i], a, b); } }
console.log('mismatches', bad, 'ours ms', (t2 - t1).toFixed(1), 'lib ms', (t3 - t2).toFixed(1), 'valid', ours.filter(o=>o.valid).length);
