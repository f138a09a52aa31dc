export * from './roles';
export * from './tokens';
export * from './pii';
export * from './disclosure';
