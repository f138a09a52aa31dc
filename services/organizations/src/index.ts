export { organizations } from './module';
export { migrations } from './migrations';
export { consumers } from './events';
export { seed, DEMO_ORGANIZATIONS } from './seed';
