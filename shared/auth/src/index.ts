export * from './roles';
export * from './tokens';
export * from './pii';
export * from './disclosure';
export * from './access-table';
export * from './access';
