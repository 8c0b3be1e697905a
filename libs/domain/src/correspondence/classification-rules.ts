import type { ResponseOutcome, ReviewOutcome } from '../lifecycle/lifecycle.types';
import { SUGGESTED_KINDS, type SuggestedKind } from './correspondence.types';

/**
 * The phrases that tell what an authority's email is, one row each. To teach the classifier a
 * new phrase, add a row; nothing else changes.
 *
 * How the rows decide (classify.ts): every row whose phrase is found counts for its kind with its
 * weight; the kind with the strongest phrase wins. Between equally strong phrases the kind later
 * in a request's life wins, because later letters recall earlier ones ("following our extension,
 * here is our response"; "we have now completed the internal review of our response"). A phrase
 * found in a hypothetical sentence ("If we need to extend the deadline…") counts only as a HINT.
 * Rows marked `subject` are read in the subject, and only when it is the authority's own
 * (a "RE:" subject echoes ours).
 *
 * Phrases are matched case-insensitively against the email's own words with their spaces
 * collapsed and its rights-of-appeal paragraph left out (prose.ts).
 */

/** A phrase that settles the question almost alone. */
export const DECISIVE = 90;
/** A phrase that an email of this kind nearly always has and others rarely. */
export const STRONG = 80;
/** A phrase typical of the kind but found in others now and then. */
export const CLEAR = 70;
/** A phrase that leans towards the kind. */
export const TYPICAL = 50;
/** A phrase that only breaks a silence. */
export const HINT = 30;

export interface KindRule {
  kind: SuggestedKind;
  weight: number;
  phrase: RegExp;
  /** Read in the subject instead of the body. */
  subject?: true;
}

/** Kinds in the order a request lives through them: on equal weight, the later one wins. */
export const LIFECYCLE_ORDER: readonly SuggestedKind[] = [
  'other',
  ...SUGGESTED_KINDS.filter((kind) => kind !== 'other'),
];

