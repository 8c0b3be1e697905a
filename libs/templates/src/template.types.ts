export type Regime = 'foia' | 'eir' | 'foisa' | 'eisr' | 'sar';

export const REGIMES: readonly Regime[] = ['foia', 'eir', 'foisa', 'eisr', 'sar'];

export type TemplateKind =
  'request' | 'clarification' | 'chaser' | 'internal-review' | 'ico-complaint';

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'request',
  'clarification',
  'chaser',
  'internal-review',
  'ico-complaint',
];

/** What the API shows for each variable; nothing else leaves the library. */
export interface TemplateVariable {
  name: string;
  required: boolean;
  description: string;
}

export interface LetterTemplate {
  id: string;
  title: string;
  kind: TemplateKind;
  /** null when one letter serves several regimes (it then takes a `regime` variable). */
  regime: Regime | null;
  variables: TemplateVariable[];
}

/**
 * `text` is a string, `date` is YYYY-MM-DD or an ISO 8601 timestamp (shown through ukDate or
 * shortDate), `list` is an array of strings or a string with one item a line (shown through list).
 */
export type VariableType = 'text' | 'date' | 'list' | 'email';

/** A variable as the front matter declares it: the public shape plus what render checks. */
export interface VariableDefinition extends TemplateVariable {
  type: VariableType;
  /** The only values accepted, when the letter branches on them (e.g. the regime). */
  oneOf?: string[];
}

/** Facts the application knows about the request, available to every template by these names. */
export interface RenderContext {
  authority?: { name: string; email: string };
  /** Our reference, `FOI-YYYY-NNNN`. */
  reference?: string;
  /** YYYY-MM-DD in Europe/London. */
  today?: string;
  sender?: { name: string; email?: string };
  request?: Record<string, unknown>;
}

/** Every context field and the properties a template may read from it (`*`: any). */
export const CONTEXT_FIELDS: Readonly<Record<keyof RenderContext, readonly string[]>> = {
  authority: ['name', 'email'],
  reference: [],
  today: [],
  sender: ['name', 'email'],
  request: ['*'],
};

export interface RenderedLetter {
  subject: string;
  body: string;
}
