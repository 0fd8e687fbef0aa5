import { LOCALE } from './dates';
import { messages } from './en';
import type { PluralMessage } from './plural';

export { formatCalendarDate, formatDate, formatDateTime, LOCALE, todayInTimeZone } from './dates';

type Messages = typeof messages;

/** Every dotted path in the messages object that ends in a string or a plural message. */
type MessagePaths<T> = {
  [K in keyof T & string]: T[K] extends string | PluralMessage ? K : `${K}.${MessagePaths<T[K]>}`;
}[keyof T & string];

export type MessageKey = MessagePaths<Messages>;
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Intl.PluralRules(LOCALE);

function lookup(key: MessageKey): string | PluralMessage | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && node !== null && 'plural' in node) return node as PluralMessage;
  return undefined;
}

function choosePluralForm(message: PluralMessage, count: number): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  return pluralRules.select(count) === 'one' ? message.one : message.other;
}

/** For keys built from server data (such as next-step names), which may be unknown to us. */
export function hasMessage(key: string): key is MessageKey {
  return lookup(key as MessageKey) !== undefined;
}

/**
 * Translates a message key. `{name}` in the message is replaced by `params.name`; plural
 * messages pick their form from `params.count`.
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const message = lookup(key);
  if (message === undefined) return key;
  const count = params.count;
  const text =
    typeof message === 'string'
      ? message
      : choosePluralForm(message, typeof count === 'number' ? count : Number.NaN);
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}
