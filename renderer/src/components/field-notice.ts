import { createContext, useContext } from 'react';

/**
 * Notes on fields that come from outside the form's rules (after a rejection: "check this
 * against the carrier's record"). Shown as a warning where the field has no error of its own.
 */
export const FieldNoticeContext = createContext<ReadonlyMap<string, string>>(new Map());

/** The outside note on a field, if any. */
export function useFieldNotice(name: string): string | undefined {
  return useContext(FieldNoticeContext).get(name);
}
