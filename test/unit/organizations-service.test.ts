import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createDispatcher } from '@main/ipc-dispatcher';
import type { AppServiceDeps } from '@main/services/app-services';
import { openServices } from '@tools/harness';
import { typedCalls } from '@tools/typed-calls';
import { validOrganization } from '@tools/valid-order';
import { describe, expect, it } from 'vitest';

import { messagesAt } from '../support/order-rules-cases';
import { contosoSavedBefore, writeStoredOrganizations } from '../support/stored-organizations';

const us = validOrganization;

function setUp(
  overrides: Partial<AppServiceDeps> = {},
  dataDir = mkdtempSync(join(tmpdir(), 'portdesk-pin-')),
) {
  const services = openServices(dataDir, [], overrides);
  const dispatch = createDispatcher(services.handlers, {
    isTrustedSender: () => true,
    logError: () => {},
  });
  const { call, send } = typedCalls(() => dispatch);
  return { dataDir, services, call, send };
}

async function errorsOf(result: Promise<unknown>) {
  return ((await result) as { error?: { message: string; field?: string } }).error;
}

describe('organizations', () => {
  it('are added, edited and switched; each has its own PIN', async () => {
    const { call } = setUp();
    const first = (await call('saveOrganization', us)) as {
      value: { organizations: { id: string }[]; activeId: string };
    };
    const firstId = first.value.activeId;
    await call('setPin', { pin: '123456', confirm: '123456' });
    const second = (await call('saveOrganization', { ...us, name: 'Fabrikam' })) as {
      value: { activeId: string };
    };
    expect(second.value.activeId).not.toBe(firstId);
    expect(await call('getPinStatus')).toMatchObject({
      value: { organizationName: 'Fabrikam', isSet: false },
    });
    await call('activateOrganization', { id: firstId });
    expect(await call('getPinStatus')).toMatchObject({
      value: { organizationName: 'Contoso', isSet: true },
    });
    await call('saveOrganization', { ...us, id: firstId, city: 'Redmond' });
    expect(await call('listOrganizations')).toMatchObject({
      value: { organizations: [{ city: 'Redmond' }, { name: 'Fabrikam' }] },
    });
  });

  it.each([
    [{ name: '' }, 'name', 'Organization name: enter the name.'],
    [{ postalCode: '9810' }, 'postalCode', 'ZIP code: use 5 digits, or 9 as 12345-6789.'],
    [
      { country: 'CA', region: 'ON', postalCode: '98101' },
      'postalCode',
      'Postal code: use the form A1A 1A1, with the space.',
    ],
    [{ region: 'Washington' }, 'region', 'State: choose the state of the service address.'],
    [
      { country: 'CA', region: 'WA', postalCode: 'K1A 0B1' },
      'region',
      'Province: choose the province or territory of the service address.',
    ],
    [
      { contactPhone: '(425) 882-8080 x214' },
      'contactPhone',
      'Contact phone: enter the number without its extension (x214), such as (425) 555-0100.',
    ],
    [
      { contactPhone: '555-0100' },
      'contactPhone',
      'Contact phone: enter a North American number of 10 digits, such as (425) 555-0100.',
    ],
    [
      { contactEmail: 'avery@' },
      'contactEmail',
      'Contact e-mail: enter an address such as name@example.com.',
    ],
    [{ country: 'MX' }, 'country', 'Country: choose United States or Canada.'],
  ])('refuse %j at the field', async (change, field, message) => {
    const { send } = setUp();
    expect(await errorsOf(send('saveOrganization', { ...us, ...change }))).toEqual({
      code: 'invalid-input',
      field,
      message,
    });
  });

  it('refuse activating one that does not exist', async () => {
    const { call } = setUp();
    expect(await errorsOf(call('activateOrganization', { id: 'nope' }))).toMatchObject({
      field: 'id',
    });
  });

  // What Settings accepts, the wizard accepts: a new order copies these details.
  const wizardAnswer = {
    region: 'region',
    postalCode: 'postalCode',
    contactPhone: 'authPhone',
  } as const;
  const tried = {
    region: ['WA', 'Washington', 'wa', 'ON', 'Ontario', 'QC', 'XX'],
    postalCode: [
      '98052',
      '98052-6399',
      '980526399',
      '9805',
      'K1A 0B1',
      'k1a 0b1',
      'K1A0B1',
      'ABCDE',
    ],
    contactPhone: [
      '(425) 882-8080',
      '(425) 882-8080 x214',
      '+1 416 555 0100',
      '555-0100',
      '(125) 555-0100',
    ],
  };
  for (const country of ['US', 'CA'] as const) {
    for (const [field, values] of Object.entries(tried) as [keyof typeof tried, string[]][]) {
      it.each(values)(
        `take the ${country} ${field} "%s" exactly when the wizard does`,
        async (value) => {
          const { send } = setUp();
          const valid =
            country === 'US' ? us : { ...us, country, region: 'ON', postalCode: 'K1A 0B1' };
          const settings = await errorsOf(send('saveOrganization', { ...valid, [field]: value }));
          const wizard = messagesAt('account', wizardAnswer[field], {
            getStarted: { country },
            account: {
              region: valid.region,
              postalCode: valid.postalCode,
              [wizardAnswer[field]]: value,
            },
          });
          // Settings tidies a Canadian postal code on the way in, as the wizard's field does when left.
          const tidiedByBoth =
            field === 'postalCode' && country === 'CA' && /^k1a ?0b1$/i.test(value);
          expect(settings === undefined).toBe(wizard.length === 0 || tidiedByBoth);
          if (settings)
            expect(wizard.map((m) => m.replace(/^Phone:/, 'Contact phone:'))).toContain(
              settings.message,
            );
        },
      );
    }
  }

  it('saved before these rules, open with every value as it was saved', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-orgs-'));
    writeStoredOrganizations(dataDir, [contosoSavedBefore]);
    const { call } = setUp({}, dataDir);
    expect(await call('getStartupNotices')).toEqual({ ok: true, value: [] });
    expect(await call('listOrganizations')).toEqual({
      ok: true,
      value: { organizations: [contosoSavedBefore], activeId: contosoSavedBefore.id },
    });
  });
});
