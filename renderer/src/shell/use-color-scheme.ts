import type { ThemePreference } from '@shared/schemas/settings';
import { useSyncExternalStore } from 'react';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** 'dark' or 'light': the admin's choice, or the OS's when the choice is System (and live as the OS changes). */
export function useColorScheme(preference: ThemePreference = 'system'): 'light' | 'dark' {
  const osDark = useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
  if (preference !== 'system') return preference;
  return osDark ? 'dark' : 'light';
}
