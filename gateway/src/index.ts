export * from './env';
export * from './gateway';
export * from './compose';
export * from './limits';
