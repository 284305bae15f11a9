import { useEffect } from 'react';
import type { ColorScheme } from '../../shared/domain';

/** Applies the light or dark theme to the document, following the system when asked to. */
export function useColorScheme(setting: ColorScheme): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = setting === 'dark' || (setting === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [setting]);
}
