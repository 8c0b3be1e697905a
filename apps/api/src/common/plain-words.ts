/**
 * Messages in the words of a form's labels (GOV.UK: "Enter…", "Choose…"), never a field key or
 * an enum value. The API's `errors` keep their keys; only the sentences change.
 */

/** What to do about a field left out, or given a value that only choosing again can fix. */
const MISSING: Record<string, string> = {
  authorityId: 'Choose the authority',
  templateId: 'Choose a letter template',
  title: 'Enter a title',
  campaign: 'Enter the campaign',
  regime: 'Choose the law the request is made under',
  subject: 'Enter the subject',
  body: 'Enter the text',
  kind: 'Choose what kind of message it is',
  direction: 'Choose whether the message came from the authority or from us',
  occurredAt: 'Enter the date of the message',
  outcome: 'Choose the outcome of the response',
  method: 'Choose how it was sent',
  sentAt: 'Enter the date it was sent',
  name: 'Enter the name',
  email: 'Enter the email address',
  password: 'Enter a password',
  current: 'Enter your current password',
  role: 'Choose a role',
  nation: 'Choose the nation',
};

/** The thing a length limit is about: "Enter a title of 300 characters or fewer". */
const NOUN: Record<string, string> = {
  title: 'a title',
  campaign: 'a campaign',
  subject: 'a subject',
  body: 'a text',
  name: 'a name',
  email: 'an email address',
  password: 'a password',
  authorityReference: 'a reference',
  referencePattern: 'a pattern',
};

/** Rules whose message says "choose one of these", which the sentence for the field says better. */
const CHOICES = new Set(['isIn', 'isEnum', 'isInt', 'min', 'max', 'isPositive']);

/** `requesterName` → "requester name". */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The sentence a person reads for one broken rule of one field (`variables.topic` is about
 * `topic`): missing → "Choose the authority", too long → "Enter a title of 300 characters or
 * fewer", an unknown choice → the field's "Choose…"; any other message as the rule words it.
 */
export function plainMessage(field: string, rule: string, message: string, value: unknown): string {
  const key = field.split('.').pop() ?? field;
  const missing = MISSING[key];
  if (value === undefined || value === null || value === '')
    return missing ?? `Enter the ${words(key)}`;
  if (rule === 'maxLength') {
    const limit = /(\d+)/.exec(message)?.[1];
    if (limit) return `Enter ${NOUN[key] ?? `the ${words(key)}`} of ${limit} characters or fewer`;
  }
  if (rule === 'minLength' && NOUN[key]) {
    const limit = /(\d+)/.exec(message)?.[1];
    if (limit) return `Enter ${NOUN[key]} of at least ${limit} characters`;
  }
  if (CHOICES.has(rule) && missing?.startsWith('Choose')) return missing;
  return message;
}

/** What to say when a form's field is left empty. */
export function missingMessage(field: string): string {
  return plainMessage(field, 'isDefined', '', undefined);
}
