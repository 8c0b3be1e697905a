import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'foi:public';
export const REQUIRED_ROLE = 'foi:role';

/** No token or session needed: /health, login, the dashboard's sign-in, stylesheets and calendar feeds. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only admins (users, holidays); by default any signed-in officer may write and viewers read. */
export const AdminOnly = () => SetMetadata(REQUIRED_ROLE, 'admin');

export const READS_ONLY = 'foi:reads-only';

/** A POST that changes nothing (a preview): viewers may call it. */
export const ReadsOnly = () => SetMetadata(READS_ONLY, true);
