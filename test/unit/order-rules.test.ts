import { randomUUID } from 'node:crypto';

import { digitsToE164, nanpProblem } from '@shared/numbers/nanp';
import { checkOrder, type OrderIssue, stepRules } from '@shared/order/check-order';
import { regionCode } from '@shared/order/regions';
import { accountWarnings } from '@shared/order/rules/account-rules';
import { signatureMatches } from '@shared/order/rules/loa-rules';
import { type AnswerStepId, answerStepIds } from '@shared/order/steps';
import { startTimes } from '@shared/order/transfer-times';
import type { NumbersSummary } from '@shared/schemas/numbers';
import { carrierPinSchema, saveOrderStepInputSchema } from '@shared/schemas/order';
import {
  type AccountAnswers,
  checklistItemIds,
  emptyAnswers,
  loaStatementIds,
  type OrderAnswers,
} from '@shared/schemas/order-answers';
import { describe, expect, it } from 'vitest';

/** The admin's today: Monday, November 23, 2026 (local time), the week of Thanksgiving. */
const today = new Date(2026, 10, 23);

/** A complete, correct US order: every step passes on `today`. */
function validAnswers(): OrderAnswers {
  const empty = structuredClone(emptyAnswers);
  return {
    getStarted: { checklist: [...checklistItemIds] },
    location: { country: 'US', numberType: 'geographic', assignedTo: 'users' },
    account: {
      ...empty.account,
      orderName: 'Seattle main office',
      carrierName: 'Fabrikam Telecom',
      accountNumber: 'AC12345678',
      btn: '+14255550100',
      companyName: 'Contoso Ltd',
      authName: 'Dana Smith',
      authTitle: 'IT manager',
      authPhone: '(425) 555-0100',
      authEmail: 'dana@contoso.com',
      street: '1 Main St',
      city: 'Seattle',
      region: 'WA',
      postalCode: '98101',
      notificationEmails: 'dana@contoso.com; it@contoso.com',
    },
    numbers: { portType: 'full', leftBehind: '' },
    transfer: { desiredDate: '2026-12-01', startTime: '09:00' },
    loa: { statements: [...loaStatementIds], signature: 'Dana Smith' },
  };
}

type Patch = { [S in AnswerStepId]?: Partial<OrderAnswers[S]> };

/** Two US geographic numbers, the BTN among them: what main reports for the valid order's list. */
const validNumbers: NumbersSummary = {
  total: 2,
  usable: 2,
  errors: 0,
  duplicates: 0,
  warnings: 0,
  groups: [{ country: 'US', kind: 'geographic', count: 2 }],
  btnListed: true,
};

/** The valid order with some answers changed, step by step. */
function answersWith(patch: Patch = {}): OrderAnswers {
  const base = validAnswers();
  return Object.fromEntries(
    answerStepIds.map((s) => [s, { ...base[s], ...patch[s] }]),
  ) as OrderAnswers;
}

function issuesOf(patch: Patch = {}, carrierPinSet = false, numbers = validNumbers): OrderIssue[] {
  return checkOrder({ answers: answersWith(patch), carrierPinSet, numbers }, today).issues;
}

/** The messages checkOrder reports at one step's field. */
function messagesAt(
  step: AnswerStepId,
  field: string,
  patch: Patch = {},
  carrierPinSet = false,
  numbers = validNumbers,
): string[] {
  return issuesOf(patch, carrierPinSet, numbers)
    .filter((i) => i.step === step && i.field === field)
    .map((i) => i.message);
}

/** A step's rules run as the form's resolver runs them: values on their own, the rest of the order as context. */
function stepMessages(
  step: AnswerStepId,
  values: unknown,
  patch: Patch = {},
  carrierPinSet = false,
) {
  const result = stepRules[step]({
    answers: answersWith(patch),
    carrierPinSet,
    numbers: validNumbers,
    today,
  }).safeParse(values);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
}

