/** Every kind of event the audit log outside requests holds; `GET /api/v1/audit?type=` takes one. */
export const AUDIT_TYPES = [
  'sign-in',
  'sign-in-failed',
  'password-changed',
  'password-change-failed',
  'user-created',
  'user-changed',
  'role-changed',
  'password-reset',
  'user-disabled',
  'user-enabled',
  'token-revoked',
  'authority-created',
  'authority-changed',
] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];
