import { answersFromOrganization } from '@main/services/orders/new-order';
import { emptyAnswers } from '@shared/schemas/order-answers';
import { afterEach, describe, expect, it } from 'vitest';

import { cleanUp, start, tempDir } from '../support/service-app';
import { contosoSavedBefore, writeStoredOrganizations } from '../support/stored-organizations';

afterEach(cleanUp);

const redmond = {
  street: '1 Microsoft Way',
  city: 'Redmond',
  region: 'WA',
  postalCode: '98052-6399',
};
const blankAddress = { street: '', city: '', region: '', postalCode: '' };

/** Contoso (Redmond, US) as the active organization, and a new order it prefilled. */
async function usOrganizationsOrder() {
  const dataDir = tempDir();
  writeStoredOrganizations(dataDir, [contosoSavedBefore]);
  const app = start(dataDir);
  const order = await app.order.create();
  return { app, order };
}

describe('a new order prefilled from the organization', () => {
  it('gets the address when the order is for the organization’s country', async () => {
    const { order } = await usOrganizationsOrder();
    expect(order.answers.getStarted.country).toBe('US');
    expect(order.answers.account).toMatchObject(redmond);
  });

  it('gets no address for another country: a Canadian order is not given Redmond and a ZIP code, and its history says why', async () => {
    const { app, order } = await usOrganizationsOrder();
    const saved = await app.order.save(order.id, 'getStarted', {
      ...order.answers.getStarted,
      country: 'CA',
    });
    expect(saved.answers.account).toMatchObject(blankAddress);
    // What is not tied to the country stays.
    expect(saved.answers.account.companyName).toBe(contosoSavedBefore.name);
    expect(saved.timeline.at(-1)).toMatchObject({
      by: 'app',
      note: expect.stringMatching(
        /not filled in from Contoso Pharmaceuticals, Inc\.: its address \(Redmond\) is in the United States, and this order's numbers are in Canada/,
      ),
    });
    // Back to the organization's country: its address returns to the blank fields.
    const back = await app.order.save(order.id, 'getStarted', {
      ...saved.answers.getStarted,
      country: 'US',
    });
    expect(back.answers.account).toMatchObject(redmond);
  });

  it('never touches an address the admin typed', async () => {
    const { app, order } = await usOrganizationsOrder();
    const typed = { ...order.answers.account, street: '100 King St W', city: 'Toronto' };
    await app.order.save(order.id, 'account', typed);
    const saved = await app.order.save(order.id, 'getStarted', {
      ...order.answers.getStarted,
      country: 'CA',
    });
    expect(saved.answers.account).toEqual(typed);
  });

  it('for a country given at creation, prefills the address only when it is the organization’s', () => {
    expect(answersFromOrganization(contosoSavedBefore, 'CA').account).toMatchObject(blankAddress);
    expect(answersFromOrganization(contosoSavedBefore, 'US').account).toMatchObject(redmond);
    expect(answersFromOrganization(undefined)).toEqual(emptyAnswers);
  });
});
