import { GENERAL } from '../suggestions.js';
import { type CoachRule, context, isWarm, negatedJustBefore, words } from './rule.js';

const EXPLANATION =
  'Putting the cause on your partner tends to start an argument about fault rather than a conversation about what you both need.';

/** Someone else said it is not your fault: the person is repeating reassurance, not blaming. */
const REASSURED_BEFORE = context(
  '\\b(?:says|said|told me|tells me|reminded me|remind myself|realise|realize|realised|realized|learning|learned|learnt|know now|understand now)\\b',
);

const fault: CoachRule = {
  kind: 'blame',
  pattern: words(
    "\\b(?:(?:it|this|that|all this|everything|all of this)(?:'s| is| was) (?:all |entirely |completely |totally |really )?your (?:own )?fault|your fault|i blame you|you(?:'re| are) (?:the (?:reason|one to blame|cause)|to blame))\\b",
  ),
  explanation: EXPLANATION,
  excuse: (match) =>
    negatedJustBefore(match.before) ||
    /\b(?:not|n['’]t|never)\b/.test(match.phrase.toLowerCase()) ||
    context("\\b(?:whose|no one's|nobody's|neither|not)\\b").test(match.before) ||
    isWarm(match.after) ||
    REASSURED_BEFORE.test(match.before),
  suggest: () => GENERAL.blame,
};

/** "You made me do it", "you drove me to it", "because of you". */
const causedBy: CoachRule = {
  kind: 'blame',
  pattern: words(
    "\\b(?:you made me (?:do|cheat|act|say|go|look|lie|react|behave|snap|yell|shout|lose|turn|this|that|like this|leave|stray|want)|you drove me (?:to|away|into|there)|you pushed me (?:to|into|away|there)|because of you|thanks to you|(?:this|it|that|all this|all of this|this whole thing|the whole thing|everything)(?:'s| is| was) (?:all )?on you|you(?:'re| are) the one who (?:made|drove|pushed|started|ruined|caused|wrecked)|you (?:caused|created) (?:this|all|it|everything|the)|you(?:'re| are) responsible for (?:all|this|it|everything|what)|you made it (?:impossible|too hard) (?:for me )?to|(?:pushed|drove) me (?:away|to it|into)|your (?:\\w+ ){0,2}(?:is|was) (?:why|the reason) i|(?:happened|cheated|strayed|did it|did what i did|looked elsewhere|went elsewhere|went looking) because you|you made me feel [^.!?]{0,40}?(?:that|so|until) i (?:went|looked|had|needed|turned|started|found|did|cheated|strayed)|you (?:ruined|destroyed|wrecked) (?:this|us|everything|our|my|it|the)|you brought this on|you started (?:it|this|all this|all of this|all that)|you gave me no choice|you left me no choice|what did you expect)\\b",
  ),
  explanation: EXPLANATION,
  excuse: (match) =>
    negatedJustBefore(match.before) ||
    (/^(?:because of you|thanks to you)$/i.test(match.phrase) && isWarm(match.after)),
  suggest: () => GENERAL.blame,
};

/** A consequence the partner is held to: "…, I wouldn't have…", "none of this…". */
const CONSEQUENCE = context(
  "\\b(?:wouldn't|would not|would never|never would|none of this|this never|we'd still|i'd never|i'd not|none of it|we wouldn't)\\b",
);
/** "If you hadn't told me, I'd never have known": grateful, not blaming. */
const KNOWING = context(
  '\\b(?:know|known|knew|found out|learn|learned|learnt|understood|heard)\\b',
);

const ifYouHad: CoachRule = {
  kind: 'blame',
  pattern: words(
    "\\bif (?:only )?you(?:'d| had| hadn't| had not| would have| would've| were| weren't| was| wasn't| didn't| did not| had just| had only| just| only| paid| listened| cared| noticed)\\b",
  ),
  explanation: EXPLANATION,
  excuse: (match) => {
    const restOfSentence = `${match.before} ${match.after}`;
    return !CONSEQUENCE.test(restOfSentence) || KNOWING.test(match.after);
  },
  suggest: () => GENERAL.blame,
};

export const BLAME_RULES: readonly CoachRule[] = [fault, causedBy, ifYouHad];
