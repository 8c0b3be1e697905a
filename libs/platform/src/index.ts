export * from './config/app-config';
export * from './errors/domain-error';
export * from './security/passwords';
export * from './config/app-config.module';
export * from './calendar.provider';
export * from './config/load-config-or-exit';
export * from './deadline-views';
export * from './security/reference-pattern';
