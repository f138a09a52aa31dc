export * from './infra';
export * from './probe';
