import {
  CORE_COLLECTIONS,
  CORE_SINGLETONS,
  CURRENT_SCHEMA_VERSION,
  SHARD_KINDS,
  emptyCore,
  recordPeriod,
} from '../../../shared/schema/index';
import type { StoreSchemas } from './schemas';

/** The real data model from shared/schema, in the shape the store consumes. Loaded lazily by openStore. */
export const defaultSchemas: StoreSchemas = {
  version: CURRENT_SCHEMA_VERSION,
  collections: CORE_COLLECTIONS,
  singletons: CORE_SINGLETONS,
  shardKinds: SHARD_KINDS,
  emptyCore: (now) => emptyCore(now),
  recordPeriod: (kind, record) => recordPeriod(kind as keyof typeof SHARD_KINDS, record as never),
};
