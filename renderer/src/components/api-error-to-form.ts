import { errorWords } from '@shared/error-words';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError } from '../api';

/**
 * Shows main's refusal where the admin looks: at the field it names when the form
 * has that field, else as the form's own error (`errors.root`).
 */
export function showApiError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  error: unknown,
): void {
  const message = errorWords(error);
  const field = error instanceof ApiError ? fields.find((f) => f === error.field) : undefined;
  setError(field ?? 'root', { message });
}
