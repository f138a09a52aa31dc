export * from './service';
export * from './logger';
export * from './scalars';
export * from './mutation';
export * from './guard';
export * from './input-guard';
export { gql } from 'graphql-tag';
export * from './access';
