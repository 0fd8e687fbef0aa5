import { GENERAL } from '../suggestions.js';
import { type CoachRule, context, negatedJustBefore, type RuleMatch, words } from './rule.js';

const AFFAIR_EXPLANATION =
  'Making the affair sound small can feel like the hurt is being dismissed, and usually makes it larger.';
const FEELINGS_EXPLANATION =
  'Calling your partner’s reaction too much tells them their hurt is the problem, which tends to deepen it.';

/** What an affair is made small with: "it was just a few texts", "only a kiss". */
const SMALL_THINGS =
  '(?:a |an |some |one |the )?(?:few |couple of |little |bit of |silly |stupid |harmless |meaningless |stupid little |innocent )*(?:fling|kiss|kisses|times|few times|one-?time thing|text|texts|texting|message|messages|flirt|flirting|sex|physical|mistake|phase|once|one time|twice|lunch|lunches|coffee|coffees|drink|drinks|friend|friends|friendship|chat|chats|chatting|talking|online|emotional|fun|game|nothing|hook-?up|night|weekend|crush|distraction|attention|photos?|pictures?|app|dinner|dinners|work thing|thing)';

/** "We were just friends until March": the start of the story, not a defence of it. */
const STORY_GOES_ON = context(
  '^ ?(?:until|till|before|at first|in the beginning|then|at the start)\\b',
);

const itWasJust: CoachRule = {
  kind: 'minimization',
  pattern: words(
    `\\b(?:it|that|this|she|he|they|we)(?:'s| is| was| were| are) (?:just|only|merely|simply|nothing but|nothing more than|no more than) ${SMALL_THINGS}\\b`,
  ),
  explanation: AFFAIR_EXPLANATION,
  excuse: (match) =>
    context(
      '\\b(?:i (?:used to )?(?:tell|told|kept telling) myself|i pretended|i tried to believe|the lie|said|says|told me|thinks|claimed|called it|not)\\b',
    ).test(match.before) || STORY_GOES_ON.test(match.after),
  suggest: () => GENERAL.minimization,
};

const meantNothing: CoachRule = {
  kind: 'minimization',
  pattern: words(
    "\\b(?:(?:it|that|this|she|he|they|the affair|sex|the sex|the texting|any of it) (?:didn't|did not|doesn't|does not|never) (?:mean|meant) (?:anything|a thing|much|that much|nothing)|(?:it|that|she|he|they) meant nothing|(?:it|that|this) (?:wasn't|was not|isn't|is not) (?:a|that|such a|that big (?:of )?a|even a) (?:big )?deal|(?:(?:you(?:'re| are)|stop|quit|why are you) making|don't make) (?:such |too )?(?:a )?big (?:a )?deal|it wasn't (?:even )?(?:physical|sex|an affair|cheating|serious|real|a real affair)|we (?:didn't|never|did not) even (?:sleep together|have sex|kiss|slept together|kissed|meet|met)|nothing (?:really|even) happened|(?:it's|it is|it was|that's|that is|that was) not (?:that |such )?(?:a )?big (?:a )?deal|no big deal|(?:acting|act|behaving) like (?:i|it's|this is|it was) (?:killed|murdered|the end of the world|a crime)|making (?:this|it|things) (?:way |much |so much )?bigger than|all (?:the|this|that) drama|(?:stop|quit) dwelling|it's not like (?:i|we) (?:slept|had sex|left|fell in love|did anything|ran off)|everybody (?:does it|cheats)|everyone (?:does it|cheats))\\b",
  ),
  explanation: AFFAIR_EXPLANATION,
  excuse: (match) =>
    context(
      "\\b(?:i (?:used to )?(?:tell|told|kept telling) myself|i pretended|i tried to believe|the lie|i claimed|you're not|you are not|you aren't|never said|i know it|i can't say|i won't say|i won't tell you|i'm not going to say|i will not say)\\b",
    ).test(match.before),
  suggest: () => GENERAL.minimization,
};

/** Moving on on the partner's behalf: "get over it", "why are you still upset". */
/** "I don't know how to move on", "we'll let it go together": the writer's own struggle. */
const OWN_STRUGGLE_BEFORE = context(
  "\\b(?:i|i'll|i'm|i am|we|we'll|i've|me|myself|how to|help me|trying to)\\b",
);

function isOwnStruggle(match: RuleMatch): boolean {
  return !/\byou\b/i.test(match.phrase) && OWN_STRUGGLE_BEFORE.test(match.before.slice(-25));
}

const moveOn: CoachRule = {
  kind: 'minimization',
  pattern: words(
    "\\b(?:(?:just |you (?:need|have|should|ought|got) to (?:just )?|why can't you (?:just )?|can't you (?:just )?|time to (?:just )?|when will you (?:just )?|will you (?:just )?)(?:get over it|get past it|move on|let it go)|get over it already|move on already|let it go already|let's just move on|let's just forget (?:it|about it|this)|why are you still (?:upset|angry|bringing (?:this|it|that) up|on about|talking about|hurt|crying|mad|going on)|(?:you keep|stop|quit) bringing (?:it|this|that) up|(?:it's|it is|that's|that is|that was|it was) (?:all )?(?:in the past|ancient history|old news|water under the bridge|over and done)|it's been (?:months|a year|years|long enough|ages) already|how long (?:are you going to|will you|do i have to) (?:keep |hold |punish |pay )?)\\b",
  ),
  explanation: FEELINGS_EXPLANATION,
  excuse: (match) => negatedJustBefore(match.before) || isOwnStruggle(match),
  suggest: () => GENERAL.minimization,
};

/** An order to be over it, as the whole sentence: "Get over it." */
const overItOrder: CoachRule = {
  kind: 'minimization',
  pattern: words(
    '\\b(?:get over it|get past it|move on|let it go|forget about it)\\b(?=\\s*(?:[.!…,]|$|already))',
  ),
  sentenceStart: true,
  explanation: FEELINGS_EXPLANATION,
  suggest: () => GENERAL.minimization,
};

/** Calling the partner's feelings too much: "you're overreacting", "stop being so sensitive". */
const tooMuch: CoachRule = {
  kind: 'minimization',
  pattern: words(
    "\\b(?:you(?:'re| are) (?:just |totally |completely |way )?(?:over-?reacting|being (?:(?:too|so|a bit|a little|way too|really|ridiculously) )?(?:dramatic|sensitive|paranoid|hysterical|emotional|ridiculous|irrational|crazy)|(?:too|so|way too) (?:sensitive|dramatic|emotional)|paranoid|hysterical|crazy|imagining things|making (?:this|it|things) up|blowing (?:this|it|things) (?:way )?out of proportion)|(?:stop|quit) (?:overreacting|being (?:so )?(?:dramatic|sensitive|paranoid|emotional))|(?:just |you need to |will you just )calm down)\\b",
  ),
  explanation: FEELINGS_EXPLANATION,
  excuse: (match) =>
    negatedJustBefore(match.before) ||
    context('\\b(?:afraid|worried|scared|worry|fear|feel like|felt like|think i|i know)\\b').test(
      match.before,
    ),
  suggest: () => GENERAL.feelings,
};

export const MINIMIZATION_RULES: readonly CoachRule[] = [
  itWasJust,
  meantNothing,
  moveOn,
  overItOrder,
  tooMuch,
];
