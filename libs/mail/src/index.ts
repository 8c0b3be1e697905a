export * from './mail-sender';
