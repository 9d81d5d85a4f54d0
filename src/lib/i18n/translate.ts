import type { ReactNode } from 'react';
import type { IntlShape, PrimitiveType } from 'react-intl';
import type { MessageId } from './catalogues.ts';
import { isMessage, type Message, type MessageValues } from './message.ts';

export type RichValues = Record<string, PrimitiveType | ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/**
 * Words a message: `t(id, values)`, or `t.message(descriptor)` for a `Message` built by logic.
 * Values that are messages themselves are worded first, in the same language. `t.rich` keeps
 * markup inside one translatable sentence ("Grant <code>{permission}</code> on …"): tags in the
 * message are filled by functions of `values`, so no sentence is ever cut into fragments.
 */
export interface Translate {
  (id: MessageId, values?: MessageValues): string;
  message: (message: Message) => string;
  rich: (id: MessageId, values: RichValues) => ReactNode;
}

export function translateWith(intl: IntlShape): Translate {
  const word = (id: MessageId, values?: MessageValues): string => {
    if (!values) return intl.formatMessage({ id });
    const flat: Record<string, PrimitiveType> = {};
    for (const [key, value] of Object.entries(values)) flat[key] = isMessage(value) ? t.message(value) : value;
    return intl.formatMessage({ id }, flat);
  };
  const t = Object.assign(word, {
    message: (m: Message) => word(m.id, m.values),
    // react-intl returns an array of nodes for rich values; React renders it as a fragment.
    rich: (id: MessageId, values: RichValues): ReactNode => intl.formatMessage({ id }, values) as ReactNode,
  });
  return t;
}
