import { AuthResolver } from './modules/auth/auth.resolver';
import { NodeResolver } from './modules/auth/node.resolver';
import { PartnerResolver } from './modules/partner/partner.resolver';
import { PartnerCustomersResolver, SubCustomerResolver } from './modules/customer/customer.resolver';

/** Every resolver class of the graph; modules add theirs here. */
export const RESOLVERS = [
  AuthResolver,
  NodeResolver,
  PartnerResolver,
  PartnerCustomersResolver,
  SubCustomerResolver,
] as const;
