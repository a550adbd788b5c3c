import { docLinks, isAllowedExternalUrl } from '@shared/external-links';
import { describe, expect, it } from 'vitest';

describe('external links', () => {
  it('allows only https links to the allowlisted public docs', () => {
    for (const url of Object.values(docLinks)) expect(isAllowedExternalUrl(url)).toBe(true);
    expect(isAllowedExternalUrl('http://learn.microsoft.com/x')).toBe(false);
    expect(isAllowedExternalUrl('https://learn.microsoft.com.evil.example/x')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@learn.microsoft.com/x')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});
