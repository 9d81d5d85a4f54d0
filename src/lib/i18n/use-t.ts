import { useMemo } from 'react';
import { useLanguageState } from './language-store.ts';
import { translateWith, type Translate } from './translate.ts';

export type { Translate } from './translate.ts';

/**
 * The one way views read a message: ids are typed against the English catalogue, so a missing id
 * fails the type check, and the catalogue test finds every id in its call of `t`. Reading the
 * language store (not a React context) keeps components usable without a provider in tests.
 */
export function useT(): Translate {
  const { intl } = useLanguageState();
  return useMemo(() => translateWith(intl), [intl]);
}
