/**
 * The guides ask for a full account of the facts (who, when, how long, how it ended) and warn
 * that graphic sexual detail wounds without helping: it leaves images the hurt partner cannot
 * unsee. This finds the words that describe sex explicitly (body parts in a sexual sense, named
 * acts, bodily detail) so the editor can warn gently. It never blocks: the writer decides.
 *
 * Plain factual wording is not flagged: "we slept together", "we had sex twice", "we kissed",
 * "it was physical" say what happened without showing it, which is what the account needs.
 */
export interface ExplicitDetailFinding {
  /** UTF-16 offsets into the text, as the browser's selection APIs count them. */
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
}

// Word stems matched at a word start; each is explicit on its own in an account of an affair.
const EXPLICIT_STEMS = [
  'penis',
  'vagina',
  'vulva',
  'clitor',
  'genital',
  'nipple',
  'breasts',
  'erection',
  'orgasm',
  'ejaculat',
  'semen',
  'masturbat',
  'fellatio',
  'cunnilingus',
  'blowjob',
  'blow job',
  'handjob',
  'hand job',
  'oral sex',
  'anal sex',
  'went down on',
  'go down on',
  'going down on',
  'fingered',
  'fingering',
  'sex position',
  'positions we',
  'moaned',
  'moaning',
  'turned me on',
  'turned her on',
  'turned him on',
  'naked body',
  'her body felt',
  'his body felt',
  'undressed',
  'on top of me',
  'on top of her',
  'on top of him',
  'dick',
  'cock',
  'pussy',
  'tits',
  'boobs',
  'came inside',
  'horny',
  'kinky',
] as const;

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${EXPLICIT_STEMS.map((stem) => stem.replaceAll(' ', '\\s+')).join('|')})[\\p{L}]*`,
  'giu',
);

// Slang that starts ordinary words ("cocktail", "Dickens", "cumulative"): only the whole word.
const WHOLE_WORD_ONLY = new Set(['dick', 'cock', 'tits']);

export function findExplicitDetail(text: string): ExplicitDetailFinding[] {
  const findings: ExplicitDetailFinding[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const phrase = match[0];
    const lower = phrase.toLowerCase();
    const stem = EXPLICIT_STEMS.find((candidate) =>
      lower.replace(/\s+/gu, ' ').startsWith(candidate),
    );
    if (stem && WHOLE_WORD_ONLY.has(stem) && !/^(?:dicks?|cocks?|tits)$/u.test(lower)) continue;
    const start = match.index;
    findings.push({ start, end: start + phrase.length, phrase });
  }
  return findings;
}

/** Whether the text drifts into explicit description (the editor's gentle warning). */
export function drawsExplicitDetail(text: string): boolean {
  return findExplicitDetail(text).length > 0;
}
