import { actionAfter, fromGeneralisation, GENERAL } from '../suggestions.js';
import { type CoachRule, context, isAppreciationBefore, isWarm, words } from './rule.js';

const GENERALISATION_EXPLANATION =
  '“Always” and “never” turn one moment into a verdict on who your partner is, so they tend to defend themselves instead of hearing the hurt.';
const CHARACTER_EXPLANATION =
  'Describing your partner’s character rather than what they did usually makes them defend themselves instead of listening.';

/** After "you never", words that make it a reassurance: "you never have to hide it from me". */
const NEVER_REASSURING = context(
  '^(?:have to|had to|need to|needed to|been anything but|been anything other than|been anything less than|know|knew|deserved|gave up|give up|stopped (?:trying|loving|caring|showing)|let me down|judged|judge|failed|fail|once made me|made me feel (?:small|stupid|alone|bad)|hurt me before|lose|lost)\\b',
);

/** A clause about the writer's own response: "…, I want to answer with more patience". */
const I_STATEMENT = context(
  "\\bi(?:'ll| will| want| feel| felt| love| try| remember| notice| am|'m| get| think)\\b",
);

/** "You always/never …", "you're always …", "every time you …". */
const generalisation: CoachRule = {
  kind: 'criticism',
  pattern: words(
    "\\b(?:you(?:'re| are| were|'ve| have| can| will)? (?:always|never|constantly|forever)(?: once| ever)?|every (?:single )?time you|every (?:single )?time (?:i|we) [^,.!?;]{1,40}?,? you)\\b",
  ),
  explanation: GENERALISATION_EXPLANATION,
  excuse: (match) => {
    const lower = match.phrase.toLowerCase();
    if (isAppreciationBefore(match.before)) return true;
    const after = match.after.trimStart();
    if (/\bnever\b/.test(lower)) return NEVER_REASSURING.test(after);
    // "You can always come to me" offers something; it does not describe the partner.
    if (/\bcan\b|\bwill\b/.test(lower)) return true;
    // "Every time you ask, I want to answer better": what follows is about the writer.
    if (/^every/.test(lower) && I_STATEMENT.test(after)) return true;
    return isWarm(after);
  },
  suggest: (match) => {
    const lower = match.phrase.toLowerCase();
    const word = /\bnever\b/.test(lower) ? 'never' : 'always';
    const beForm = /\b(?:you['’]re|you are|you were)\b/.test(lower);
    const action = actionAfter(match.text, match.end);
    return fromGeneralisation(word, action, beForm);
  },
};

/** "You're so selfish", "you're the kind of person who…". */
const character: CoachRule = {
  kind: 'criticism',
  pattern: words(
    "\\byou(?:'re| are)(?: so| such a| such an| just| really| being| completely| totally| always| too| a| an)* (?:selfish|lazy|thoughtless|inconsiderate|careless|self-absorbed|self-centered|self-centred|cold|heartless|useless|hopeless|irresponsible|immature|unreliable|controlling|needy|clingy|impossible|incapable|untrustworthy|dishonest|manipulative|the kind of (?:person|man|woman|partner) who|the type (?:of person )?who|the problem)\\b",
  ),
  explanation: CHARACTER_EXPLANATION,
  suggest: () => GENERAL.criticism,
};

/** Rhetorical questions and labels about the partner as a person. */
const characterQuestions: CoachRule = {
  kind: 'criticism',
  pattern: words(
    "\\b(?:what(?:'s| is) wrong with you|why (?:do|can't|won't|don't) you ever|why are you (?:always|so|like this)|why can't you (?:just )?be (?:normal|honest|decent|a (?:decent|normal|good))|you only (?:ever )?(?:care|think) about yourself|(?:anyone|anybody|anything|no one|nobody) (?:but|except|other than) yourself|you (?:only|just) care about yourself|typical of you|typical you|that's so like you|(?:just|exactly) like your (?:father|mother|dad|mom|mum|ex)|you(?:'re| are) incapable of|what kind of (?:person|man|woman|husband|wife|partner) (?:does|would|did)|you can't (?:ever|even) do (?:anything|one thing)|you never think of anyone|you don't know how to (?:love|listen|be|care|treat|apologi[sz]e|talk|tell)|you (?:ruin|spoil|wreck) (?:every|everything|all))\\b",
  ),
  explanation: CHARACTER_EXPLANATION,
  suggest: (match) => {
    const action = actionAfter(match.text, match.end);
    return action !== '' && /\bever\b/i.test(match.phrase)
      ? fromGeneralisation('never', action, false)
      : GENERAL.criticism;
  },
};

export const CRITICISM_RULES: readonly CoachRule[] = [
  generalisation,
  character,
  characterQuestions,
];
