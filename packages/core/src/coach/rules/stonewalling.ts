import { GENERAL } from '../suggestions.js';
import { type CoachRule, context, namesATimeOut, negatedJustBefore, words } from './rule.js';

const EXPLANATION =
  'Shutting the conversation down can leave your partner alone with it; naming a pause and a time to come back feels very different.';

/** "Whatever." as a brush-off; "whatever you need" or "ask me whatever you want" is openness. */
const whatever: CoachRule = {
  kind: 'stonewalling',
  pattern: words(
    "\\bwhatever\\b(?=\\s*(?:[.!,…?]|$)|\\s+(?:you (?:say|want|think)|i don't care|then|man|dude))",
  ),
  explanation: EXPLANATION,
  excuse: (match) =>
    context(
      '\\b(?:ask|tell|know|need|needs|help|share|hear|answer|with|for|to|about|take|takes|try|of|in|read|see)(?: me| you| us| it)? ?$',
    ).test(match.before),
  suggest: () => GENERAL.stonewalling,
};

/** Ending the conversation with no way back named. */
const shutDown: CoachRule = {
  kind: 'stonewalling',
  pattern: words(
    "\\b(?:i(?:'m| am) done (?:talking|discussing|with this|with you|with this conversation|here|explaining)|(?:this|the) conversation is over|i(?:'m| am) not (?:talking|discussing|doing|having|getting into) (?:about )?(?:this|it|that)|i(?:'m| am) not (?:talking|speaking) to you|don't (?:talk|speak) to me|i(?:'m| am) finished with (?:this|you|talking)|i don't want to hear (?:it|this|that|any more|anymore|another word)|conversation (?:over|finished|done)|i(?:'m| am) not in the mood (?:for this|to talk)|just drop it|i (?:don't|do not|won't|will not|refuse to) (?:want to )?(?:talk|discuss|go over|go into|get into) (?:about )?(?:this|it|that)|i(?:'m| am) not (?:going to|gonna) (?:talk|discuss|answer|explain|do this)|leave me alone|talk to the hand|i(?:'ve| have)?(?: got)? nothing (?:more |else )?to say|end of (?:discussion|story|conversation)|no comment|i(?:'m| am) not answering (?:that|this|you|any more)|we(?:'re| are) not doing this|there's nothing (?:to talk about|more to say)|i(?:'m| am) not listening|stop talking to me|i(?:'m| am) out of here|i don't care)\\b",
  ),
  explanation: EXPLANATION,
  excuse: (match) =>
    namesATimeOut(match.following) ||
    context('\\b(?:pause|break|need (?:a|some) (?:minute|moment|time|space))\\b').test(
      match.before,
    ) ||
    (/\bcare\b/i.test(match.phrase) &&
      !context(
        '^ ?(?:[.!,…]|$|anymore|any more|what you|about (?:this|any of this|your|it|that))',
      ).test(match.after)) ||
    context(
      "\\b(?:not that|it's not that|pretend|pretended|acted like|seemed like|look like)\\b",
    ).test(match.before),
  suggest: () => GENERAL.stonewalling,
};

/** Brush-offs that are stonewalling only when they are the whole answer: "Fine.", "Forget it." */
const brushOff: CoachRule = {
  kind: 'stonewalling',
  pattern: words(
    "\\b(?:fine|forget it|never mind|nevermind|don't bother|i'm done|i am done|i'm out|k|whatever|drop it|go away|do what you (?:want|like))\\b(?=\\s*(?:[.!…]|$))",
  ),
  sentenceStart: true,
  explanation: EXPLANATION,
  excuse: (match) => negatedJustBefore(match.before) || namesATimeOut(match.following),
  suggest: () => GENERAL.stonewalling,
};

export const STONEWALLING_RULES: readonly CoachRule[] = [whatever, shutDown, brushOff];
