import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { refusal, success } from '../../common/mutation-kit';
import { formatFen, parseAmount } from '../../common/money';
import { toGlobalId } from '../../common/global-id';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { Partner } from './partner.entity';
import type { UpdatePartnerSettingsInput, UpdatePartnerSettingsPayload } from './partner.mutations';

/**
 * updatePartnerSettings: every setting is partner-wide, so each input field needs its own right,
 * checked here per field (the mutation's own rule, account:balance-alert, is a default permission
 * every role holds). Any field refused refuses the whole call with one error per refused field, and
 * nothing changes.
 */

type SettingField = 'verificationEnabled' | 'balanceAlertThreshold' | 'customerBalanceAlertThreshold';

interface SettingRule {
  field: SettingField;
  allowed: (viewer: Viewer) => boolean;
  refused: () => UserError;
}

const notPermitted = (field: SettingField, what: string, code: string) =>
  new UserError(
    'SETTING_NOT_PERMITTED',
    `Changing ${what} needs the permission ${code}, which none of your roles holds. Nothing was changed.`,
    `input.${field}`,
  );

/** Who may change each setting. */
export const SETTING_RULES: readonly SettingRule[] = [
  {
    field: 'verificationEnabled',
    // The literal is checked against PresetRole's values; partner/ imports nothing of role/ (role/ imports partner/).
    allowed: (viewer) => viewer.presetKeys.some((key) => key === 'ADMIN'),
    refused: () =>
      new UserError(
        'ADMIN_ONLY_SETTING',
        'Only an administrator may turn verification on or off. Nothing was changed.',
        'input.verificationEnabled',
      ),
  },
  {
    field: 'balanceAlertThreshold',
    allowed: (viewer) => viewer.permissions.has('account:balance-alert'),
    refused: () => notPermitted('balanceAlertThreshold', 'your balance alert (设置余额预警)', 'account:balance-alert'),
  },
  {
    field: 'customerBalanceAlertThreshold',
    allowed: (viewer) => viewer.permissions.has('funds:allocate'),
    refused: () =>
      notPermitted('customerBalanceAlertThreshold', "the customers' balance alert threshold", 'funds:allocate'),
  },
];

/** A threshold input: fen, null to clear ("" given), undefined when left out, or why it is refused. */
function threshold(input: string | null | undefined, field: SettingField): number | null | undefined | UserError {
  if (input == null) return undefined;
  if (input === '') return null;
  const parsed = parseAmount(input);
  return parsed.ok ? parsed.fen : new UserError('INVALID_AMOUNT', `${field} ${parsed.reason}.`, `input.${field}`);
}

const settingsOf = (p: Partner) => ({
  verificationEnabled: p.verificationEnabled,
  balanceAlertThreshold: p.balanceAlertThreshold == null ? null : formatFen(p.balanceAlertThreshold),
  customerBalanceAlertThreshold:
    p.customerBalanceAlertThreshold == null ? null : formatFen(p.customerBalanceAlertThreshold),
});

export async function updatePartnerSettings(
  ctx: Context,
  input: UpdatePartnerSettingsInput,
): Promise<UpdatePartnerSettingsPayload> {
  const viewer = requireViewer(ctx);
  const refused = refusal<UpdatePartnerSettingsPayload>({ partner: null });
  const forbidden = SETTING_RULES.filter((r) => input[r.field] != null && !r.allowed(viewer)).map((r) => r.refused());
  if (forbidden.length) return refused(...forbidden);
  const own = threshold(input.balanceAlertThreshold, 'balanceAlertThreshold');
  const customers = threshold(input.customerBalanceAlertThreshold, 'customerBalanceAlertThreshold');
  if (own instanceof UserError || customers instanceof UserError)
    return refused(...[own, customers].filter((t): t is UserError => t instanceof UserError));
  return ctx.em.transactional(async (tx) => {
    const partner = await tx.findOneOrFail(Partner, viewer.partner.id);
    const before = settingsOf(partner);
    if (input.verificationEnabled != null) partner.verificationEnabled = input.verificationEnabled;
    if (own !== undefined) partner.balanceAlertThreshold = own;
    if (customers !== undefined) partner.customerBalanceAlertThreshold = customers;
    await recordAudit(tx, ctx, {
      action: 'updatePartnerSettings',
      target: toGlobalId('Partner', partner.id),
      before,
      after: settingsOf(partner),
    });
    return success<UpdatePartnerSettingsPayload>({ partner });
  });
}
