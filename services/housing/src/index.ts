export { housing } from './module';
export { migrations } from './migrations';
export { consumers } from './events';