export const KIND_RULES: readonly KindRule[] = [
  // Acknowledgements: receipt confirmed, a date or period promised.
  {
    kind: 'acknowledgement',
    weight: STRONG,
    phrase:
      /\backnowledg(?:e|es|ing) (?:the )?receipt\b|\b(?:we|i) (?:can )?confirm (?:the )?receipt\b/i,
  },
  {
    kind: 'acknowledgement',
    weight: STRONG,
    phrase:
      /\b(?:this|our) (?:email|e-mail|letter|message) (?:is to )?(?:acknowledges?|confirms?) (?:receipt|that (?:we|the \w+) (?:have|has) received)/i,
  },
  {
    kind: 'acknowledgement',
    weight: CLEAR,
    phrase:
      /\byour (?:\w+ ){0,4}request (?:has been|was|is being|has now been) (?:logged|registered|received|passed|allocated|assigned|forwarded|recorded)/i,
  },
  {
    kind: 'acknowledgement',
    weight: CLEAR,
    phrase:
      /\b(?:logged|registered|recorded) (?:it |your request |this |under )?(?:under|with|as) (?:the |our )?(?:reference|ref|case)|\b(?:i|we) have (?:logged|registered|recorded) (?:this|it|your (?:\w+ ){0,3}(?:request|email))\b|\bpassed (?:it|this|your (?:\w+ ){0,3}(?:request|email)) (?:on )?to\b/i,
  },
  {
    kind: 'acknowledgement',
    weight: CLEAR,
    phrase:
      /\b(?:we|i|the university|the college) (?:have|has) (?:now )?received your (?:\w+ ){0,5}(?:request|e-?mail|letter)/i,
  },
  {
    kind: 'acknowledgement',
    weight: CLEAR,
    phrase:
      /\b(?:we|i|the university|the college|who) (?:will|shall|aim to|should|must) (?:\w+ ){0,2}(?:respond|reply|provide (?:you with )?(?:a|our|the) response|send (?:you )?(?:a|our|the) response)\b[^.]{0,60}\b(?:within|no later than|promptly|by)\b/i,
  },
  {
    kind: 'acknowledgement',
    weight: CLEAR,
    phrase:
      /\b(?:is|are) (?:now )?being (?:processed|considered|dealt with|handled)\b|\bwill be (?:processed|dealt with|handled|considered) (?:in accordance with|under)\b/i,
  },
  {
    kind: 'acknowledgement',
    weight: HINT,
    phrase: /\bthank you for your (?:\w+ ){0,5}(?:request|e-?mail)/i,
  },
  {
    kind: 'acknowledgement',
    weight: CLEAR,
    phrase:
      /\byou (?:will|should) (?:receive|get|have) (?:a|our|the) (?:full )?(?:response|reply|answer)\b[^.]{0,40}\b(?:within|by|no later than)\b/i,
  },
  { kind: 'acknowledgement', weight: HINT, phrase: /\b(?:20|twenty) working days\b/i },
  { kind: 'acknowledgement', weight: CLEAR, phrase: /\backnowledg/i, subject: true },
  { kind: 'acknowledgement', weight: TYPICAL, phrase: /\b(?:receipt|received)\b/i, subject: true },

  // Clarification requests: the authority asks what we mean before the clock runs again.
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase:
      /\b(?:could|can|would|will) you (?:please |kindly )?(?:clarify|confirm (?:which|what|whether|exactly)|specify|be more specific|(?:let|tell) (?:us|me)(?: know)? (?:which|what|whether|exactly)|provide (?:more|further|some|additional) (?:detail|information|clarification))/i,
  },
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase: /\bplease (?:could you )?(?:clarify|specify|confirm (?:which|what|whether|exactly))/i,
  },
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase:
      /\b(?:would|could) you be able to (?:narrow|refine|clarify|confirm (?:which|what|whether)|specify|tell us (?:which|what|whether))|\bwould you mind (?:rephrasing|clarifying|confirming|explaining|specifying|letting us know|telling us)/i,
  },
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase:
      /\b(?:grateful|appreciate it|helpful|appreciated) if you (?:could|would|can) (?:please )?(?:clarify|specify|confirm|let us know|tell us)|^if you (?:could|would) (?:please )?(?:clarify|specify|let us know (?:which|what|whether))/i,
  },
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase: /\bwhen you (?:say|refer to|mention|write)\b[^.?]{0,80}\bdo you mean\b/i,
  },
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase:
      /\b(?:seek|seeking|ask for|asking for|request|requesting|need|require|requires) (?:some |further |a |your )?clarification\b/i,
  },
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase: /\bsection 1 ?\(3\)|\bregulation 9 ?\(2\)/i,
  },
  {
    kind: 'clarification-request',
    weight: STRONG,
    phrase:
      /\b(?:until|once|when) (?:we|the university|the college) (?:receive|have received|hear)[^.]{0,40}\bclarification/i,
  },
  {
    kind: 'clarification-request',
    weight: CLEAR,
    phrase: /\bwhat (?:exactly )?(?:do|did) you mean by\b|\bwhat is meant by\b/i,
  },
  {
    kind: 'clarification-request',
    weight: CLEAR,
    phrase:
      /\b(?:further|more|additional) (?:information|detail|details) (?:is |are )?(?:needed|required)\b/i,
  },
  {
    kind: 'clarification-request',
    weight: CLEAR,
    phrase:
      /\bin order to (?:identify|locate|find) the (?:information|records)\b|\bto (?:help|enable|allow) us (?:to )?(?:identify|locate|find)|\bplease provide (?:more|further|some|additional) (?:details?|information)\b/i,
  },
  { kind: 'clarification-request', weight: TYPICAL, phrase: /\bclarification\b/i },
  {
    kind: 'clarification-request',
    weight: HINT,
    phrase: /\b(?:narrow|refine|reduce) (?:down )?(?:the scope of )?your request\b/i,
  },
  { kind: 'clarification-request', weight: CLEAR, phrase: /\bclarif/i, subject: true },

  // Fees notices: a sum to pay before the authority answers.
  { kind: 'fee-notice', weight: STRONG, phrase: /\bfees? notice\b/i },
  // A sum in pounds to pay decides, even when the letter also says what it is "able to provide".
  {
    kind: 'fee-notice',
    weight: DECISIVE,
    phrase: /\b(?:fee|charge)(?: of| is| will be| would be) £ ?\d/i,
  },
  { kind: 'fee-notice', weight: STRONG, phrase: /(?<!your )\b(?:payment|sum|total) of £ ?\d/i },
  {
    kind: 'fee-notice',
    weight: STRONG,
    phrase: /\b(?:fee|charge) (?:is|will be) (?:payable|due|required)\b/i,
  },
  {
    kind: 'fee-notice',
    weight: STRONG,
    phrase: /\bsection 9\b(?! ?\(\d\)\s*of the (?:data|equality))/i,
  },
  { kind: 'fee-notice', weight: CLEAR, phrase: /\bregulation 8\b/i },
  {
    kind: 'fee-notice',
    weight: CLEAR,
    phrase: /\b(?:pay|paying|payment of) (?:the|this|a) (?:fee|charge)\b/i,
  },
  { kind: 'fee-notice', weight: CLEAR, phrase: /\bdisbursements?\b/i },
  {
    kind: 'fee-notice',
    weight: CLEAR,
    phrase:
      /\b(?:on|upon|following|after) (?:receipt of|receiving) (?:the |your )?(?:payment|fee)\b|\bonce (?:the )?(?:payment|fee) (?:is|has been) (?:received|paid)/i,
  },
  {
    kind: 'fee-notice',
    weight: CLEAR,
    phrase:
      /\bcheques? (?:should be )?(?:made )?payable\b|\bsort code\b|\bpay(?:ment)? (?:online|by card|by bank transfer)/i,
  },
  {
    kind: 'fee-notice',
    weight: STRONG,
    // Not "fees" alone: a subject names the request's topic, and tuition fees are a common one.
    phrase:
      /\bfees? notice\b|\bnotice of (?:fees?|charges?)\b|\b(?:fee|payment) (?:required|due)\b/i,
    subject: true,
  },

  // Extensions: more time, usually to weigh the public interest, often with a new date.
  {
    kind: 'extension',
    weight: DECISIVE,
    phrase:
      /\bpublic interest\b[^.]{0,120}\b(?:extend|extension|further time|additional time|more time|reasonable (?:period|time))|\b(?:extend|extension|further time|additional time|more time)\b[^.]{0,120}\bpublic interest/i,
  },
  {
    kind: 'extension',
    weight: DECISIVE,
    phrase: /\bsection 10 ?\(3\)|\bregulation 7 ?(?:\(1\))?(?=\W)/i,
  },
  {
    kind: 'extension',
    weight: STRONG,
    phrase:
      /\bextend(?:ing|ed)? (?:the )?(?:deadline|time ?(?:limit|frame|scale)|response (?:date|time|deadline|period)|period|date|time (?:for|to|available))/i,
  },
  {
    kind: 'extension',
    weight: STRONG,
    phrase:
      /\b(?:need|needs|require|requires|take|taking|requiring) (?:some |a little )?(?:further|additional|more|extra) time\b/i,
  },
  {
    kind: 'extension',
    weight: STRONG,
    phrase:
      /\b(?:now|instead) (?:aim(?:ing)?|expect(?:ing)?|intend(?:ing)?|hop(?:e|ing)|anticipat(?:e|ing)|plan(?:ning)?) to (?:respond|reply|provide|send|issue|complete|let you have|get)/i,
  },
  {
    kind: 'extension',
    weight: STRONG,
    phrase:
      /\b(?:unable|won'?t be able|(?:will )?not be able|not able|cannot|can ?not) to (?:\w+ ){0,5}(?:within|by|meet|make) (?:the )?(?:20|twenty|statutory|original|usual|normal|initial|deadline|time limit)/i,
  },
  {
    kind: 'extension',
    weight: STRONG,
    phrase:
      /\b(?:a |an )?(?:further|additional|extra) (?:\d{1,2}|ten|twenty|forty) working days\b/i,
  },
  { kind: 'extension', weight: CLEAR, phrase: /\bextension\b/i },
  {
    kind: 'extension',
    weight: CLEAR,
    phrase:
      /\b(?:new|revised) (?:deadline|response date|target date|date for (?:our |a )?response)\b/i,
  },
  {
    kind: 'extension',
    weight: TYPICAL,
    phrase: /\bdelay(?:ed)? (?:in|to) (?:responding|our response|the response)/i,
  },
  { kind: 'extension', weight: STRONG, phrase: /\bextend|\bextension\b/i, subject: true },
  { kind: 'extension', weight: CLEAR, phrase: /\bdelay/i, subject: true },

  // Responses: the answer, whatever it is.
  {
    kind: 'response',
    weight: DECISIVE,
    phrase:
      /\b(?:please (?:find|see)|i attach|i enclose|we attach|attached (?:is|are|please find)|enclosed (?:is|please find)|below is|here is) (?:attached |below |enclosed |herewith )?(?:the |our |my |a |this )?(?:(?:university|college|council|trust|school)'?s |formal |full |final )*(?:response|reply|decision|answer)s?\b(?! (?:date|deadline|time))/i,
  },
  {
    kind: 'response',
    weight: DECISIVE,
    phrase:
      /\bneither confirms? nor den(?:y|ies)\b|\bnot (?:obliged|required) to confirm or deny\b|\bduty to confirm or deny\b/i,
  },
  {
    kind: 'response',
    weight: DECISIVE,
    phrase:
      /\b(?:having|have|has) (?:now )?(?:completed|concluded|carried out|considered) (?:the|our|its) (?:public interest test|balancing test|consideration of the public interest)|\bpublic interest in maintaining the (?:exemption|exception)s? (?:outweighs|does not outweigh|is outweighed)/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\b(?:our|my|the university'?s|the college'?s) (?:full |formal |final )?(?:response|reply|answers?) (?:to your (?:\w+ ){0,5}(?:request|questions?) )?(?:is|are|can be found|is set out|are set out|follows?|is attached|is below|is provided|is as follows)/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\b(?:we are|i am) (?:now )?(?:able|in a position|pleased|happy|writing) to (?:respond|reply|provide|supply|release|disclose|send you)\b/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\b(?:does|do|did) not hold (?:the |any |this |that |such )?(?:recorded )?(?:information|records?|data|documents?)\b/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\binformation (?:you (?:have )?requested |requested )?(?:is|was) not held\b|\bno (?:recorded )?(?:information|records|data) (?:is |are |was |were )?held\b|\bholds? no (?:recorded )?(?:information|records|data)\b|\bno (?:such |relevant )?(?:information|records?|data|documents?) (?:exists?|(?:is|are|was|were) (?:held|found|located))\b/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\b(?:is|are|has been|have been|being|will be) withheld\b|\bwithholding (?:this|the|that|some|all|these|those)\b/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\bexempt from disclosure\b|\b(?:is|are|remains?)(?: therefore| also)? exempt (?:under|by virtue of)\b|\bengages? (?:the )?(?:exemption|exception)\b|\b(?:exemption|exception)s? (?:at|under|in) (?:section|regulation|s\.? ?\d|reg)/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase: /\bexceed(?:s|ed)? the (?:appropriate|cost) limit\b/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\bplease (?:find|see) (?:attached |below |enclosed )?(?:the |a |our )?(?:requested |relevant )?(?:information|data|documents?|figures|cop(?:y|ies)|spreadsheet|list|table|details)\b/i,
  },
  {
    kind: 'response',
    weight: STRONG,
    phrase:
      /\binformation (?:you (?:have )?(?:requested|asked for) |requested )?(?:is|has been|are) (?:attached|enclosed|provided|set out|included|listed|shown|given)\b/i,
  },
  { kind: 'response', weight: CLEAR, phrase: /\brefusal notice\b|\bvexatious\b/i },
  { kind: 'response', weight: CLEAR, phrase: /\bredact(?:ed|ions?)\b/i },
  {
    kind: 'response',
    weight: STRONG,
    phrase: /\b(?:provided|set out|given|included|listed) (?:in|within) the attached\b/i,
  },
  {
    kind: 'response',
    weight: CLEAR,
    phrase: /\b(?:does|do) hold (?:the |some |this )?(?:recorded )?information\b/i,
  },
  {
    kind: 'response',
    weight: CLEAR,
    phrase:
      /\b(?:answers?|responses?) to (?:each of )?your (?:questions|points)\b|\bin (?:response|answer|reply) to (?:your )?(?:question|part|point) \d/i,
  },
  {
    kind: 'response',
    weight: CLEAR,
    phrase:
      /\bi can confirm that (?:the university|the college|we|the council) (?:holds?|does hold)\b/i,
  },
  { kind: 'response', weight: CLEAR, phrase: /\bin response to your (?:\w+ ){0,4}request\b/i },
  {
    kind: 'response',
    weight: TYPICAL,
    phrase: /\bthe information (?:that )?you (?:requested|asked for)\b/i,
  },
  {
    kind: 'response',
    weight: CLEAR,
    phrase: /\b(?:response|decision|outcome|reply)\b/i,
    subject: true,
  },

  // Internal-review responses: the authority's second look at its answer.
  {
    kind: 'internal-review-response',
    weight: DECISIVE,
    phrase:
      /\b(?:have|has) (?:now )?(?:completed|concluded|carried out|conducted|undertaken|finished) (?:an?|the|my|our|your) (?:internal review\b|review (?:(?:that )?you (?:required|requested|asked for)|of (?:the|our|your) (?:\w+ )?(?:decision|response|handling|refusal)))/i,
  },
  {
    kind: 'internal-review-response',
    weight: DECISIVE,
    phrase:
      /\binternal review(?: of (?:your|the|our) (?:\w+ ){0,3}?(?:request|response|decision))? (?:has (?:now )?been|is now|was|has now been) (?:completed|concluded|carried out|conducted|undertaken|finished)\b/i,
  },
  {
    kind: 'internal-review-response',
    weight: DECISIVE,
    phrase:
      /\b(?:here is|please find|attached is|i am writing with|i set out|set out below|below is|this (?:letter|email) (?:sets out|contains|provides|gives)) (?:\w+ ){0,3}(?:outcome|result|findings|conclusions?|decision) of (?:the|my|our|your|this) internal review/i,
  },
  {
    kind: 'internal-review-response',
    weight: DECISIVE,
    phrase: /\b(?:i|we) (?:was|were|had) not (?:previously )?(?:been )?involved in\b/i,
  },
  {
    kind: 'internal-review-response',
    weight: STRONG,
    phrase:
      /\b(?:uphold|upholding|overturn|overturning|reverse|reversing) (?:the )?(?:original|initial|university'?s|college'?s) (?:decision|response|refusal|position)/i,
  },
  {
    kind: 'internal-review-response',
    weight: STRONG,
    phrase:
      /\b(?:original|initial) (?:decision|response|refusal) (?:is|was|has been|should be|has not been|is not|was not) (?:partially |partly )?(?:upheld|overturned|reversed|varied|maintained|confirmed)/i,
  },
  {
    kind: 'internal-review-response',
    weight: STRONG,
    phrase:
      /\b(?:complaint|appeal) (?:is|has been|was|is not|has not been|was not) (?:therefore |now |also )?(?:partially |partly )?upheld|\bnot (?:to )?uphold your (?:complaint|appeal)/i,
  },
  {
    kind: 'internal-review-response',
    weight: STRONG,
    phrase:
      /\b(?:i|we) have (?:now )?(?:decided to )?(?:partially |partly |fully )?(?:upheld|uphold|not upheld) (?:your|the) (?:complaint|appeal|request for (?:an )?(?:internal )?review)/i,
  },
  {
    kind: 'internal-review-response',
    weight: CLEAR,
    phrase:
      /\b(?:(?:i|we) have (?:now )?|having )(?:re-?considered|re-?examined|reviewed|looked again at) (?:the |your |our )?(?:original )?(?:request|response|decision|handling|case|refusal)/i,
  },
  {
    kind: 'internal-review-response',
    weight: CLEAR,
    phrase:
      /\breview(?:ing)? (?:officer|panel)\b|\bfollowing (?:the|your|our|an?|this) (?:internal )?review\b/i,
  },
  {
    // The reviews of FOISA, the EIR and the EISR by their sections.
    kind: 'internal-review-response',
    weight: CLEAR,
    phrase:
      /\b(?:section 20|section 21) of (?:the )?(?:FOISA|Freedom of Information \(Scotland\))|\bregulation 16 of (?:the )?(?:EISR|Environmental Information \(Scotland\))|\bregulation 11 of (?:the )?(?:EIR|Environmental Information Regulations)/i,
  },
  { kind: 'internal-review-response', weight: TYPICAL, phrase: /\binternal review\b/i },
  {
    kind: 'internal-review-response',
    weight: STRONG,
    phrase:
      /\binternal review (?:outcome|decision|response|result|conclusion)|\b(?:outcome|result|decision) of (?:the |your )?internal review/i,
    subject: true,
  },

  // Other: out-of-office notes and mailboxes nobody reads.
  {
    kind: 'other',
    weight: STRONG,
    phrase:
      /\bout of (?:the )?office\b|\bon (?:annual |parental |maternity |sick )?leave\b|\baway from (?:the office|my desk|work)\b|\bcurrently away\b|\blimited access to (?:e-?mail|my e-?mails?)/i,
  },
  {
    kind: 'other',
    weight: STRONG,
    phrase:
      /\bno longer (?:monitored|in use|checked|works? (?:at|for))\b|\bhas left the (?:university|college|organisation|organization)\b/i,
  },
  {
    kind: 'other',
    weight: TYPICAL,
    phrase: /\bautomatic(?:ally generated)? (?:reply|response|message)\b|\bauto-?reply\b/i,
  },
  {
    kind: 'other',
    weight: STRONG,
    phrase:
      /^\s*\[?\s*(?:automatic reply|auto(?:matic)?[ -]?(?:reply|response)|out of (?:the )?office|autosvar|automatische antwort|r[ée]ponse automatique)\b/i,
    subject: true,
  },
];

/** What a response's own words say about what it gives: each phrase marks one signal. */
export type OutcomeSignal = 'ncnd' | 'not-held' | 'withheld' | 'partly' | 'provided';

export interface OutcomeRule {
  signal: OutcomeSignal;
  phrase: RegExp;
  /** A phrase of this row after "no", "not", "none" just before it means the opposite. */
  negatable?: true;
}

export const OUTCOME_RULES: readonly OutcomeRule[] = [
  {
    signal: 'ncnd',
    phrase:
      /\bneither confirms? nor den(?:y|ies)\b|\bnot (?:obliged|required) to confirm or deny\b|\bduty to confirm or deny\b|\bsection 40 ?\(5(?:[AB])?\)|\bncnd\b/i,
  },
  {
    signal: 'not-held',
    phrase:
      /\b(?:does|do|did) not hold (?:the |any |this |that |such )?(?:recorded )?(?:information|records?|data|documents?)\b|\binformation (?:you (?:have )?requested |requested )?(?:is|was) not held\b|\bno (?:recorded )?(?:information|records|data) (?:is |are |was |were )?held\b|\bholds? no (?:recorded )?(?:information|records|data)\b|\bnot held by (?:the|us)\b|\bno (?:such |relevant )?(?:information|records?|data|documents?) (?:exists?|(?:is|are|was|were) (?:held|found|located))\b/i,
  },
  {
    signal: 'withheld',
    phrase:
      /\b(?:is|are|has been|have been|being|will be) withheld\b|\bwithholding (?:this|the|that|some|all|these|those)\b/i,
    negatable: true,
  },
  {
    signal: 'withheld',
    phrase:
      /\bexempt from disclosure\b|\b(?:is|are)(?: therefore| also)? exempt\b|\bengages? (?:the )?(?:exemption|exception)\b|\b(?:apply|applied|applying|rely|relied|relying) (?:up)?on (?:the )?(?:exemption|exception)s?\b/i,
    negatable: true,
  },
  {
    signal: 'withheld',
    phrase:
      /\brefus(?:e|ing|ed) (?:your|the|this) request\b|\brefusal notice\b|\bexceed(?:s|ed)? the (?:appropriate|cost) limit\b|\bvexatious\b|\bdecline to (?:provide|disclose|release)\b/i,
    negatable: true,
  },
  {
    signal: 'withheld',
    phrase:
      /\b(?:unable|not able|cannot|can ?not|will not) (?:to )?(?:be )?(?:provide|provided|disclose|disclosed|release|released|supply|supplied) (?:the|this|any|that|you with|it|them)\b|\bnot obliged to (?:provide|disclose|release|comply)\b/i,
  },
  {
    signal: 'partly',
    phrase:
      /\b(?:some|part|parts|certain|elements|sections|portions|the remainder|the rest) of the (?:requested )?(?:information|documents?|records?|data) (?:you (?:have )?requested )?(?:is|are|has been|have been) (?:withheld|exempt|redacted|not)\b/i,
  },
  {
    signal: 'partly',
    phrase:
      /\bpartial(?:ly)? (?:disclos|provid|releas)|\b(?:released|disclosed|provided) in part\b|\bwith the exception of\b|\bredact(?:ed|ions?)\b|\bremaining information\b/i,
  },
  {
    signal: 'provided',
    phrase:
      /\bplease (?:find|see) (?:attached |below |enclosed )?(?:the |a |our )?(?:requested |relevant )?(?:information|data|documents?|figures|cop(?:y|ies)|spreadsheet|list|table|details)\b/i,
    negatable: true,
  },
  {
    signal: 'provided',
    phrase:
      /\binformation (?:(?:that )?you (?:have )?(?:requested|asked for)|requested)?,? ?(?:which )?(?:is|has been|are) (?:attached|enclosed|provided|set out|included|listed|shown|given)\b/i,
    negatable: true,
  },
  {
    // "The annual reports are attached"; not "our response is attached", which says nothing.
    signal: 'provided',
    phrase:
      /(?<!\b(?:response|letter|notice|decision|reply|outcome)\s)\b(?:is|are|has been|have been) (?:attached|enclosed)\b/i,
    negatable: true,
  },
  {
    signal: 'provided',
    phrase:
      /\b(?:pleased|happy|able) to (?:provide|supply|release|disclose|confirm|send)\b|\bwe (?:have|are) (?:now )?(?:provided|providing|released|releasing|disclosed|disclosing|attached)\b|\b(?:answers?|responses?) to (?:each of )?your (?:questions|points)\b|\b(?:here is|below is) the (?:requested )?information\b|\bcan confirm the following\b|\b(?:provided|set out|given|included|listed) (?:in|within) the attached\b|\b(?:i|we) (?:attach|enclose|have attached|have enclosed) (?!(?:our|my|the university'?s|the college'?s|a|the) (?:formal |full )?(?:response|reply|letter|decision|notice)\b)(?:the|a|copies|copy|our)\b|\bQ(?:uestion)? ?\d{1,2}[.:)][^?]{3,200}\? ?(?:A|Answer)[.:)]|\b(?:the|our) (?:answers?|information|figures?) (?:is|are) as follows\b/i,
    negatable: true,
  },
];

