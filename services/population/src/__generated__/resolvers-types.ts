import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonRow } from '../repositories/person-repository';
import { ResidenceRow } from '../repositories/residence-repository';
import { HouseRef } from '../repositories/house-repository';
import { AreaRef } from '../repositories/statistics-repository';
import { PopulationContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with a time zone offset. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: any; output: any; }
};

/** A place in the district; population adds its figures. */
export type Area = {
  __typename?: 'Area';
  /** The area code. */
  code: Scalars['ID']['output'];
  /** Population figures for this area and everything beneath it. */
  population: PopulationStatistics;
};

/** Identity document kinds. */
export type DocumentType =
  /** 居民身份证: mainland ID card, 18 characters with a GB 11643 check digit */
  | 'ID_CARD'
  /** Any other document */
  | 'OTHER'
  /** 护照 */
  | 'PASSPORT';

export type EndResidenceInput = {
  /** Whose current residence ends. */
  personId: Scalars['ID']['input'];
  /** The day it ends; not before it began. */
  to: Scalars['Date']['input'];
};

/** A house, as population knows it from housing's events. */
export type House = {
  __typename?: 'House';
  /** People registered as living here now. */
  currentResidents: Array<Person>;
  /** House id. */
  id: Scalars['ID']['output'];
};

/** Household registration type. */
export type HouseholdType =
  /** 本地户籍: registered locally */
  | 'LOCAL'
  /** 来穗人员: a migrant resident */
  | 'MIGRANT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Ends a person's current residence on a date (moved away). */
  endResidence: ResidencePayload;
  /** Registers a person. The ID number must be valid and not registered already. */
  registerPerson: PersonPayload;
  /** Registers where a person lives from a date (居住登记); any current residence ends on that date. */
  registerResidence: ResidencePayload;
};


