// Text helpers for the coach. Every offset is a JavaScript string (UTF-16) index, the same unit
// RegExp match indices use, so nothing here ever needs to count code points.

/** Ends a sentence: Western and CJK full stops, question and exclamation marks, line breaks. */
const SENTENCE_END = /[.!?…。！？\n]/;

export interface Span {
  start: number;
  end: number;
}

/** The sentence around [start, end): from after the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to += 1;
  while (to < text.length && SENTENCE_END.test(text.charAt(to)) && text.charAt(to) !== '\n') {
    to += 1;
  }
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  return { start: from, end: to };
}

/** Every sentence of the text, in order, found in one pass. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    if (!SENTENCE_END.test(text.charAt(index))) {
      index += 1;
      continue;
    }
    while (
      index < text.length &&
      SENTENCE_END.test(text.charAt(index)) &&
      text.charAt(index) !== '\n'
    ) {
      index += 1;
    }
    if (text.charAt(index) === '\n') index += 1;
    spans.push({ start, end: index });
    start = index;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** The sentence holding `index`, by binary search over sentenceSpans' result. */
export function sentenceAt(spans: readonly Span[], index: number): Span {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((spans[middle]?.start ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return spans[low] ?? { start: 0, end: 0 };
}

const OPENING_QUOTES = new Set(['"', '“', '„', '«', '「', '『']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '」', '』']);

/**
 * Whether `index` sits inside quotation marks within its sentence. Quoting the partner's words
 * ("when you said 'whatever', I felt dismissed") is how an I-statement names what hurt, so the
 * quoted words are not the writer's own blame or contempt.
 */
export function isInsideQuotes(text: string, sentenceStart: number, index: number): boolean {
  let open = false;
  for (let position = sentenceStart; position < index; position += 1) {
    const character = text.charAt(position);
    if (character === '"') open = !open;
    else if (OPENING_QUOTES.has(character)) open = true;
    else if (CLOSING_QUOTES.has(character)) open = false;
  }
  return open;
}

/**
 * Words before a phrase, in the same sentence, that show the writer is talking about the phrase
 * rather than saying it: "I'm not saying you always…", "instead of saying it's your fault…".
 */
const DISTANCING =
  /\b(?:not saying|never said|didn['’]t say|did not say|don['’]t want to say|won['’]t say|will not say|not going to say|instead of saying|rather than saying|used to say|stop saying|try(?:ing)? not to (?:say|tell you)|not that|it['’]s not that|i don['’]t think|i do not think|i don['’]t believe|i won['’]t pretend|i[' ’]?m not going to pretend|i can['’]t pretend|i used to tell myself|i used to think|i used to believe|i used to feel|i told myself|i kept telling myself|i would tell myself|the lie that|the excuse that|pretending|pretended|pretend)\b/i;

/** Whether the sentence text before the phrase distances the writer from it. */
export function isDistanced(before: string): boolean {
  return DISTANCING.test(before);
}

/** Lower-case text of the clause after `index`, up to the next comma, dash or sentence end. */
export function clauseAfter(text: string, index: number): string {
  const rest = text.slice(index);
  const stop = rest.search(/[,;:.!?…。！？\n—–]|\s-\s|\bbut\b|\band\b/i);
  return (stop === -1 ? rest : rest.slice(0, stop)).trim();
}