describe('checkOrder on whole orders', () => {
  it('finds nothing wrong in the valid order, and counts all six steps complete', () => {
    const check = checkOrder(
      { answers: validAnswers(), carrierPinSet: false, numbers: validNumbers },
      today,
    );
    expect(check.issues).toEqual([]);
    expect(check.stepsComplete).toBe(6);
    expect(Object.values(check.complete).every(Boolean)).toBe(true);
  });

  it('counts no step complete on the empty order, and reports each step', () => {
    const check = checkOrder(
      {
        answers: structuredClone(emptyAnswers),
        carrierPinSet: false,
        numbers: { ...validNumbers, total: 0, usable: 0, groups: [], btnListed: false },
      },
      today,
    );
    expect(check.stepsComplete).toBe(0);
    expect(check.complete).toEqual({
      getStarted: false,
      location: false,
      account: false,
      numbers: false,
      transfer: false,
      loa: false,
    });
    expect(new Set(check.issues.map((i) => i.step))).toEqual(new Set(answerStepIds));
  });

  it('marks only the failing step incomplete', () => {
    const check = checkOrder(
      {
        answers: answersWith({ location: { assignedTo: '' } }),
        carrierPinSet: false,
        numbers: validNumbers,
      },
      today,
    );
    expect(check.complete.location).toBe(false);
    expect(check.stepsComplete).toBe(5);
    expect(check.issues).toEqual([
      {
        step: 'location',
        field: 'assignedTo',
        message: 'Numbers assigned to: choose users or services.',
      },
    ]);
  });

  it('reports an over-long answer at its field with the size message', () => {
    expect(messagesAt('account', 'orderName', { account: { orderName: 'x'.repeat(81) } })).toEqual([
      'Use at most 80 characters.',
    ]);
    expect(messagesAt('account', 'orderName', { account: { orderName: 'x'.repeat(80) } })).toEqual(
      [],
    );
  });
});

describe('Get started', () => {
  it('needs every checklist item confirmed, and says how many are left', () => {
    expect(messagesAt('getStarted', 'checklist', { getStarted: { checklist: [] } })).toEqual([
      'Checklist: confirm each item before you go on (4 still to confirm).',
    ]);
    expect(
      messagesAt('getStarted', 'checklist', {
        getStarted: { checklist: ['huntGroups', 'noPendingOrders', 'serviceActive'] },
      }),
    ).toEqual(['Checklist: confirm each item before you go on (1 still to confirm).']);
  });

  it('passes with every item confirmed, in any order', () => {
    expect(
      stepMessages('getStarted', {
        checklist: ['noFreeze', 'serviceActive', 'noPendingOrders', 'huntGroups'],
      }),
    ).toEqual([]);
  });
});

