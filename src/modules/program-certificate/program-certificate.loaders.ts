import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { ProgramCertificate } from './program-certificate.entity';

/** Certificates of the viewer's own partner by primary key. */
export function certificateById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, ProgramCertificate | null>('certificateById', '', (ids) =>
    findByIds(ctx.em, ProgramCertificate, ids, { partner: viewer.partner.id }),
  );
}

registerNodeType('ProgramCertificate', (ctx, ids) => certificateById(ctx).loadMany(ids));
