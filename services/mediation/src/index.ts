export { mediation } from './module';
export { migrations } from './migrations';
export { consumers } from './events';
export { seed } from './seed';
