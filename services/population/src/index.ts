export { population } from './module';
export { migrations } from './migrations';
export { consumers } from './events';
