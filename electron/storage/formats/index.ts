import type { StoredFormat } from '../stored-format';
import { carrierRecordFormat } from './carrier-record';
import { orderFormat } from './order';
import { portOrderFormat } from './portorder';
import {
  numbersListFormat,
  organizationsFormat,
  pinsFormat,
  settingsFormat,
  windowStateFormat,
} from './small-files';

/**
 * Every kind of file PortDesk writes, by a stable name. The signed scan's index is the
 * order's `signedScan` (versioned with the order file); the scan and letter files
 * themselves are the admin's bytes and PortDesk's PDFs, not formats of ours.
 */
export const storedFormats: Record<string, StoredFormat<unknown>> = {
  settings: settingsFormat,
  'window-state': windowStateFormat,
  organizations: organizationsFormat,
  pins: pinsFormat,
  order: orderFormat,
  'numbers-list': numbersListFormat,
  portorder: portOrderFormat,
  'carrier-record': carrierRecordFormat,
};
