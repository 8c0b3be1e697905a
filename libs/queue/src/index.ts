export * from './queue.contracts';
export * from './reminder-dispatcher';
export * from './queue.module';
export * from './on-redis-back';