export type MutationEndResidenceArgs = {
  input: EndResidenceInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRegisterResidenceArgs = {
  input: RegisterResidenceInput;
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as after for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A resident or migrant resident of the district. */
export type Person = {
  __typename?: 'Person';
  /** The area the person belongs to: the grid of the current residence, else where they were registered. */
  areaCode: Scalars['ID']['output'];
  /** Date of birth. */
  birthDate: Scalars['Date']['output'];
  /** Where the person lives now, if registered anywhere. */
  currentResidence: Maybe<Residence>;
  /** Document number, masked (first 6 and last 4 characters). */
  documentNumber: Scalars['String']['output'];
  /** Document kind. */
  documentType: DocumentType;
  /** Local or migrant. */
  householdType: HouseholdType;
  /** Person id (UUID). */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number, masked (first 3 and last 4 digits). */
  phone: Maybe<Scalars['String']['output']>;
  /** Every residence, newest first. */
  residences: Array<Residence>;
  /** Sex. */
  sex: Sex;
};

/** A page of persons. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The persons of this page. */
  edges: Array<PersonEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All persons matching that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A person and its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters for persons; all given filters apply together. */
export type PersonFilter = {
  /** Only persons within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Exact document number (found through its keyed hash, never by plain text). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only locals or migrants. */
  householdType?: InputMaybe<HouseholdType>;
  /** Name contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a person mutation. */
export type PersonPayload = {
  __typename?: 'PersonPayload';
  /** The person, when the change was made. */
  person: Maybe<Person>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Population figures for an area and everything beneath it. */
export type PopulationStatistics = {
  __typename?: 'PopulationStatistics';
  /** Of them, locally registered (户籍). */
  locals: Scalars['Int']['output'];
  /** Of them, migrants (来穗人员). */
  migrants: Scalars['Int']['output'];
  /** Persons whose area lies within the area. */
  residents: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One person, if they live (or were registered) within the caller's areas. */
  person: Maybe<Person>;
  /** Persons within the caller's areas, filtered; ordered by name. */
  persons: PersonConnection;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterPersonInput = {
  /** The area where the person is registered until a residence places them (within your areas). */
  areaCode: Scalars['ID']['input'];
  /** Date of birth. */
  birthDate: Scalars['Date']['input'];
  /** Document number; for an ID card, checked against its check digit, birth date and sex. */
  documentNumber: Scalars['String']['input'];
  /** Document kind. */
  documentType: DocumentType;
  /** Local or migrant. */
  householdType: HouseholdType;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Mobile phone, 11 digits. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Sex. */
  sex: Sex;
};

export type RegisterResidenceInput = {
  /** First day of residence; not in the future. */
  from: Scalars['Date']['input'];
  /** The house (known to population from housing's events). */
  houseId: Scalars['ID']['input'];
  /** Who. */
  personId: Scalars['ID']['input'];
  /** Why. */
  reason: ResidenceReason;
};

/** A residence registration (居住登记): a person lives at a house from a date, to a date. */
export type Residence = {
  __typename?: 'Residence';
  /** First day of residence. */
  from: Scalars['Date']['output'];
  /** The house. */
  house: House;
  /** Residence id. */
  id: Scalars['ID']['output'];
  /** Who lives there. */
  person: Person;
  /** Why the person lives there. */
  reason: ResidenceReason;
  /** Last day (exclusive end) or null while current. */
  to: Maybe<Scalars['Date']['output']>;
};

/** Result of a residence mutation. */
export type ResidencePayload = {
  __typename?: 'ResidencePayload';
  /** The residence registered or ended. */
  residence: Maybe<Residence>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Why a person lives at a house. */
export type ResidenceReason =
  /** Employer dormitory */
  | 'DORMITORY'
  /** Other */
  | 'OTHER'
  /** Owner-occupied */
  | 'OWN'
  /** Living with relatives */
  | 'RELATIVE'
  /** Renting */
  | 'RENT';

/** Sex as recorded on the identity document. */
export type Sex =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** A problem with the input the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code, e.g. ID_NUMBER_INVALID. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, in a sentence. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Area: ResolverTypeWrapper<AreaRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentType: DocumentType;
  EndResidenceInput: EndResidenceInput;
  House: ResolverTypeWrapper<HouseRef>;
  HouseholdType: HouseholdType;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonPayload: ResolverTypeWrapper<Omit<PersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  PopulationStatistics: ResolverTypeWrapper<PopulationStatistics>;
  Query: ResolverTypeWrapper<{}>;
  RegisterPersonInput: RegisterPersonInput;
  RegisterResidenceInput: RegisterResidenceInput;
  Residence: ResolverTypeWrapper<ResidenceRow>;
  ResidencePayload: ResolverTypeWrapper<Omit<ResidencePayload, 'residence'> & { residence?: Maybe<ResolversTypes['Residence']> }>;
  ResidenceReason: ResidenceReason;
  Sex: Sex;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Area: AreaRef;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndResidenceInput: EndResidenceInput;
  House: HouseRef;
  Mutation: {};
  PageInfo: PageInfo;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Person: PersonRow;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  Int: Scalars['Int']['output'];
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonPayload: Omit<PersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  PopulationStatistics: PopulationStatistics;
  Query: {};
  RegisterPersonInput: RegisterPersonInput;
  RegisterResidenceInput: RegisterResidenceInput;
  Residence: ResidenceRow;
  ResidencePayload: Omit<ResidencePayload, 'residence'> & { residence?: Maybe<ResolversParentTypes['Residence']> };
  UserError: UserError;
}>;

export type AreaResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']>, { __typename: 'Area' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['PopulationStatistics'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HouseResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['House'] = ResolversParentTypes['House']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['House']>, { __typename: 'House' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  currentResidents?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  endResidence?: Resolver<ResolversTypes['ResidencePayload'], ParentType, ContextType, RequireFields<MutationEndResidenceArgs, 'input'>>;
  registerPerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  registerResidence?: Resolver<ResolversTypes['ResidencePayload'], ParentType, ContextType, RequireFields<MutationRegisterResidenceArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currentResidence?: Resolver<Maybe<ResolversTypes['Residence']>, ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentType?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
  householdType?: Resolver<ResolversTypes['HouseholdType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  residences?: Resolver<Array<ResolversTypes['Residence']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonPayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PersonPayload'] = ResolversParentTypes['PersonPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PopulationStatisticsResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PopulationStatistics'] = ResolversParentTypes['PopulationStatistics']> = ResolversObject<{
  locals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  migrants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  residents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPersonsArgs, 'first'>>;
}>;

export type ResidenceResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Residence'] = ResolversParentTypes['Residence']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  house?: Resolver<ResolversTypes['House'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ResidenceReason'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidencePayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidencePayload'] = ResolversParentTypes['ResidencePayload']> = ResolversObject<{
  residence?: Resolver<Maybe<ResolversTypes['Residence']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PopulationContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  House?: HouseResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonPayload?: PersonPayloadResolvers<ContextType>;
  PopulationStatistics?: PopulationStatisticsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Residence?: ResidenceResolvers<ContextType>;
  ResidencePayload?: ResidencePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

