export * from './random';
export * from './district';
