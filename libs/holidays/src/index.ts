export * from './holiday-sources';
export * from './create-calendar';
