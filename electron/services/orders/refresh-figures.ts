import { canEditAnswers } from '@shared/order/lifecycle';

import { allClaims } from './number-claims';
import type { NumbersService } from './numbers-service';
import type { OrderRepository } from './order-repository';

/**
 * At start-up, each order still being drafted gets the figures of its list as it reads
 * today. An order's own list cannot disagree with it (the repository writes the list
 * first), but another order's list may have taken or given up one of its numbers since,
 * or a crash may have come between two orders' writes (a split, a recreate).
 * Submitted orders keep the figures they were sent with: their lists no longer change.
 */
export function refreshDraftFigures(
  repo: OrderRepository,
  numbers: NumbersService,
  logError: (message: string, error: unknown) => void,
): void {
  // Every order's numbers looked up once, not once a draft (quadratic at 10,000 orders).
  const others = allClaims(repo);
  for (const record of repo.all()) {
    if (record.deletedAt !== undefined || !canEditAnswers(record.status)) continue;
    const { figures } = numbers.prepare(
      record.id,
      repo.listSource(record.id),
      record.answers.btn.btn,
      record.answers.btn.replacementBtn,
      others(record.id),
    );
    if (JSON.stringify(figures) === JSON.stringify(record.numbers)) continue;
    try {
      repo.touch(record.id, () => ({ numbers: figures, progress: undefined }));
    } catch (error) {
      // Read-only disk at start-up: the figures are worked out again at the next start.
      logError(`Could not refresh the figures of order ${record.id}`, error);
    }
  }
}