/** How the signals found decide the outcome: the first row all of whose signals are present. */
export const OUTCOME_DECISIONS: readonly {
  when: readonly OutcomeSignal[];
  outcome: ResponseOutcome;
}[] = [
  { when: ['ncnd'], outcome: 'neither-confirm-nor-deny' },
  { when: ['partly'], outcome: 'partly-provided' },
  { when: ['provided', 'withheld'], outcome: 'partly-provided' },
  { when: ['provided', 'not-held'], outcome: 'partly-provided' },
  { when: ['withheld'], outcome: 'refused' },
  { when: ['not-held'], outcome: 'not-held' },
  { when: ['provided'], outcome: 'information-provided' },
];

export interface ReviewOutcomeRule {
  outcome: ReviewOutcome;
  weight: number;
  phrase: RegExp;
  negatable?: true;
}

/** "the exemption", "the exemption at section 43(2)", "section 43(2)", "regulation 12(5)(e)". */
const CITED_GROUND =
  '\\b(?:(?:exemption|exception)s?(?: (?:at|under|in) (?:section|regulation|s\\.?) ?[\\dA-Za-z()]+)?|(?:section|regulation|s\\.?) ?\\d{1,3}[A-Za-z]?(?:\\([\\dA-Za-z]{1,4}\\))*)';

