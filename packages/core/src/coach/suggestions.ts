// Calmer wordings in an "I feel … when … I need …" shape. Where the message names what happened,
// the suggestion keeps it, so the person recognises their own point said more gently.

/** The words after "you always/never": at most one clause and twelve words, no end mark. */
export function actionAfter(text: string, index: number): string {
  const rest = text.slice(index);
  const stop = rest.search(/[,;:.!?…。！？\n—–()]|\s-\s|\s(?:and|but|so|because|which)\s/i);
  const clause = (stop === -1 ? rest : rest.slice(0, stop)).trim();
  const wordsOf = clause.split(/\s+/).filter((word) => word !== '');
  return wordsOf.slice(0, 12).join(' ');
}

/** The need that fits what the message is about, or a general one. */
export function needFor(action: string): string {
  const lower = action.toLowerCase();
  if (/\b(?:listen|hear|hearing|ignore|interrupt)/.test(lower)) return 'I need to feel heard.';
  if (/\b(?:tell|text|call|answer|phone|message|late|where)/.test(lower)) {
    return 'I need to know where things stand, so I can feel safe.';
  }
  if (/\b(?:help|do anything|clean|cook|kids|children|house)/.test(lower)) {
    return 'I need us to share this more evenly.';
  }
  if (/\b(?:sorry|apologi[sz]e|admit)/.test(lower)) {
    return 'I need to hear that you understand how this hurt me.';
  }
  if (/\b(?:time|home|work|phone|busy|away)/.test(lower)) {
    return 'I need some time with you that feels like ours.';
  }
  return 'I need us to talk about it together.';
}

const PAST_TENSE_IRREGULAR: Readonly<Record<string, string>> = {
  was: 'be',
  were: 'be',
  did: 'do',
  had: 'have',
  said: 'say',
  told: 'tell',
  came: 'come',
  went: 'go',
  made: 'make',
  took: 'take',
  gave: 'give',
  thought: 'think',
  felt: 'feel',
  left: 'leave',
  kept: 'keep',
  put: 'put',
  let: 'let',
  got: 'get',
  stood: 'stand',
  asked: 'ask',
  called: 'call',
  listened: 'listen',
  helped: 'help',
  answered: 'answer',
  noticed: 'notice',
  cared: 'care',
  tried: 'try',
  showed: 'show',
  offered: 'offer',
  stayed: 'stay',
  wanted: 'want',
  texted: 'text',
  apologised: 'apologise',
  apologized: 'apologize',
  admitted: 'admit',
  stopped: 'stop',
  planned: 'plan',
  checked: 'check',
  looked: 'look',
  followed: 'follow',
  remembered: 'remember',
};

/**
 * "listen to me" after "never" becomes "don’t listen to me" and a past verb the coach knows
 * becomes "didn’t ask"; a past verb it does not know gives null, and the general wording is used
 * rather than a sentence with broken grammar.
 */
function negated(action: string): string | null {
  const [first = '', ...rest] = action.split(' ');
  const lower = first.toLowerCase();
  const base = PAST_TENSE_IRREGULAR[lower];
  if (base) return ['didn’t', base, ...rest].join(' ');
  if (/ed$/.test(lower)) return null;
  if (/^(?:am|are|is|be)$/.test(lower)) return ['aren’t', ...rest].join(' ');
  if (/^(?:can|will|would|could|should)$/.test(lower)) return [`${lower}n’t`, ...rest].join(' ');
  if (/^(?:have|has)$/.test(lower)) return ['haven’t', ...rest].join(' ');
  return ['don’t', first, ...rest].join(' ');
}

/** What the partner does, said of this one time: "you don’t listen to me", "you’re late". */
function whenClause(negative: boolean, action: string, beForm: boolean): string | null {
  if (beForm) return negative ? `you’re not ${action}` : `you’re ${action}`;
  if (!negative) return `you ${action}`;
  const turned = negated(action);
  return turned ? `you ${turned}` : null;
}

/** "You never listen to me" → "I feel hurt when you don't listen to me. I need to feel heard." */
export function fromGeneralisation(word: string, action: string, beForm: boolean): string {
  const when = action === '' ? null : whenClause(word.toLowerCase() === 'never', action, beForm);
  return when ? `I feel hurt when ${when}. ${needFor(action)}` : GENERAL.criticism;
}

/** When nothing in the message can be kept, a general wording for the kind. */
export const GENERAL = {
  criticism:
    'I feel hurt when this happens, and it keeps coming up for me. I need us to talk about this one time, not everything at once.',
  blame:
    'I feel hurt and angry when I think about how we got here. I need us to look at it together, without deciding first whose fault it is.',
  contempt:
    'I feel so angry and hurt right now. I need a moment, and then I want to tell you what hurt me.',
  sarcasm:
    'I feel frustrated when this happens, and I’m finding it hard to say so plainly. I need us to talk about it straight.',
  defensiveness:
    'I feel defensive when I hear this, and I don’t want that to drown out what you’re telling me. I need a moment to listen before I explain.',
  stonewalling:
    'I feel overwhelmed right now. I need a pause of about twenty minutes, and then I’ll come back to this with you.',
  minimization:
    'I feel uneasy when we talk about what I did, and I don’t want to make it smaller than it is. I need to hear how it hurt you.',
  feelings:
    'I feel unsure how to respond when you’re this hurt. I need a little time to understand it, and I want to hear more.',
} as const;
