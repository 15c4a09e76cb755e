/**
 * 维护个人资质 (seed 000): a member adds, replaces and removes entries of its own qualifications.
 * Only ever the viewer's own rows; a colleague's entry answers as one that does not exist.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { MemberQualification } from './qualification.entity';
import type { DeleteMyQualificationInput, SaveMyQualificationInput } from './qualification.mutation-inputs';
import type { MyQualificationPayload } from './qualification.payloads';

export const MAX_QUALIFICATIONS_PER_MEMBER = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const refused = refusal<MyQualificationPayload>({ qualification: null });

const notFound = (field: string) =>
  new UserError('QUALIFICATION_NOT_FOUND', 'None of your qualification entries has this id.', field);

const validDate = (text: string) => DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

type Fields = Pick<MemberQualification, 'kind' | 'title' | 'organisation' | 'startedOn' | 'endedOn' | 'description'>;

const trimmed = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

/** The entry's fields, checked: each rule its own code. */
export function qualificationFields(input: SaveMyQualificationInput, today: string): Fields | UserError {
  const title = input.title.trim();
  if (title.length < 1 || title.length > 200)
    return new UserError('QUALIFICATION_TITLE_INVALID', 'A title has 1–200 characters.', 'input.title');
  const organisation = trimmed(input.organisation);
  if (organisation && organisation.length > 200)
    return new UserError(
      'QUALIFICATION_TEXT_TOO_LONG',
      'organisation has at most 200 characters.',
      'input.organisation',
    );
  const description = trimmed(input.description);
  if (description && description.length > 1000)
    return new UserError(
      'QUALIFICATION_TEXT_TOO_LONG',
      'description has at most 1000 characters.',
      'input.description',
    );
  const startedOn = trimmed(input.startedOn);
  const endedOn = trimmed(input.endedOn);
  for (const [value, field] of [
    [startedOn, 'input.startedOn'],
    [endedOn, 'input.endedOn'],
  ] as const)
    if (value && !validDate(value))
      return new UserError('QUALIFICATION_DATES_INVALID', 'A date is YYYY-MM-DD, a real calendar day.', field);
  if (startedOn && startedOn > today)
    return new UserError('QUALIFICATION_DATES_INVALID', 'startedOn lies in the future.', 'input.startedOn');
  if (startedOn && endedOn && endedOn < startedOn)
    return new UserError('QUALIFICATION_DATES_INVALID', 'endedOn is before startedOn.', 'input.endedOn');
  return { kind: input.kind, title, organisation, startedOn, endedOn, description };
}

async function save(
  tx: SqlEntityManager,
  ctx: Context,
  memberId: number,
  input: SaveMyQualificationInput,
  fields: Fields,
): Promise<MyQualificationPayload> {
  const now = new Date();
  // One member's entries are counted and added one request at a time.
  await lockRows(tx, 'member', [memberId]);
  if (input.qualificationId != null) {
    const id = idOfType(input.qualificationId, 'MemberQualification', 'input.qualificationId');
    const row = await tx.findOne(MemberQualification, { id, member: memberId }, { refresh: true });
    if (!row) return refused(notFound('input.qualificationId'));
    const before = { ...qualificationFacts(row) };
    tx.assign(row, { ...fields, updatedAt: now });
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'saveMyQualification',
      target: row.globalId,
      before,
      after: qualificationFacts(row),
    });
    return success<MyQualificationPayload>({ qualification: row });
  }
  if ((await tx.count(MemberQualification, { member: memberId })) >= MAX_QUALIFICATIONS_PER_MEMBER)
    return refused(
      new UserError(
        'QUALIFICATION_LIMIT',
        `You keep at most ${MAX_QUALIFICATIONS_PER_MEMBER} qualification entries; remove one first.`,
        null,
      ),
    );
  const row = tx.create(MemberQualification, { member: memberId, ...fields, createdAt: now, updatedAt: now });
  await tx.flush();
  await recordAudit(tx, ctx, {
    action: 'saveMyQualification',
    target: row.globalId,
    before: null,
    after: qualificationFacts(row),
  });
  return success<MyQualificationPayload>({ qualification: row });
}

const qualificationFacts = (row: MemberQualification) => ({
  kind: row.kind,
  title: row.title,
  organisation: row.organisation ?? null,
  startedOn: row.startedOn ?? null,
  endedOn: row.endedOn ?? null,
});

/** saveMyQualification: adds or replaces one of the viewer's own entries. */
export function saveMyQualification(ctx: Context, input: SaveMyQualificationInput): Promise<MyQualificationPayload> {
  const viewer = requireViewer(ctx);
  const fields = qualificationFields(input, new Date().toISOString().slice(0, 10));
  if (fields instanceof UserError) return Promise.resolve(refused(fields));
  return idempotent(ctx, {
    operation: 'saveMyQualification',
    input,
    refused,
    execute: (tx) => save(tx, ctx, viewer.member.id, input, fields),
  });
}

/** deleteMyQualification: removes one of the viewer's own entries. */
export function deleteMyQualification(
  ctx: Context,
  input: DeleteMyQualificationInput,
): Promise<MyQualificationPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.qualificationId, 'MemberQualification', 'input.qualificationId');
  return idempotent(ctx, {
    operation: 'deleteMyQualification',
    input,
    refused,
    execute: async (tx) => {
      const row = await tx.findOne(MemberQualification, { id, member: viewer.member.id }, { refresh: true });
      if (!row) return refused(notFound('input.qualificationId'));
      const before = qualificationFacts(row);
      await tx.nativeDelete(MemberQualification, { id });
      await recordAudit(tx, ctx, { action: 'deleteMyQualification', target: row.globalId, before, after: null });
      return success<MyQualificationPayload>({ qualification: row });
    },
  });
}
