export * from './data-source';
export * from './sql';
export * from './pagination';
export * from './batch';
export * from './admin';
export * from './errors';
