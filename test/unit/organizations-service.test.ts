import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createDispatcher } from '@main/ipc-dispatcher';
import type { AppServiceDeps } from '@main/services/app-services';
import { openServices } from '@tools/harness';
import { typedCalls } from '@tools/typed-calls';
import { describe, expect, it } from 'vitest';

const us = {
  name: 'Contoso',
  country: 'US',
  street: '1 Main St',
  city: 'Seattle',
  region: 'WA',
  postalCode: '98101',
  contactName: 'Avery Admin',
  contactEmail: 'avery@contoso.com',
  contactPhone: '+14255550100',
} as const;

function setUp(overrides: Partial<AppServiceDeps> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'portdesk-pin-'));
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
    [{ country: 'CA', postalCode: '98101' }, 'postalCode', 'Postal code: use the form A1A 1A1.'],
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
});
