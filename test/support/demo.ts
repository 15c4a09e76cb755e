/** The ids of the seeded demo partners the tests name (seeds/demo-data.ts). */
import { demoPartner } from '../../seeds/demo-data';

/** The distributor of the demo (dist-admin, dist-am, …). */
export const DIST = demoPartner('dist').id;
/** The distributor's first cloud reseller (reseller-admin). */
export const RESELLER1 = demoPartner('reseller1').id;
/** The distributor's second cloud reseller (reseller2-admin). */
export const RESELLER2 = demoPartner('reseller2').id;
/** An unrelated distributor (other-dist-admin). */
export const OTHER_DIST = demoPartner('other-dist').id;
/** The unrelated distributor's reseller. */
export const OTHER_RESELLER = demoPartner('other-reseller').id;
/** A solution provider (sp-admin). */
export const SP = demoPartner('sp').id;
