import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { orderRecordSchema } from '@main/services/orders/order-record';
import { organizationsDocSchema } from '@main/services/organizations-service';
import { pinsDocSchema } from '@main/services/pin-service';
import { windowStateSchema } from '@main/services/window-state';
import { storedFormats } from '@main/storage/formats';
import { portOrderFormat } from '@main/storage/formats/portorder';
import { portOrderV3 } from '@main/storage/formats/portorder/v3';
import { readStored } from '@main/storage/stored-format';
import { carrierRecordFileSchema } from '@shared/schemas/carrier-record';
import { numbersSourceSchema } from '@shared/schemas/numbers';
import { orderSchema } from '@shared/schemas/order';
import { settingsSchema } from '@shared/schemas/settings';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/** A schema as JSON Schema, both as it reads (input) and as it writes (output). */
const shape = (schema: z.ZodType) => ({
  input: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  output: z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }),
});

/** The live schemas the app works with, for each stored kind. */
const live: Record<string, z.ZodType> = {
  settings: settingsSchema,
  'window-state': windowStateSchema,
  organizations: organizationsDocSchema,
  pins: pinsDocSchema,
  order: orderRecordSchema,
  'numbers-list': z.object({ source: numbersSourceSchema }),
  portorder: portOrderFormat.current,
  'carrier-record': carrierRecordFileSchema,
};

const historyFile = join(import.meta.dirname, '../fixtures/stored/format-history.json');
const history = JSON.parse(readFileSync(historyFile, 'utf8')) as Record<string, unknown[]>;

describe('stored formats', () => {
  it.each(Object.keys(storedFormats))(
    '%s: the live schema is exactly the current stored version (change one, add a version)',
    (kind) => {
      expect(shape(live[kind]!), `${kind}: add a format version with an upgrade`).toEqual(
        shape(storedFormats[kind]!.current),
      );
    },
  );

  it('a .portorder carries every field of an order but this computer’s own', () => {
    const travelling = orderSchema.omit({ carrierPinSet: true });
    expect(shape(portOrderV3.shape.order)).toEqual(shape(travelling));
  });

  it.each(Object.keys(storedFormats))(
    '%s: no released version has changed since it was released (format-history.json)',
    (kind) => {
      const format = storedFormats[kind]!;
      const released = history[kind] ?? [];
      const versions = format.versions.map((v) => shape(v));
      released.forEach((was, i) =>
        expect(versions[i], `${kind} v${i + 1} is frozen: add v${released.length + 1}`).toEqual(
          was,
        ),
      );
      if (process.env['PORTDESK_RELEASE_FORMATS'] === '1' && versions.length > released.length) {
        // Adds the new versions' shapes; never rewrites one recorded before.
        history[kind] = [...released, ...versions.slice(released.length)];
        writeFileSync(historyFile, `${JSON.stringify(history, null, 1)}\n`);
      }
      expect(
        versions.length,
        `${kind} has a version not in format-history.json: run PORTDESK_RELEASE_FORMATS=1 npx vitest run test/unit/stored-formats.test.ts`,
      ).toBe(history[kind]?.length ?? 0);
    },
  );

  it('reads each version through its own schema and upgrades, and refuses a newer one', () => {
    const format = storedFormats['order']!;
    expect(readStored(format, 99, {})).toEqual({ kind: 'newer', version: 99 });
    expect(readStored(format, 0, {})).toMatchObject({ kind: 'invalid' });
    expect(readStored(format, '1', {})).toMatchObject({ kind: 'invalid' });
    expect(readStored(format, 1, null)).toMatchObject({ kind: 'invalid' });
  });
});
