import { z } from 'zod';

import { countryIds, countryWords } from './country-words';

export { type Country, countryIds, countryWords } from './country-words';

export const countrySchema = z.enum(countryIds, {
  error: `Country: choose ${countryWords.US.name} or ${countryWords.CA.name}.`,
});
