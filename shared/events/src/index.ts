export * from './migration';
export * from './outbox';
export * from './nats';
export * from './relay';
export * from './consumer';
export * from './read-model';
