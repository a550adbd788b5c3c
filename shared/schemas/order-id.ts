import { z } from 'zod';

/**
 * An order id as the page sends it: any case is read, and it becomes the canonical lower
 * case main stores, so `C4AF…` and `c4af…` can never name two orders.
 */
export const orderIdInput = z
  .uuid({ error: 'Port order: that order does not exist.' })
  .transform((id) => id.toLowerCase());
