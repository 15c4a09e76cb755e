/**
 * Reads of qualifications and specialist applications, batched per request: one statement per
 * level whatever the number of members. Row scope: a member always sees its own rows; a colleague's
 * only with qualification:view and only while that colleague's association is ACTIVE (seed 000:
 * after 取消关联 the qualifications are no longer shared).
 */
import type { Context } from '../../context';
import { findByIds, selectRows } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { Member } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { MemberQualification, SpecialistApplication } from './qualification.entity';

/** Members of the viewer's partner whose qualifications the viewer may read (itself; active colleagues with the point). */
function sharedMemberFilter(viewer: Viewer) {
  if (!viewer.permissions.has('qualification:view')) return { id: viewer.member.id };
  return {
    partner: viewer.partner.id,
    $or: [{ id: viewer.member.id }, { status: MemberStatus.ACTIVE }],
  };
}

/** Group rows by their member's id, keeping the query order. */
function byMember<T extends { member: { id: number } }>(ids: readonly number[], rows: readonly T[]): T[][] {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.member.id) ?? [];
    list.push(row);
    grouped.set(row.member.id, list);
  }
  return ids.map((id) => grouped.get(id) ?? []);
}

/** Each member's qualifications, by kind then newest first; [] where the viewer may not read them. */
export function qualificationsByMemberId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, MemberQualification[]>('qualificationsByMemberId', '', async (ids) => {
    const rows = await selectRows(
      ctx.em,
      MemberQualification,
      { member: { $in: [...ids], ...sharedMemberFilter(viewer) } },
      { orderBy: { kind: 'asc', startedOn: 'desc', id: 'desc' } },
    );
    return byMember(ids, rows);
  });
}

/** Each member's project-specialist applications, newest first; [] where the viewer may not read them. */
export function specialistApplicationsByMemberId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, SpecialistApplication[]>('specialistApplicationsByMemberId', '', async (ids) => {
    const rows = await selectRows(
      ctx.em,
      SpecialistApplication,
      { partner: viewer.partner.id, member: { $in: [...ids], ...sharedMemberFilter(viewer) } },
      { orderBy: { id: 'desc' } },
    );
    return byMember(ids, rows);
  });
}

/** node(id:): a qualification the viewer may read (same scope as Member.qualifications). */
export function qualificationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, MemberQualification | null>('qualificationById', '', (ids) =>
    findByIds(ctx.em, MemberQualification, ids, { member: sharedMemberFilter(viewer) }),
  );
}

/** node(id:): a specialist application of the viewer's partner it may read. */
export function specialistApplicationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, SpecialistApplication | null>('specialistApplicationById', '', (ids) =>
    findByIds(ctx.em, SpecialistApplication, ids, {
      partner: viewer.partner.id,
      member: sharedMemberFilter(viewer),
    }),
  );
}

/** Display names of applicants by member id, for operators (who read no other member data). */
export function applicantNameByMemberId(ctx: Context) {
  return ctx.loaders.get<number, string | null>('applicantNameByMemberId', '', async (ids) => {
    const rows = await findByIds(ctx.em, Member, ids);
    return rows.map((m) => m?.displayName ?? null);
  });
}

registerNodeType('MemberQualification', (ctx, ids) => qualificationById(ctx).loadMany(ids));
registerNodeType('SpecialistApplication', (ctx, ids) => specialistApplicationById(ctx).loadMany(ids));
