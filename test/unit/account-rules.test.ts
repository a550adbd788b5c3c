import { shortFieldLabels } from '@shared/order/field-labels';
import { accountWarnings } from '@shared/order/rules/account-rules';
import { type AccountAnswers, emptyAnswers } from '@shared/schemas/order-answers';
import { describe, expect, it } from 'vitest';

import {
  issuesOf,
  messagesAt,
  type Patch,
  stepMessages,
  validAnswers,
} from '../support/order-rules-cases';

describe('Account information', () => {
  it('refuses characters the letter of authorization cannot print, at their field, and accepts accented Latin letters', () => {
    expect(
      messagesAt('account', 'companyName', { account: { companyName: 'Łódź Telecom' } }),
    ).toEqual([
      'Company name: the character “Ł” cannot be printed on the letter of authorization; type it as on the carrier’s record, without it.',
    ]);
    expect(messagesAt('account', 'street', { account: { street: '1 Main St 🏢' } })).toHaveLength(
      1,
    );
    expect(
      messagesAt('account', 'companyName', {
        account: { companyName: 'Fromagerie Côté Ltée – “Œuvre” €' },
      }),
    ).toEqual([]);
  });

  describe('required fields', () => {
    // What the admin must fill in. The words of each message are the rules' own (not copied
    // here): a test asserts there is one, at its field, starting with the field's label.
    const required = [
      'carrierName',
      'accountNumber',
      'companyName',
      'authName',
      'authTitle',
      'authPhone',
      'authEmail',
      'street',
      'city',
    ] as const;
    const whenBlank = (field: (typeof required)[number], blank = '') =>
      messagesAt('account', field, { account: { [field]: blank } });
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    it.each(required)('needs %s, in one sentence that starts with its label', (field) => {
      const messages = whenBlank(field);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(new RegExp(`^${escape(shortFieldLabels[field])}: \\S.*\\.$`));
      expect(messagesAt('account', field)).toEqual([]);
    });

    it('says what to do differently for each', () => {
      const messages = required.map((field) => whenBlank(field)[0]);
      expect(new Set(messages).size).toBe(required.length);
    });

    it.each(required.filter((field) => field !== 'accountNumber'))(
      'treats blanks as missing in %s',
      (field) => {
        expect(whenBlank(field, '   ')).toEqual(whenBlank(field));
      },
    );

    it('reports every required field of an empty account step', () => {
      const fields = stepMessages('account', structuredClone(emptyAnswers.account)).map(
        (i) => i.field,
      );
      for (const field of required) expect(fields).toContain(field);
    });
  });

  describe('account number', () => {
    it.each(['1234 5678', '1234-5678', '1234–5678', ' AC12345678'])(
      'asks to remove spaces and dashes from "%s"',
      (accountNumber) => {
        expect(messagesAt('account', 'accountNumber', { account: { accountNumber } })).toEqual([
          'Account number: remove the spaces and dashes.',
        ]);
      },
    );

    it.each(['1234/5678', '1234#5678', 'AC.123', 'Nº123'])(
      'asks for letters and digits only in "%s"',
      (accountNumber) => {
        expect(messagesAt('account', 'accountNumber', { account: { accountNumber } })).toEqual([
          "Account number: use only the letters and digits on the carrier's bill.",
        ]);
      },
    );

    it('accepts letters and digits', () => {
      expect(
        messagesAt('account', 'accountNumber', { account: { accountNumber: '12345678' } }),
      ).toEqual([]);
      expect(
        messagesAt('account', 'accountNumber', { account: { accountNumber: 'ab12CD34' } }),
      ).toEqual([]);
    });
  });

  describe('BTN', () => {
    it.each([
      '4255550100',
      '14255550100',
      '+1 425 555 0100',
      '+1(425)555-0100',
      '+442071234567',
      '+1425555010',
    ])('needs E.164 +1 and 10 digits, not "%s"', (btn) => {
      expect(messagesAt('btn', 'btn', { btn: { btn } })).toEqual([
        'BTN: enter it as +1 followed by 10 digits, such as +14255550100.',
      ]);
    });

    it.each([
      ['+10255550100', 'BTN: +10255550100 has area code 025, but area codes start with 2 to 9.'],
      ['+11255550100', 'BTN: +11255550100 has area code 125, but area codes start with 2 to 9.'],
      [
        '+14955550100',
        'BTN: +14955550100 has area code 495, which is not a North American area code.',
      ],
      ['+14250550100', 'BTN: +14250550100 has exchange 055, but exchanges start with 2 to 9.'],
      [
        '+14254110100',
        'BTN: +14254110100 has exchange 411, a service code (like 411 or 911), not a phone number.',
      ],
      [
        '+14259110100',
        'BTN: +14259110100 has exchange 911, a service code (like 411 or 911), not a phone number.',
      ],
    ])('names what is wrong with %s', (btn, message) => {
      expect(messagesAt('btn', 'btn', { btn: { btn } })).toEqual([message]);
    });

    it('accepts a North American E.164 number', () => {
      expect(messagesAt('btn', 'btn', { btn: { btn: '+12125550123' } })).toEqual([]);
    });
  });

  describe('carrier PIN', () => {
    const needed =
      'Carrier PIN: this carrier needs a PIN to release the numbers (mobile numbers always do); enter it.';

    it('is needed when the carrier needs one and none is set', () => {
      expect(messagesAt('account', 'carrierPin', { account: { carrierNeedsPin: true } })).toEqual([
        needed,
      ]);
    });

    it('is needed when the order includes mobile numbers', () => {
      expect(messagesAt('account', 'carrierPin', { numbers: { includesMobile: true } })).toEqual([
        needed,
      ]);
    });

    it('is satisfied by a PIN already sealed for the order', () => {
      expect(
        messagesAt(
          'account',
          'carrierPin',
          { account: { carrierNeedsPin: true }, numbers: { includesMobile: true } },
          true,
        ),
      ).toEqual([]);
    });

    it('is satisfied by a PIN typed in the form, not by a blank one', () => {
      const account = { ...validAnswers().account, carrierNeedsPin: true };
      expect(stepMessages('account', { ...account, carrierPin: '4321' })).toEqual([]);
      expect(stepMessages('account', { ...account, carrierPin: '   ' })).toEqual([
        { field: 'carrierPin', message: needed },
      ]);
      expect(stepMessages('account', { ...account, carrierPin: '' })).toEqual([
        { field: 'carrierPin', message: needed },
      ]);
    });

    it('is not asked for when neither the carrier nor mobile numbers need one', () => {
      expect(
        stepMessages('account', {
          ...validAnswers().account,
          carrierNeedsPin: false,
        }),
      ).toEqual([]);
    });
  });

  describe('authorized user contact', () => {
    it.each(['dana@', 'dana at contoso.com', 'dana@contoso', '@contoso.com'])(
      'refuses the e-mail "%s"',
      (authEmail) => {
        expect(messagesAt('account', 'authEmail', { account: { authEmail } })).toEqual([
          'E-mail: enter an address such as dana@contoso.com.',
        ]);
      },
    );

    it('accepts an e-mail address, spaces around it aside', () => {
      expect(
        messagesAt('account', 'authEmail', {
          account: { authEmail: ' dana.smith+port@contoso.co.uk ' },
        }),
      ).toEqual([]);
    });

    it.each([
      '555-0100',
      '425 555 010',
      '+44 20 7123 4567',
      '24255550100',
      '(125) 555-0100',
      '(425) 911-0100',
    ])('refuses the phone "%s"', (authPhone) => {
      expect(messagesAt('account', 'authPhone', { account: { authPhone } })).toEqual([
        'Phone: enter a North American number of 10 digits, such as (425) 555-0100.',
      ]);
    });

    it.each(['(425) 555-0100', '425.555.0100', '+1 425 555 0100', '1-425-555-0100'])(
      'accepts the phone "%s"',
      (authPhone) => {
        expect(messagesAt('account', 'authPhone', { account: { authPhone } })).toEqual([]);
      },
    );
  });

  describe('notification e-mails', () => {
    it('names each address that is not one', () => {
      expect(
        messagesAt('details', 'notificationEmails', {
          details: { notificationEmails: 'dana@contoso.com; nope; it@contoso' },
        }),
      ).toEqual([
        'Notification e-mails: "nope" is not an e-mail address.',
        'Notification e-mails: "it@contoso" is not an e-mail address.',
      ]);
    });

    it('hints at the semicolon when addresses are separated by commas or spaces', () => {
      expect(
        messagesAt('details', 'notificationEmails', {
          details: { notificationEmails: 'dana@contoso.com, it@contoso.com' },
        }),
      ).toEqual([
        'Notification e-mails: separate addresses with ; (semicolon), not commas or spaces ("dana@contoso.com, it@contoso.com").',
      ]);
      expect(
        messagesAt('details', 'notificationEmails', {
          details: { notificationEmails: 'a@contoso.com b@contoso.com; c@contoso.com' },
        }),
      ).toEqual([
        'Notification e-mails: separate addresses with ; (semicolon), not commas or spaces ("a@contoso.com b@contoso.com").',
      ]);
    });

    it('does not hint at the semicolon when a comma-separated part is not an address either', () => {
      expect(
        messagesAt('details', 'notificationEmails', {
          details: { notificationEmails: 'dana@contoso.com, nope' },
        }),
      ).toEqual(['Notification e-mails: "dana@contoso.com, nope" is not an e-mail address.']);
    });

    it.each([
      'dana@contoso.com',
      'dana@contoso.com;it@contoso.com',
      ' dana@contoso.com ; it@contoso.com ; ',
      'a@contoso.com;;b@contoso.com',
    ])('accepts "%s"', (notificationEmails) => {
      expect(
        messagesAt('details', 'notificationEmails', { details: { notificationEmails } }),
      ).toEqual([]);
    });

    it.each([';', ' ; ; '])(
      'needs at least one address when the list is only separators ("%s")',
      (notificationEmails) => {
        expect(
          messagesAt('details', 'notificationEmails', { details: { notificationEmails } }),
        ).toEqual(['Notification e-mails: enter at least one address to be told of progress.']);
      },
    );
  });

  describe('service address', () => {
    it('asks for the country first when none is chosen', () => {
      const patch: Patch = { getStarted: { country: '' } };
      expect(messagesAt('account', 'region', patch)).toEqual([
        'State or province: first choose the country on the Get started step.',
      ]);
      expect(messagesAt('account', 'postalCode', patch)).toEqual([]);
      expect(messagesAt('account', 'region')).toEqual([]);
    });

    it('takes only US states for a US order', () => {
      for (const region of ['ON', 'QC', '', 'XX']) {
        expect(messagesAt('account', 'region', { account: { region } })).toEqual([
          'State: choose the state of the service address.',
        ]);
      }
      for (const region of ['WA', 'NY', 'DC', 'AK'])
        expect(messagesAt('account', 'region', { account: { region } })).toEqual([]);
    });

    it('takes only Canadian provinces and territories for a Canadian order', () => {
      const ca = (region: string): Patch => ({
        getStarted: { country: 'CA' },
        account: { region, postalCode: 'K1A 0B1' },
      });
      for (const region of ['WA', 'NY', '']) {
        expect(messagesAt('account', 'region', ca(region))).toEqual([
          'Province: choose the province or territory of the service address.',
        ]);
      }
      for (const region of ['ON', 'QC', 'BC', 'YT', 'NU'])
        expect(messagesAt('account', 'region', ca(region))).toEqual([]);
    });

    it('takes a ZIP code of 5 digits, or 9 as 12345-6789', () => {
      for (const postalCode of ['98101', '98101-1234', '981011234', ' 98101 '])
        expect(messagesAt('account', 'postalCode', { account: { postalCode } })).toEqual([]);
      for (const postalCode of ['9810', '981011', '98101-12', '98101 1234', 'ABCDE', 'K1A 0B1']) {
        expect(messagesAt('account', 'postalCode', { account: { postalCode } })).toEqual([
          'ZIP code: use 5 digits, or 9 as 12345-6789.',
        ]);
      }
      expect(messagesAt('account', 'postalCode', { account: { postalCode: '' } })).toEqual([
        'ZIP code: enter the service address ZIP code.',
      ]);
    });

    it('takes a Canadian postal code as A1A 1A1, with the space', () => {
      const ca = (postalCode: string): Patch => ({
        getStarted: { country: 'CA' },
        account: { region: 'ON', postalCode },
      });
      expect(messagesAt('account', 'postalCode', ca('K1A 0B1'))).toEqual([]);
      for (const postalCode of ['K1A0B1', '12345', 'K1A 0B', '1A1 A1A', '98101-1234']) {
        expect(messagesAt('account', 'postalCode', ca(postalCode))).toEqual([
          'Postal code: use the form A1A 1A1, with the space.',
        ]);
      }
      expect(messagesAt('account', 'postalCode', ca(''))).toEqual([
        'Postal code: enter the service address postal code.',
      ]);
    });
  });

  describe('accountWarnings (what the old wizard cut)', () => {
    const account = (companyName: string, authName: string): AccountAnswers => ({
      ...validAnswers().account,
      companyName,
      authName,
    });

    it('warns of a company name over 25 characters, quoting what is kept', () => {
      const name = 'Contoso Pharmaceuticals Inc';
      expect(name).toHaveLength(27);
      expect(accountWarnings(account(name, 'Dana Smith'))).toEqual([
        {
          field: 'companyName',
          message:
            'Company name is 27 characters; the admin center keeps the first 25 ("Contoso Pharmaceuticals I"). Check that still matches the carrier\'s record.',
        },
      ]);
    });

    it('warns of an authorized user over 15 characters', () => {
      expect(accountWarnings(account('Contoso', 'Alexandra Johnson'))).toEqual([
        {
          field: 'authName',
          message:
            'Authorized user is 17 characters; the admin center keeps the first 15 ("Alexandra Johns").',
        },
      ]);
    });

    it('warns of both at once', () => {
      expect(accountWarnings(account('x'.repeat(26), 'y'.repeat(16))).map((w) => w.field)).toEqual([
        'companyName',
        'authName',
      ]);
    });

    it('says nothing at exactly 25 and 15 characters, spaces around them aside', () => {
      expect(accountWarnings(account('x'.repeat(25), 'y'.repeat(15)))).toEqual([]);
      expect(accountWarnings(account(`  ${'x'.repeat(25)}  `, ` ${'y'.repeat(15)} `))).toEqual([]);
    });

    it('are warnings, not errors: the order stays complete', () => {
      expect(
        issuesOf({
          account: { companyName: 'x'.repeat(40), authName: 'y'.repeat(30) },
          authorize: { signature: 'y'.repeat(30) },
        }),
      ).toEqual([]);
    });
  });
});
