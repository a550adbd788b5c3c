// The countries and their words, without their schema: the Port orders page shows them at
// start, and this module keeps zod out of the first screen's JavaScript (`npm run bench`).

/** The countries PortDesk ports numbers in, and each one's name in the forms the app writes it. */
export const countryWords = {
  US: {
    /** In a list of choices, on Review. */
    name: 'United States',
    /** Where space is short: a table column, a split order's name. */
    short: 'US',
    /** Before "geographic" where space is short: "2 US geographic". */
    adjective: 'US',
    /** Before "geographic" in a rule's sentence: "10 United States geographic". */
    formalAdjective: 'United States',
    /** Inside a sentence: "the order is for the United States". */
    inSentence: 'the United States',
  },
  CA: {
    name: 'Canada',
    short: 'Canada',
    adjective: 'Canadian',
    formalAdjective: 'Canadian',
    inSentence: 'Canada',
  },
} as const;

export const countryIds = ['US', 'CA'] as const;
export type Country = (typeof countryIds)[number];
