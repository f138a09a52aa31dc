import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AreaRow } from '../repositories/area-repository';
import { BuildingRow } from '../repositories/building-repository';
import { HouseRow } from '../repositories/house-repository';
import { HousingContext } from '../context';
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

/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type Area = {
  __typename?: 'Area';
  /** The statistical division code (grid: community code + 3 digits). */
  code: Scalars['ID']['output'];
  /** The level, derived from the code's length. */
  level: AreaLevel;
  /** The area's name, e.g. 凤馨苑社区. */
  name: Scalars['String']['output'];
  /** The code of the area one level up (null for a district). */
  parentCode: Maybe<Scalars['ID']['output']>;
  /** Active or retired. */
  status: AreaStatus;
};

/** A page of areas. */
export type AreaConnection = {
  __typename?: 'AreaConnection';
  /** The areas of this page. */
  edges: Array<AreaEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All areas matching, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An area and its cursor. */
export type AreaEdge = {
  __typename?: 'AreaEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The area. */
  node: Area;
};

/** The level of an area in the hierarchy district → street → community → grid. */
export type AreaLevel =
  /** 社区/村: 12-digit code */
  | 'COMMUNITY'
  /** 区: 6-digit code */
  | 'DISTRICT'
  /** 网格: the community's code plus 3 digits (15) */
  | 'GRID'
  /** 街道/镇: 9-digit code */
  | 'STREET';

/** Result of an area mutation. */
export type AreaPayload = {
  __typename?: 'AreaPayload';
  /** The area, when the change was made. */
  area: Maybe<Area>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Whether an area is in use; a retired area keeps its history and its code never changes meaning. */
export type AreaStatus =
  /** In use */
  | 'ACTIVE'
  /** No longer in use; nothing new may be placed in it */
  | 'RETIRED';

/** A building in a grid. */
export type Building = {
  __typename?: 'Building';
  /** Whether access control (门禁) is installed. */
  accessControl: Scalars['Boolean']['output'];
  /** Street address. */
  address: Scalars['String']['output'];
  /** Number of floors above ground. */
  floors: Scalars['Int']['output'];
  /** The grid as an area. */
  grid: Area;
  /** The grid the building stands in. */
  gridCode: Scalars['ID']['output'];
  /** Houses in the building, by number. */
  houses: Array<House>;
  /** Building id. */
  id: Scalars['ID']['output'];
  /** Whether the building is let to tenants (出租楼). */
  rental: Scalars['Boolean']['output'];
};

/** Result of a building mutation. */
export type BuildingPayload = {
  __typename?: 'BuildingPayload';
  /** The building, when the change was made. */
  building: Maybe<Building>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

export type CreateAreaInput = {
  /** The new area's code; its level is told by its length. */
  code: Scalars['ID']['input'];
  /** The area's name. */
  name: Scalars['String']['input'];
};

/** A house (unit, 户) in a building. */
export type House = {
  __typename?: 'House';
  /** The grid the house lies in. */
  areaCode: Scalars['ID']['output'];
  /** The building the house is in. */
  building: Building;
  /** Floor area in square metres. */
  floorArea: Maybe<Scalars['Float']['output']>;
  /** House id. */
  id: Scalars['ID']['output'];
  /** Unit number, unique in its building, e.g. 1-302. */
  number: Scalars['String']['output'];
  /** People currently registered as living here, kept from population's residence events. */
  occupancy: Scalars['Int']['output'];
  /** Whether the house is let (出租屋). */
  rental: Scalars['Boolean']['output'];
  /** Rooms in the house. */
  rooms: Scalars['Int']['output'];
};

/** A page of houses. */
export type HouseConnection = {
  __typename?: 'HouseConnection';
  /** The houses of this page. */
  edges: Array<HouseEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All houses matching that the caller may see, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A house and its cursor. */
export type HouseEdge = {
  __typename?: 'HouseEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The house. */
  node: House;
};

/** Filters for houses; all given filters apply together. */
export type HouseFilter = {
  /** Only houses within this area (prefix of the code). */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only rental houses (true) or owner-occupied (false). */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of a house mutation. */
export type HousePayload = {
  __typename?: 'HousePayload';
  /** The house, when the change was made. */
  house: Maybe<House>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an area (district admins). Its code must extend its parent's code by the right number of digits. */
  createArea: AreaPayload;
  /** Registers a building in a grid. */
  registerBuilding: BuildingPayload;
  /** Registers a house (unit) in a building; its number is unique in the building. */
  registerHouse: HousePayload;
};


export type MutationCreateAreaArgs = {
  input: CreateAreaInput;
};


export type MutationRegisterBuildingArgs = {
  input: RegisterBuildingInput;
};


export type MutationRegisterHouseArgs = {
  input: RegisterHouseInput;
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as after for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One area by its code, if it lies within the caller's areas. */
  area: Maybe<Area>;
  /** Areas within an area (prefix of the code), optionally of one level, ordered by code. */
  areas: AreaConnection;
  /** One building, if it lies within the caller's areas. */
  building: Maybe<Building>;
  /** One house (unit), if it lies within the caller's areas. */
  house: Maybe<House>;
  /** Houses within the caller's areas, filtered; ordered by building and number. */
  houses: HouseConnection;
};


export type QueryAreaArgs = {
  code: Scalars['ID']['input'];
};


export type QueryAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<AreaLevel>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterBuildingInput = {
  /** Whether access control is installed. */
  accessControl?: InputMaybe<Scalars['Boolean']['input']>;
  /** Street address. */
  address: Scalars['String']['input'];
  /** Floors above ground (1 or more). */
  floors: Scalars['Int']['input'];
  /** The grid the building stands in. */
  gridCode: Scalars['ID']['input'];
  /** Whether the building is let to tenants. */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RegisterHouseInput = {
  /** The building the house is in. */
  buildingId: Scalars['ID']['input'];
  /** Floor area in square metres (more than 0). */
  floorArea?: InputMaybe<Scalars['Float']['input']>;
  /** The landlord's person id. */
  landlordId?: InputMaybe<Scalars['ID']['input']>;
  /** Unit number, unique in the building. */
  number: Scalars['String']['input'];
  /** Whether the house is let. */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
  /** Rooms (0 or more). */
  rooms: Scalars['Int']['input'];
};

/** A problem with the input the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code, e.g. AREA_CODE_INVALID. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault, e.g. ["input", "code"]. */
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
  Area: ResolverTypeWrapper<AreaRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AreaConnection: ResolverTypeWrapper<Omit<AreaConnection, 'edges'> & { edges: Array<ResolversTypes['AreaEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaEdge: ResolverTypeWrapper<Omit<AreaEdge, 'node'> & { node: ResolversTypes['Area'] }>;
  AreaLevel: AreaLevel;
  AreaPayload: ResolverTypeWrapper<Omit<AreaPayload, 'area'> & { area?: Maybe<ResolversTypes['Area']> }>;
  AreaStatus: AreaStatus;
  Building: ResolverTypeWrapper<BuildingRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BuildingPayload: ResolverTypeWrapper<Omit<BuildingPayload, 'building'> & { building?: Maybe<ResolversTypes['Building']> }>;
  CreateAreaInput: CreateAreaInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  House: ResolverTypeWrapper<HouseRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HouseConnection: ResolverTypeWrapper<Omit<HouseConnection, 'edges'> & { edges: Array<ResolversTypes['HouseEdge']> }>;
  HouseEdge: ResolverTypeWrapper<Omit<HouseEdge, 'node'> & { node: ResolversTypes['House'] }>;
  HouseFilter: HouseFilter;
  HousePayload: ResolverTypeWrapper<Omit<HousePayload, 'house'> & { house?: Maybe<ResolversTypes['House']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<{}>;
  RegisterBuildingInput: RegisterBuildingInput;
  RegisterHouseInput: RegisterHouseInput;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Area: AreaRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AreaConnection: Omit<AreaConnection, 'edges'> & { edges: Array<ResolversParentTypes['AreaEdge']> };
  Int: Scalars['Int']['output'];
  AreaEdge: Omit<AreaEdge, 'node'> & { node: ResolversParentTypes['Area'] };
  AreaPayload: Omit<AreaPayload, 'area'> & { area?: Maybe<ResolversParentTypes['Area']> };
  Building: BuildingRow;
  Boolean: Scalars['Boolean']['output'];
  BuildingPayload: Omit<BuildingPayload, 'building'> & { building?: Maybe<ResolversParentTypes['Building']> };
  CreateAreaInput: CreateAreaInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  House: HouseRow;
  Float: Scalars['Float']['output'];
  HouseConnection: Omit<HouseConnection, 'edges'> & { edges: Array<ResolversParentTypes['HouseEdge']> };
  HouseEdge: Omit<HouseEdge, 'node'> & { node: ResolversParentTypes['House'] };
  HouseFilter: HouseFilter;
  HousePayload: Omit<HousePayload, 'house'> & { house?: Maybe<ResolversParentTypes['House']> };
  Mutation: {};
  PageInfo: PageInfo;
  Query: {};
  RegisterBuildingInput: RegisterBuildingInput;
  RegisterHouseInput: RegisterHouseInput;
  UserError: UserError;
}>;

export type AreaResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']>, { __typename: 'Area' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AreaStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AreaConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['AreaConnection'] = ResolversParentTypes['AreaConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AreaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AreaEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['AreaEdge'] = ResolversParentTypes['AreaEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AreaPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['AreaPayload'] = ResolversParentTypes['AreaPayload']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Building']>, { __typename: 'Building' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  accessControl?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  floors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  gridCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  houses?: Resolver<Array<ResolversTypes['House']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rental?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['BuildingPayload'] = ResolversParentTypes['BuildingPayload']> = ResolversObject<{
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HouseResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['House'] = ResolversParentTypes['House']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['House']>, { __typename: 'House' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  floorArea?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rental?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rooms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HouseConnection'] = ResolversParentTypes['HouseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HouseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HouseEdge'] = ResolversParentTypes['HouseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['House'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HousePayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HousePayload'] = ResolversParentTypes['HousePayload']> = ResolversObject<{
  house?: Resolver<Maybe<ResolversTypes['House']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createArea?: Resolver<ResolversTypes['AreaPayload'], ParentType, ContextType, RequireFields<MutationCreateAreaArgs, 'input'>>;
  registerBuilding?: Resolver<ResolversTypes['BuildingPayload'], ParentType, ContextType, RequireFields<MutationRegisterBuildingArgs, 'input'>>;
  registerHouse?: Resolver<ResolversTypes['HousePayload'], ParentType, ContextType, RequireFields<MutationRegisterHouseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areas?: Resolver<ResolversTypes['AreaConnection'], ParentType, ContextType, RequireFields<QueryAreasArgs, 'first'>>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType, RequireFields<QueryBuildingArgs, 'id'>>;
  house?: Resolver<Maybe<ResolversTypes['House']>, ParentType, ContextType, RequireFields<QueryHouseArgs, 'id'>>;
  houses?: Resolver<ResolversTypes['HouseConnection'], ParentType, ContextType, RequireFields<QueryHousesArgs, 'first'>>;
}>;

export type UserErrorResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = HousingContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  AreaConnection?: AreaConnectionResolvers<ContextType>;
  AreaEdge?: AreaEdgeResolvers<ContextType>;
  AreaPayload?: AreaPayloadResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  BuildingPayload?: BuildingPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  House?: HouseResolvers<ContextType>;
  HouseConnection?: HouseConnectionResolvers<ContextType>;
  HouseEdge?: HouseEdgeResolvers<ContextType>;
  HousePayload?: HousePayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

