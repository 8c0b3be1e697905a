/** One line of a form's error summary: the message, and a link to the field it is about. */
export interface SummaryLink {
  href: string;
  text: string;
}

/** Where a form's fields are: the ids its template gives them. */
export interface SummaryIds {
  /** The id of a field is `prefix + key` (`log-` + `occurredAt`). */
  prefix?: string;
  /** A template variable (`variables.topic`, or `topic` when `vars` is all the form has): `vars + name`. */
  vars?: string;
  /** The form's own id: problems of the whole form, and fields it has no input for, link to it. */
  form?: string;
  /** The keys that have an input (comma-separated); without it every key has one. */
  inputs?: string;
}

/**
 * The error summary at the top of a form's page (GOV.UK's pattern): every field's message at
 * once, each a link to its field, in the order given. A problem of the whole form (`message`)
 * is listed only when no field has one, since then it is the only thing to say.
 */
export function errorSummary(
  errors: Record<string, string | undefined> | undefined,
  message: string | undefined,
  ids: SummaryIds,
): SummaryLink[] | null {
  const prefix = ids.prefix ?? '';
  const inputs = ids.inputs ? new Set(ids.inputs.split(',')) : null;
  const whole = ids.form ? `#${ids.form}` : '#main';
  const links: SummaryLink[] = [];
  for (const [key, text] of Object.entries(errors ?? {})) {
    if (key === 'message' || !text) continue;
    const variable = key.startsWith('variables.') ? key.slice('variables.'.length) : null;
    const href =
      variable !== null && ids.vars !== undefined
        ? `#${ids.vars}${variable}`
        : !inputs || inputs.has(key)
          ? `#${prefix}${key}`
          : whole;
    links.push({ href, text });
  }
  const overall = message ?? errors?.message;
  if (links.length === 0 && overall) links.push({ href: whole, text: overall });
  return links.length > 0 ? links : null;
}
