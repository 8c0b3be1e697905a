export { TemplateCatalog } from './template-catalog';
export {
  TemplateLoadError,
  TemplateVariablesError,
  UnknownTemplateError,
  type VariableProblems,
} from './template-errors';
export type {
  LetterTemplate,
  Regime,
  RenderContext,
  RenderedLetter,
  TemplateKind,
  TemplateVariable,
  VariableDefinition,
} from './template.types';
export { STATUTES } from './statutes';
export { formatShortDate, formatUkDate, toLondonDate } from './uk-dates';
export { ReminderEmails, type ReminderEmailData, type RenderedEmail } from './reminder-emails';