/**
 * The outcome of an internal review; the strongest row found wins. Mind the words: a complaint
 * that is "upheld" means the requester was right, so the original decision was overturned.
 */
export const REVIEW_OUTCOME_RULES: readonly ReviewOutcomeRule[] = [
  {
    outcome: 'partly-overturned',
    weight: DECISIVE,
    phrase:
      /\b(?:partially|partly|in part) (?:upheld|uphold|overturn(?:ed)?|reversed|varied)\b|\b(?:upheld|uphold (?:your (?:complaint|appeal)|the original decision|it)) in part\b/i,
  },
  {
    outcome: 'partly-overturned',
    weight: DECISIVE,
    phrase:
      /\brelease (?:some|part|parts|certain|a (?:small )?number) of the (?:information|documents?|records?)(?: (?:previously|originally))? withheld|\b(?:some|part|parts) of the (?:\w+ ){0,2}?information\b[^.;]{0,60}\b(?:will|should|can|is to) (?:now )?be (?:released|disclosed)/i,
  },
  {
    outcome: 'overturned',
    weight: STRONG,
    phrase:
      /\b(?:original|initial) (?:decision|response|refusal) (?:is|was|has been|should be) (?:overturned|reversed)|\b(?:original|initial) (?:decision|response|refusal) (?:is not|was not|has not been) upheld|\b(?:overturn|reverse)(?:d|ing)? the (?:original|initial) (?:decision|response|refusal)/i,
  },
  {
    outcome: 'overturned',
    weight: STRONG,
    phrase:
      /\b(?:your )?(?:complaint|appeal) (?:is|has been|was) (?:therefore |now )?upheld\b|\bshould not have been withheld\b|\bshould have been (?:released|disclosed|provided)\b/i,
  },
  {
    outcome: 'overturned',
    weight: STRONG,
    phrase: new RegExp(
      `${CITED_GROUND} (?:was|were|has been|have been) (?:wrongly|incorrectly|not correctly|not properly|improperly) (?:applied|engaged|cited|relied on)`,
      'i',
    ),
  },
  {
    outcome: 'overturned',
    weight: CLEAR,
    phrase:
      /\b(?:release|disclose|provide) (?:the|all the|all of the) (?:requested |withheld )?information (?:in full|to you)\b|\b(?:releas|disclos|provid)(?:e|ed|ing) (?:the|all the|all of the|this|these) (?:\w+ ){0,2}in full\b/i,
  },
  {
    outcome: 'upheld',
    weight: STRONG,
    phrase:
      /\b(?:uphold|upholding|upheld) (?:the )?(?:(?:original|initial|university'?s|college'?s|council'?s) ){1,2}(?:decision|response|refusal|position)|\b(?:original|initial) (?:decision|response|refusal) (?:is|was|has been|should be) (?:upheld|maintained|confirmed|correct)\b/i,
  },
  {
    outcome: 'upheld',
    weight: STRONG,
    phrase:
      /\bnot (?:to )?uphold your (?:complaint|appeal)|\b(?:complaint|appeal) (?:is not|was not|has not been) upheld/i,
  },
  {
    // "I do not think the exemption was properly applied" says the opposite.
    outcome: 'upheld',
    weight: STRONG,
    phrase: new RegExp(
      `${CITED_GROUND} (?:was|were|has been|have been) (?:correctly|properly|appropriately|rightly) (?:applied|engaged|cited|relied on)`,
      'i',
    ),
    negatable: true,
  },
  {
    outcome: 'upheld',
    weight: CLEAR,
    phrase:
      /\b(?:agree|concur) with the (?:original|initial) (?:decision|response)|\b(?:original|initial) (?:decision|response) (?:should )?stands?\b/i,
  },
];
