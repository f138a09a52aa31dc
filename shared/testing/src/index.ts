export * from './infra';
export * from './federation';
export * from './probe';
