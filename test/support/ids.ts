/** Global ids in tests: the ids the API answers with, from table ids and demo logins, and back. */
import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { demoMember } from '../../seeds/demo-data';

/** The global id of row `id` of node type `type`, e.g. gid('SubCustomer', 12). */
export const gid = (type: string, id: number): string => toGlobalId(type, id);

/** The row id inside a global id (the id must be a valid one). */
export const pk = (globalId: string): number => fromGlobalId(globalId)!.id;

/** The global id of a demo member, by login name. */
export const memberGid = (login: string): string => toGlobalId('Member', demoMember(login).id);
