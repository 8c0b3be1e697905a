export * from './mail-sender';
export * from './mail.module';
export * from './delivery-journal';
export * from './deliver-once';
