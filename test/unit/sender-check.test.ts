import { createSenderCheck } from '@main/sender-check';
import { describe, expect, it } from 'vitest';

describe('the IPC sender check', () => {
  const isTrusted = createSenderCheck('app://portdesk/index.html');
  it('accepts the app main frame on any of its pages', () => {
    expect(isTrusted({ url: 'app://portdesk/index.html', isMainFrame: true })).toBe(true);
    expect(isTrusted({ url: 'app://portdesk/other.html#x', isMainFrame: true })).toBe(true);
  });
  it.each([
    { url: 'app://portdesk/index.html', isMainFrame: false },
    { url: 'app://evil/index.html', isMainFrame: true },
    { url: 'https://portdesk/index.html', isMainFrame: true },
    { url: 'file:///index.html', isMainFrame: true },
    { url: 'about:blank', isMainFrame: true },
    { url: '', isMainFrame: true },
  ])('refuses $url (main frame: $isMainFrame)', (sender) => {
    expect(isTrusted(sender)).toBe(false);
  });
});
