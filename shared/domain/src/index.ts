export * from './errors';
export * from './dates';
export * from './areas';
export * from './id-number';
