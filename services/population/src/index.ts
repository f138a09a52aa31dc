export { population } from './module';
export { migrations } from './migrations';
export { consumers } from './events';
export { rotatePiiKeys, type RotationResult } from './domain/key-rotation';
export { accrueResidencePoints } from './domain/points-service';
