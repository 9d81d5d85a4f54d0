import type { PrimitiveType } from 'react-intl';
import type { MessageId } from './catalogues.ts';
import { useLanguageState } from './language-store.ts';

export type Translate = (id: MessageId, values?: Record<string, PrimitiveType>) => string;

/**
 * The one way views read a message: ids are typed against the English catalogue, so a missing id
 * fails the type check, and the catalogue test finds every id in its call of `t`. Reading the
 * language store (not a React context) keeps components usable without a provider in tests.
 */
export function useT(): Translate {
  const { intl } = useLanguageState();
  return (id, values) => intl.formatMessage({ id }, values);
}