describe('Location and number type', () => {
  it.each([
    ['country', 'Country or region: choose United States or Canada.'],
    ['numberType', 'Number type: choose geographic or toll-free.'],
    ['assignedTo', 'Numbers assigned to: choose users or services.'],
  ] as const)('needs %s answered', (field, message) => {
    const location = { ...validAnswers().location, [field]: '' };
    expect(stepMessages('location', location)).toEqual([{ field, message }]);
    expect(stepMessages('location', validAnswers().location)).toEqual([]);
  });

  it('accepts Canada, toll-free and service numbers', () => {
    expect(
      stepMessages('location', { country: 'CA', numberType: 'tollFree', assignedTo: 'services' }),
    ).toEqual([]);
  });

  it('refuses an answer that is not one of the choices', () => {
    expect(
      stepMessages('location', { country: 'UK', numberType: 'geographic', assignedTo: 'users' }),
    ).toEqual([{ field: 'country', message: expect.any(String) }]);
  });
});

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
    const required: [keyof AccountAnswers, string][] = [
      [
        'orderName',
        'Order name: give the order a name you will recognize, such as "Seattle main office".',
      ],
      ['carrierName', 'Current carrier: enter the name of the carrier the numbers are with now.'],
      [
        'accountNumber',
        "Account number: enter the account number from the current carrier's bill.",
      ],
      ['btn', 'BTN: enter the billing telephone number from the carrier bill.'],
      [
        'companyName',
        "Company name: enter it exactly as on the carrier's customer service record.",
      ],
      [
        'authName',
        'Authorizing person: enter the name of the person authorized on the carrier account.',
      ],
      ['authTitle', 'Job title: enter the authorizing person’s job title.'],
      ['authPhone', 'Phone: enter a number where the authorizing person can be reached.'],
      ['authEmail', 'E-mail: enter the authorizing person’s e-mail address.'],
      ['street', 'Street: enter the service address, where the numbers are in service.'],
      ['city', 'City: enter the service address city.'],
      [
        'notificationEmails',
        'Notification e-mails: enter at least one address to be told of progress.',
      ],
    ];

    it.each(required)('needs %s', (field, message) => {
      expect(messagesAt('account', field, { account: { [field]: '' } })).toEqual([message]);
      expect(messagesAt('account', field)).toEqual([]);
    });

    it.each(required.filter(([field]) => field !== 'accountNumber'))(
      'treats blanks as missing in %s',
      (field, message) => {
        expect(messagesAt('account', field, { account: { [field]: '   ' } })).toEqual([message]);
      },
    );

    it('reports every required field of an empty account step', () => {
      const fields = stepMessages('account', structuredClone(emptyAnswers.account)).map(
        (i) => i.field,
      );
      for (const [field] of required) expect(fields).toContain(field);
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
      expect(messagesAt('account', 'btn', { account: { btn } })).toEqual([
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
      expect(messagesAt('account', 'btn', { account: { btn } })).toEqual([message]);
    });

    it('accepts a North American E.164 number', () => {
      expect(messagesAt('account', 'btn', { account: { btn: '+12125550123' } })).toEqual([]);
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
      expect(messagesAt('account', 'carrierPin', { account: { includesMobile: true } })).toEqual([
        needed,
      ]);
    });

    it('is satisfied by a PIN already sealed for the order', () => {
      expect(
        messagesAt(
          'account',
          'carrierPin',
          { account: { carrierNeedsPin: true, includesMobile: true } },
          true,
        ),
      ).toEqual([]);
    });

    it('is satisfied by a PIN typed in the form, not by a blank one', () => {
      const account = { ...validAnswers().account, includesMobile: true };
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
          includesMobile: false,
        }),
      ).toEqual([]);
    });
  });

  describe('authorizing person contact', () => {
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
        messagesAt('account', 'notificationEmails', {
          account: { notificationEmails: 'dana@contoso.com; nope; it@contoso' },
        }),
      ).toEqual([
        'Notification e-mails: "nope" is not an e-mail address.',
        'Notification e-mails: "it@contoso" is not an e-mail address.',
      ]);
    });

    it('hints at the semicolon when addresses are separated by commas or spaces', () => {
      expect(
        messagesAt('account', 'notificationEmails', {
          account: { notificationEmails: 'dana@contoso.com, it@contoso.com' },
        }),
      ).toEqual([
        'Notification e-mails: separate addresses with ; (semicolon), not commas or spaces ("dana@contoso.com, it@contoso.com").',
      ]);
      expect(
        messagesAt('account', 'notificationEmails', {
          account: { notificationEmails: 'a@contoso.com b@contoso.com; c@contoso.com' },
        }),
      ).toEqual([
        'Notification e-mails: separate addresses with ; (semicolon), not commas or spaces ("a@contoso.com b@contoso.com").',
      ]);
    });

    it('does not hint at the semicolon when a comma-separated part is not an address either', () => {
      expect(
        messagesAt('account', 'notificationEmails', {
          account: { notificationEmails: 'dana@contoso.com, nope' },
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
        messagesAt('account', 'notificationEmails', { account: { notificationEmails } }),
      ).toEqual([]);
    });

    it.each([';', ' ; ; '])(
      'needs at least one address when the list is only separators ("%s")',
      (notificationEmails) => {
        expect(
          messagesAt('account', 'notificationEmails', { account: { notificationEmails } }),
        ).toEqual(['Notification e-mails: enter at least one address to be told of progress.']);
      },
    );
  });

  describe('service address', () => {
    it('asks for the country first when none is chosen', () => {
      const patch: Patch = { location: { country: '' } };
      expect(messagesAt('account', 'region', patch)).toEqual([
        'State or province: first choose the country on the Location and number type step.',
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
        location: { country: 'CA' },
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
        location: { country: 'CA' },
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

    it('warns of an authorizing person over 15 characters', () => {
      expect(accountWarnings(account('Contoso', 'Alexandra Johnson'))).toEqual([
        {
          field: 'authName',
          message:
            'Authorizing person is 17 characters; the admin center keeps the first 15 ("Alexandra Johns").',
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
          loa: { signature: 'y'.repeat(30) },
        }),
      ).toEqual([]);
    });
  });
});

describe('Numbers', () => {
  const list = (summary: Partial<NumbersSummary>, patch: Patch = {}) =>
    messagesAt('numbers', 'numbers', patch, false, { ...validNumbers, ...summary });

  it('needs at least one number', () => {
    expect(list({ total: 0, usable: 0, groups: [], btnListed: false })).toEqual([
      'Numbers: add at least one phone number to port.',
    ]);
  });

  it('needs every error fixed and every repeat removed, saying how many', () => {
    expect(list({ total: 5, errors: 1 })).toEqual([
      'Numbers: 1 line has an error; fix or remove it.',
    ]);
    expect(list({ total: 9, errors: 3, duplicates: 2 })).toEqual([
      'Numbers: 3 lines have an error; fix or remove them.',
      'Numbers: 2 numbers are in the list twice; remove the repeats.',
    ]);
  });

  it('asks for a split when the list mixes countries or number types', () => {
    const groups: NumbersSummary['groups'] = [
      { country: 'US', kind: 'geographic', count: 10 },
      { country: 'CA', kind: 'geographic', count: 3 },
      { country: 'US', kind: 'tollFree', count: 1 },
    ];
    expect(list({ groups })).toEqual([
      'Numbers: the list mixes 10 United States geographic, 3 Canadian geographic, 1 toll-free numbers; an order holds one country and one number type. Split it into 3 orders.',
    ]);
  });

  it('needs the numbers to be of the country and type chosen on Location', () => {
    expect(list({ groups: [{ country: 'CA', kind: 'geographic', count: 2 }] })).toEqual([
      'Numbers: they are Canadian numbers, but the order is for the United States (Location and number type).',
    ]);
    expect(list({ groups: [{ country: 'US', kind: 'tollFree', count: 2 }] })).toEqual([
      'Numbers: they are toll-free numbers, but the order is for geographic numbers (Location and number type).',
    ]);
    expect(
      list(
        { groups: [{ country: 'CA', kind: 'tollFree', count: 2 }] },
        { location: { country: 'CA', numberType: 'tollFree' } },
      ),
    ).toEqual([]);
  });

  it('accepts the valid list', () => {
    expect(stepMessages('numbers', validAnswers().numbers)).toEqual([]);
  });

  describe('port type and the BTN', () => {
    const portMessages = (patch: Patch, btnListed: boolean) =>
      messagesAt('numbers', 'portType', patch, false, { ...validNumbers, btnListed });

    it('needs the port type', () => {
      expect(portMessages({ numbers: { portType: '' } }, true)).toEqual([
        'Port type: say whether all the numbers on the account move, or only some.',
      ]);
    });

    it('needs the BTN in the list of a full port', () => {
      expect(portMessages({ numbers: { portType: 'full' } }, false)).toEqual([
        'Port type: a full port moves every number on the account, so the BTN +14255550100 must be in the list. Add it, or choose "Only some numbers".',
      ]);
      expect(portMessages({ numbers: { portType: 'full' } }, true)).toEqual([]);
    });

    it('refuses the BTN in the list of a partial port', () => {
      expect(portMessages({ numbers: { portType: 'partial', leftBehind: 'keep' } }, true)).toEqual([
        'Port type: in a partial port the BTN +14255550100 stays with the current carrier. Remove it from the list, or choose "All numbers on the account".',
      ]);
    });

    it('needs to know what happens to the numbers left behind in a partial port', () => {
      expect(
        messagesAt(
          'numbers',
          'leftBehind',
          { numbers: { portType: 'partial', leftBehind: '' } },
          false,
          { ...validNumbers, btnListed: false },
        ),
      ).toEqual([
        'Numbers left behind: say whether they stay with the current carrier or are disconnected.',
      ]);
    });

    it.each(['keep', 'disconnect'] as const)(
      'passes a partial port without the BTN that says the rest %s',
      (leftBehind) => {
        expect(
          issuesOf({ numbers: { portType: 'partial', leftBehind } }, false, {
            ...validNumbers,
            btnListed: false,
          }),
        ).toEqual([]);
      },
    );
  });
});

describe('Transfer date', () => {
  const dateMessages = (desiredDate: string) =>
    messagesAt('transfer', 'desiredDate', { transfer: { desiredDate } });

  it('needs a date', () => {
    expect(dateMessages('')).toEqual([
      'Desired date: choose the day you want the numbers to move.',
    ]);
  });

  it.each(['2026-13-01', '12/01/2026', '2026-12-1', 'tomorrow', '2026-02-30'])(
    'refuses the malformed date "%s"',
    (desiredDate) => {
      expect(dateMessages(desiredDate)).toEqual(['Desired date: choose a date from the calendar.']);
    },
  );

  it.each([
    ['2026-12-05', 'Saturday, December 5, 2026'],
    ['2026-12-06', 'Sunday, December 6, 2026'],
  ])('refuses the weekend day %s', (desiredDate, long) => {
    expect(dateMessages(desiredDate)).toEqual([
      `Desired date: ${long} is a weekend; ports happen on US business days.`,
    ]);
  });

  it('refuses a federal holiday, naming it', () => {
    expect(dateMessages('2026-12-25')).toEqual([
      'Desired date: Friday, December 25, 2026 is Christmas Day, a US federal holiday; ports do not happen then.',
    ]);
  });

  it('refuses the weekday a weekend holiday is observed on', () => {
    expect(dateMessages('2027-07-05')).toEqual([
      'Desired date: Monday, July 5, 2027 is Independence Day (observed), a US federal holiday; ports do not happen then.',
    ]);
  });

  it('refuses a business day earlier than 7 days from today', () => {
    for (const desiredDate of ['2026-11-24', '2026-11-27', '2026-11-20']) {
      expect(dateMessages(desiredDate)).toEqual([
        'Desired date: choose Monday, November 30, 2026 or later; carriers need at least 7 days.',
      ]);
    }
  });

  it('accepts the earliest allowed date, and later business days', () => {
    for (const desiredDate of ['2026-11-30', '2026-12-01', '2027-07-06'])
      expect(dateMessages(desiredDate)).toEqual([]);
  });

  it('needs a start time from the list', () => {
    const timeMessages = (startTime: string) =>
      messagesAt('transfer', 'startTime', { transfer: { startTime } });
    for (const startTime of ['', '07:30', '9:00', '09:15', '18:30']) {
      expect(timeMessages(startTime)).toEqual([
        'Start time: choose when the transfer should start (Eastern time).',
      ]);
    }
    for (const startTime of ['08:00', '12:30', '18:00'])
      expect(timeMessages(startTime)).toEqual([]);
  });

  it('offers every half hour from 8:00 AM to 6:00 PM', () => {
    expect(startTimes).toHaveLength(21);
    expect(startTimes[0]).toEqual({ value: '08:00', label: '8:00 AM' });
    expect(startTimes.find((t) => t.value === '12:30')?.label).toBe('12:30 PM');
    expect(startTimes.at(-1)).toEqual({ value: '18:00', label: '6:00 PM' });
  });
});

describe('Letter of authorization', () => {
  it('needs every statement ticked, and says how many are left', () => {
    expect(messagesAt('loa', 'statements', { loa: { statements: [] } })).toEqual([
      'Statements: tick each statement to authorize the port (4 still to tick).',
    ]);
    expect(
      messagesAt('loa', 'statements', { loa: { statements: ['authorized', 'matchesRecord'] } }),
    ).toEqual(['Statements: tick each statement to authorize the port (2 still to tick).']);
    expect(messagesAt('loa', 'statements')).toEqual([]);
  });

  it('needs a signature', () => {
    for (const signature of ['', '   ']) {
      expect(messagesAt('loa', 'signature', { loa: { signature } })).toEqual([
        'Signature: type the authorizing person’s full name.',
      ]);
    }
  });

  it('needs the signature to be the authorizing person on Account information', () => {
    expect(messagesAt('loa', 'signature', { loa: { signature: 'Dana Smyth' } })).toEqual([
      'Signature: type the authorizing person’s name exactly as on Account information ("Dana Smith").',
    ]);
    expect(messagesAt('loa', 'signature', { loa: { signature: 'Dana' } })).toEqual([
      'Signature: type the authorizing person’s name exactly as on Account information ("Dana Smith").',
    ]);
  });

  it('ignores case and extra spaces in the signature', () => {
    for (const signature of ['dana smith', '  DANA   Smith ', 'Dana\tSmith'])
      expect(messagesAt('loa', 'signature', { loa: { signature } })).toEqual([]);
  });

  it('asks for the authorizing person first when Account information has none', () => {
    expect(
      messagesAt('loa', 'signature', {
        account: { authName: '  ' },
        loa: { signature: 'Dana Smith' },
      }),
    ).toEqual(['Signature: first enter the authorizing person on the Account information step.']);
  });

  describe('signatureMatches', () => {
    it.each([
      ['Dana Smith', 'Dana Smith'],
      ['dana smith', 'Dana Smith'],
      ['  Dana   SMITH ', 'Dana Smith'],
      ['Dana Smith', ' dana  smith '],
    ])('"%s" signs for "%s"', (signature, authName) => {
      expect(signatureMatches(signature, authName)).toBe(true);
    });

    it.each([
      ['Dana', 'Dana Smith'],
      ['Dana Smyth', 'Dana Smith'],
      ['DanaSmith', 'Dana Smith'],
      ['', ''],
      ['  ', ' '],
      ['Dana Smith', ''],
    ])('"%s" does not sign for "%s"', (signature, authName) => {
      expect(signatureMatches(signature, authName)).toBe(false);
    });
  });
});

describe('regionCode', () => {
  it.each([
    ['US', 'Washington', 'WA'],
    ['US', 'wa', 'WA'],
    ['US', 'WA', 'WA'],
    ['US', '  new york ', 'NY'],
    ['US', 'District of Columbia', 'DC'],
    ['CA', 'Ontario', 'ON'],
    ['CA', 'qc', 'QC'],
  ] as const)('reads %s "%s" as %s', (country, text, code) => {
    expect(regionCode(country, text)).toBe(code);
  });

  it.each([
    ['US', 'ON'],
    ['US', 'Ontario'],
    ['CA', 'WA'],
    ['US', ''],
    ['US', 'Wash.'],
  ] as const)('finds no %s region in "%s"', (country, text) => {
    expect(regionCode(country, text)).toBe('');
  });
});

describe('NANP numbers', () => {
  describe('digitsToE164', () => {
    it.each([
      ['(425) 555-6776', '+14255556776'],
      ['4255556776', '+14255556776'],
      ['1 425 555 6776', '+14255556776'],
      ['+1-425-555-6776', '+14255556776'],
    ])('reads "%s" as %s', (text, e164) => {
      expect(digitsToE164(text)).toBe(e164);
    });

    it.each(['425555677', '24255556776', '142555567760', '', 'no digits'])(
      'reads nothing from "%s"',
      (text) => {
        expect(digitsToE164(text)).toBeUndefined();
      },
    );
  });

  describe('nanpProblem', () => {
    it.each([
      ['+1425555', 'is not +1 followed by 10 digits'],
      ['4255550100', 'is not +1 followed by 10 digits'],
      ['+10255550100', 'has area code 025, but area codes start with 2 to 9'],
      ['+11255550100', 'has area code 125, but area codes start with 2 to 9'],
      ['+14955550100', 'has area code 495, which is not a North American area code'],
      ['+14251550100', 'has exchange 155, but exchanges start with 2 to 9'],
      ['+14252110100', 'has exchange 211, a service code (like 411 or 911), not a phone number'],
      ['+14259110100', 'has exchange 911, a service code (like 411 or 911), not a phone number'],
    ])('finds %s %s', (e164, problem) => {
      expect(nanpProblem(e164)).toBe(problem);
    });

    it.each(['+14255550100', '+12125550123', '+16135550100', '+18005550100', '+14252120100'])(
      'finds nothing wrong with %s',
      (e164) => {
        expect(nanpProblem(e164)).toBeUndefined();
      },
    );
  });
});

describe('carrierPinSchema', () => {
  it.each([
    ['', 'Carrier PIN: enter the PIN your current carrier gave you.'],
    ['   ', 'Carrier PIN: enter the PIN your current carrier gave you.'],
    ['a'.repeat(21), 'Carrier PIN: use at most 20 characters.'],
    ['12-34', 'Carrier PIN: use only letters and digits, as the carrier gave it.'],
    ['12 34', 'Carrier PIN: use only letters and digits, as the carrier gave it.'],
    ['1234!', 'Carrier PIN: use only letters and digits, as the carrier gave it.'],
  ])('refuses "%s", the first message (the one the field shows) saying why', (pin, message) => {
    const result = carrierPinSchema.safeParse(pin);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('gives one message for each non-blank refusal', () => {
    for (const pin of ['a'.repeat(21), '12-34'])
      expect(carrierPinSchema.safeParse(pin).error?.issues).toHaveLength(1);
  });

  it.each([
    ['1234', '1234'],
    [' Ab12cd ', 'Ab12cd'],
    ['a'.repeat(20), 'a'.repeat(20)],
  ])('accepts "%s" as "%s"', (pin, parsed) => {
    expect(carrierPinSchema.safeParse(pin)).toEqual({ success: true, data: parsed });
  });
});

describe('saveOrderStepInputSchema (autosave)', () => {
  const save = (input: object) =>
    saveOrderStepInputSchema.safeParse({ id: randomUUID(), ...input });

  it('accepts each step with its own half-typed answers', () => {
    for (const step of answerStepIds)
      expect(save({ step, values: structuredClone(emptyAnswers[step]) }).success).toBe(true);
    expect(save({ step: 'account', values: validAnswers().account }).success).toBe(true);
  });

  it('refuses an unknown step, and Review, which holds no answers', () => {
    for (const step of ['bogus', 'review']) {
      const result = save({ step, values: {} });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['step']);
    }
  });

  it("refuses another step's answers", () => {
    expect(save({ step: 'transfer', values: emptyAnswers.location }).success).toBe(false);
  });

  it('refuses an extra key in the answers or beside them', () => {
    const inValues = save({
      step: 'transfer',
      values: { desiredDate: '', startTime: '', carrierPin: '1234' },
    });
    expect(inValues.error?.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        keys: ['carrierPin'],
        path: ['values'],
      }),
    ]);
    const beside = save({
      step: 'transfer',
      values: { desiredDate: '', startTime: '' },
      extra: true,
    });
    expect(beside.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['extra'], path: [] }),
    ]);
  });

  it('refuses over-long text, at the field, with the size', () => {
    const account = {
      ...structuredClone(emptyAnswers.account),
      orderName: 'x'.repeat(81),
      region: 'WAS',
    };
    expect(
      save({ step: 'account', values: account }).error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([
      [['values', 'orderName'], 'Use at most 80 characters.'],
      [['values', 'region'], 'Use at most 2 characters.'],
    ]);
    // The list itself never travels with an autosave: it has its own channel and file.
    const numbers = { ...emptyAnswers.numbers, numbersText: '4255550100' };
    expect(save({ step: 'numbers', values: numbers }).success).toBe(false);
    expect(
      save({ step: 'account', values: { ...account, orderName: 'x'.repeat(80), region: 'WA' } })
        .success,
    ).toBe(true);
  });

  it('refuses a bad id', () => {
    expect(
      saveOrderStepInputSchema.safeParse({
        id: 'not-a-uuid',
        step: 'loa',
        values: emptyAnswers.loa,
      }).success,
    ).toBe(false);
  });
});
