/** What the browser test loads: the carrier record engine as the renderer's bundler builds it. */
import { compareWithCarrierRecord } from '@shared/carrier-record/compare-with-carrier-record';
import { readCarrierRecord } from '@shared/carrier-record/read-carrier-record';

Object.assign(globalThis, { carrierRecordEngine: { readCarrierRecord, compareWithCarrierRecord } });
