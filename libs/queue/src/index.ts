export * from './queue.contracts';
export * from './reminder-dispatcher';
export * from './queue.module';
