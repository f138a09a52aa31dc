export * from './dev/backing';
export * from './dev/modules';
export * from './dev/prepare';
