export * from './service';
export * from './logger';
export * from './scalars';
export * from './mutation';
export * from './guard';
export { gql } from 'graphql-tag';
export * from './access';
