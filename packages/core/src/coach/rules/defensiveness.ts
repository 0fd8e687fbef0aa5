import { GENERAL } from '../suggestions.js';
import { type CoachRule, context, isWarm, negatedJustBefore, words } from './rule.js';

const COUNTER_EXPLANATION =
  'Answering a hurt with a point about your partner can leave them feeling unheard, and the conversation turns into a contest.';
const EXCUSE_EXPLANATION =
  'Defending yourself first can sound as if their hurt matters less than being right, even when you don’t mean it that way.';

/** "At least I…", "what about you", "you do it too". */
const counterAttack: CoachRule = {
  kind: 'defensiveness',
  pattern: words(
    "\\b(?:at least i (?:didn't|did not|never|don't|do not|wasn't|was not|haven't|have not|'m not|am not|admitted|told|came clean|stayed|was honest|'m honest|tried|try|apologi[sz]ed|said sorry|own up|owned up)|what about (?:you|when you|the time you|the times you|all the times you|your|what you)|it's not like you (?:were|are|'re) (?:perfect|innocent|a saint|blameless)|well,? you (?:did|do|were|weren't|didn't) (?:it |that )?too|you do (?:it|that|the same) too|you do the same thing|you do exactly the same|you(?:'re| are) (?:not|no) (?:exactly )?(?:perfect|a saint|saint|an angel|angel|innocent)(?: either| yourself| here)|you(?:'re| are) no (?:saint|angel)|(?:yeah|yes|ok|okay|sure),? but (?:you|what about)|(?:i'm|i am) not the one who|you(?:'re| are) the one who (?:started|stopped|left|lied|cheated|walked|wanted|pushed|ignored|shut|forgot|didn't|never|always|broke|brought|kept|refused|yelled|shouted|picked|chose|went|said)|you would(?:'ve| have) done the same|anyone (?:else )?would have done)\\b",
  ),
  explanation: COUNTER_EXPLANATION,
  excuse: (match) => isWarm(match.after),
  suggest: () => GENERAL.defensiveness,
};

/** Someone the person trusts told them it was not their fault: repeating it is not defending. */
const REASSURED_BEFORE = context(
  '\\b(?:says|said|told me|tells me|reminded me|remind myself|realise|realize|realised|realized|learning|learned|learnt|know now|understand now|keep telling myself)\\b',
);

/** "I was only trying to explain, and I see it came out wrong": the writer owns it after all. */
const OWNING_IT_AFTER = context(
  "\\b(?:i see|i know|i understand|i realise|i realize|came out wrong|i'm sorry|i am sorry|sorry|my fault|i was wrong)\\b",
);

/** "It's not my fault", "I didn't do anything wrong", "don't blame me". */
const innocence: CoachRule = {
  kind: 'defensiveness',
  pattern: words(
    "\\b(?:(?:it's|it is|it was|that's|that is|that was) not (?:all )?my fault|(?:it|that|this) (?:isn't|wasn't) (?:all )?my fault|i (?:didn't|did not|haven't|have not) (?:do|done) anything wrong|i did nothing wrong|don't blame (?:me|this on me|it on me|that on me)|how is (?:this|that|it) my fault|why is (?:everything|this|it) (?:always )?my fault|stop (?:attacking|blaming|accusing) me|you(?:'re| are) (?:attacking|accusing|blaming|judging) me|don't put (?:this|it|that|all this|all of this)(?: all)? on me|i(?:'m| am) not the (?:bad guy|villain|bad one|bad person)|i had my reasons|i (?:was|am|'m) (?:trying|doing) my best,? (?:okay|ok|alright|so)|why are you (?:attacking|accusing|blaming) me|i (?:was|'m|am) (?:only|just) trying to|i (?:had|have) no choice|you(?:'re| are) twisting (?:my|everything)|you(?:'re| are) (?:just )?(?:looking for|trying to start|picking) (?:a fight|an argument|a fight again))\\b",
  ),
  explanation: EXCUSE_EXPLANATION,
  excuse: (match) =>
    REASSURED_BEFORE.test(match.before) ||
    negatedJustBefore(match.before) ||
    OWNING_IT_AFTER.test(match.after),
  suggest: () => GENERAL.defensiveness,
};

/** "I already apologised, what more do you want?" */
const apologyFatigue: CoachRule = {
  kind: 'defensiveness',
  pattern: words(
    "\\b(?:i(?:'ve| have)? already (?:said (?:i'm )?sorry|apologi[sz]ed|told you)|how many (?:more )?times do i have to|what more do you want(?: from me)?|i said i'm sorry,? (?:what|ok|okay|so|alright)|i've apologi[sz]ed (?:a (?:hundred|thousand|million)|so many|enough)|i've said sorry (?:a (?:hundred|thousand|million)|so many|enough))\\b",
  ),
  explanation: EXCUSE_EXPLANATION,
  excuse: (match) =>
    context("\\b(?:and i'll|and i will|happy to|again if|again whenever|as many times)\\b").test(
      match.after,
    ),
  suggest: () => GENERAL.defensiveness,
};

export const DEFENSIVENESS_RULES: readonly CoachRule[] = [counterAttack, innocence, apologyFatigue];
