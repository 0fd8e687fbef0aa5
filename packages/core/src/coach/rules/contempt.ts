import { GENERAL } from '../suggestions.js';
import { type CoachRule, negatedJustBefore, words } from './rule.js';

const INSULT_EXPLANATION =
  'Insults land as disrespect, and they make it hard for your partner to hear anything else you say.';
const MOCKERY_EXPLANATION =
  'Sarcasm and mockery can read as scorn, even when you mean them lightly, and scorn is hard to come back from.';

const INSULTS =
  '(?:pathetic|disgusting|an idiot|idiot|a moron|moron|a loser|loser|a joke|a liar|liar|a cheat|cheat|a cheater|cheater|a coward|coward|a child|a baby|a narcissist|narcissist|a psycho|psycho|a pig|pig|a monster|a clown|clown|a fool|fool|stupid|worthless|spineless|a failure|a waste of space|an embarrassment|a creep|creep|a snake|snake|a fraud|fraud|a hypocrite|hypocrite|a jerk|jerk|dumb|a mess|weak|a weakling|a sad little \\w+|nothing|a piece of \\w+|unbelievable|ridiculous|despicable|vile|repulsive|a disgrace|a nobody|trash|garbage|scum)';

/** "You're pathetic", "you liar", "you're such a joke". */
const nameCalling: CoachRule = {
  kind: 'contempt',
  pattern: words(
    `\\byou(?:'re| are)?(?: such| so| just| really| nothing but| the most| a total| a complete| an absolute| a real| a| an)* ${INSULTS}\\b`,
  ),
  explanation: INSULT_EXPLANATION,
  excuse: (match) => negatedJustBefore(match.before),
  suggest: () => GENERAL.contempt,
};

/** Disgust and dismissal of the person: "you disgust me", "who would want you". */
const disgust: CoachRule = {
  kind: 'contempt',
  pattern: words(
    '\\b(?:you disgust me|you make me sick|who would (?:ever )?want you|no one (?:else )?would (?:ever )?(?:want|put up with) you|nobody (?:else )?would (?:ever )?(?:want|put up with) you|shut up|get a life|cry me a river|boo-? ?hoo|poor (?:little )?(?:you|baby)|oh,? the poor (?:thing|baby)|big surprise|real mature|how convenient|slow clap|well done,? genius|nice going,? genius|good job,? (?:genius|einstein)|what a shocker|you wish|in your dreams|oh please|spare me the|sad excuse for an?|such (?:an idiot|a loser|a liar|a coward|a fool|a joke|a child|a baby|a hypocrite|a fraud|a creep|a jerk|a moron))\\b',
  ),
  explanation: MOCKERY_EXPLANATION,
  excuse: (match) => negatedJustBefore(match.before),
  suggest: () => GENERAL.sarcasm,
};

/** Phrases that are mockery only when they open the sentence: "As if.", "Grow up." */
const openingMockery: CoachRule = {
  kind: 'contempt',
  pattern: words(
    '\\b(?:as if|grow up|yeah,? right|sure you (?:did|are|do|were|will|would|have|can)|give me a break|spare me|oh,? (?:great|perfect|brilliant|wonderful),? (?:another|so now|now you|just what|here we go)|wow,? (?:thanks a lot|real nice|just wow|nice one)|oh,? so now you care|what a (?:shock|shocker|surprise)|what an? (?:joke|loser|liar|coward|idiot|fool|hypocrite|fraud|child|baby)|heaven forbid|congratulations,? you)\\b',
  ),
  sentenceStart: true,
  explanation: MOCKERY_EXPLANATION,
  suggest: () => GENERAL.sarcasm,
};

/** Written eye-rolls: "*rolls eyes*", "smh", 🙄, 😒. */
const eyeRoll: CoachRule = {
  kind: 'contempt',
  pattern:
    /\*\s*(?:eye ?rolls?|rolls? (?:my )?eyes|rolling (?:my )?eyes|sighs?|scoffs?|snorts?)\s*\*|\beye ?roll\b|\bsmh\b|\u{1F644}|\u{1F612}|\u{1F611}/giu,
  explanation: MOCKERY_EXPLANATION,
  suggest: () => GENERAL.sarcasm,
};

export const CONTEMPT_RULES: readonly CoachRule[] = [nameCalling, disgust, openingMockery, eyeRoll];
