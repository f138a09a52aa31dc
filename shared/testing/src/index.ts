export * from './infra';
export * from './federation';
