/**
 * Ends a sentence with a full stop unless its last word already brings one: "Saved
 * Contoso Pharmaceuticals, Inc." must not read "Inc..".
 */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
