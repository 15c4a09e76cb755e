// A diff here is a change of who may do what: review it as a permission change.
//
// The snapshot (./__snapshots__/permission-model.snap.txt) records the whole permission model:
// the catalogue, the menu tree, every preset role's permissions for every identity and the limits.
// Update it with `npx vitest run test/permissions -u` only for an intended permission change.
import { describe, it, expect } from 'vitest';
import { PartnerIdentity } from '../../src/modules/partner/partner.enums';
import { PresetRole } from '../../src/modules/role/role.enums';
import {
  MAX_CUSTOM_ROLES_PER_PARTNER,
  MAX_INVITATIONS_PER_PARTNER_PER_DAY,
  MAX_ROLES_PER_MEMBER,
  MENU_TREE,
  MIN_ROLES_PER_MEMBER,
  MenuNode,
  PERMISSION_POINTS,
  PRESET_ROLES,
  PermissionCode,
  PermissionPoint,
  assertCatalogueConsistent,
  customerScopeFor,
  defaultPermissionCodes,
  isKnownPermission,
  menuKeys,
  permissionCodesFor,
  permissionTreeFor,
  PermissionTreeNode,
  seesAllCustomers,
  validateCustomRolePermissions,
  validateRoleCombination,
  withDefaults,
} from '../../src/permissions';

const HEADER = 'A diff here is a change of who may do what: review it as a permission change.';
const IDENTITIES = Object.values(PartnerIdentity);
const ROLES = Object.values(PresetRole);
const ROLE_ABBR: Record<PresetRole, string> = {
  [PresetRole.ADMIN]: 'AD',
  [PresetRole.ACCOUNT_MANAGER]: 'AM',
  [PresetRole.ACCOUNT_MANAGER_SUPERVISOR]: 'AS',
  [PresetRole.SA_SPECIALIST]: 'SA',
};
const IDENTITY_ABBR: Record<PartnerIdentity, string> = {
  [PartnerIdentity.DISTRIBUTOR]: 'DIS',
  [PartnerIdentity.CLOUD_RESELLER]: 'CR',
  [PartnerIdentity.SOLUTION_PROVIDER]: 'SP',
};

function renderModel(): string {
  const out: string[] = [HEADER, ''];
  const codeWidth = Math.max(...PERMISSION_POINTS.map((p) => p.code.length));

  out.push(`== Catalogue (${PERMISSION_POINTS.length} points) ==`);
  out.push('flags: D = default permission, S = sensitive (verification code), A = ADMIN only');
  for (const p of PERMISSION_POINTS) {
    const flags = `${p.isDefault ? 'D' : '-'}${p.sensitive ? 'S' : '-'}${p.adminOnly ? 'A' : '-'}`;
    const ids = p.identities.map((i) => IDENTITY_ABBR[i]).join(',');
    out.push(`${p.code.padEnd(codeWidth)}  ${flags}  [${ids}]  menu=${p.menu}`);
    out.push(`${''.padEnd(codeWidth)}  ${p.nameZh} / ${p.nameEn}: ${p.description}`);
  }
  out.push('');

  out.push('== Menu tree ==');
  const tree = (nodes: readonly MenuNode[], depth: number): void => {
    for (const n of nodes) {
      out.push(`${'  '.repeat(depth)}${n.key}  ${n.nameZh} / ${n.nameEn}`);
      tree(n.children, depth + 1);
    }
  };
  tree(MENU_TREE, 0);
  out.push('');

  out.push('== Preset roles ==');
  for (const r of ROLES) {
    const d = PRESET_ROLES[r];
    out.push(`${ROLE_ABBR[r]} = ${r}  ${d.nameZh} / ${d.nameEn}: ${d.description}`);
  }
  out.push('');
  out.push('Role permissions per identity (x = held, . = not held, blank = identity has no such point)');
  const cols = IDENTITIES.map((i) => ROLES.map((r) => new Set(PRESET_ROLES[r].permissions(i))));
  const blockWidth = ROLES.length * 3 - 1;
  out.push(
    `${''.padEnd(codeWidth)} | ${IDENTITIES.map((i) => IDENTITY_ABBR[i].padEnd(blockWidth)).join(' | ')}`.trimEnd(),
  );
  out.push(`${''.padEnd(codeWidth)} | ${IDENTITIES.map(() => ROLES.map((r) => ROLE_ABBR[r]).join(' ')).join(' | ')}`);
  for (const p of PERMISSION_POINTS) {
    const blocks = IDENTITIES.map((identity, ii) =>
      ROLES.map((_, ri) => {
        if (!p.identities.includes(identity)) return '  ';
        return cols[ii][ri].has(p.code) ? 'x ' : '. ';
      })
        .join(' ')
        .slice(0, blockWidth),
    );
    out.push(`${p.code.padEnd(codeWidth)} | ${blocks.join(' | ')}`.trimEnd());
  }
  out.push('');

  out.push('== Role editor tree per identity ==');
  const etree = (nodes: readonly PermissionTreeNode[], depth: number): void => {
    for (const n of nodes) {
      const codes = n.permissions.map((p) => p.code).join(' ');
      out.push(`${'  '.repeat(depth + 1)}${n.key}${codes ? `: ${codes}` : ''}`);
      etree(n.children, depth + 1);
    }
  };
  for (const identity of IDENTITIES) {
    out.push(identity);
    etree(permissionTreeFor(identity), 0);
  }
  out.push('');

  out.push('== Limits ==');
  out.push(`roles per member: ${MIN_ROLES_PER_MEMBER}..${MAX_ROLES_PER_MEMBER}`);
  out.push(`custom roles per partner: ${MAX_CUSTOM_ROLES_PER_PARTNER}`);
  out.push(`member invitations per partner per day: ${MAX_INVITATIONS_PER_PARTNER_PER_DAY}`);
  out.push('');
  return out.join('\n');
}

describe('permission model snapshot', () => {
  it('matches the reviewed permission model', async () => {
    await expect(renderModel()).toMatchFileSnapshot('./__snapshots__/permission-model.snap.txt');
  });
});

describe('catalogue', () => {
  const DEFAULTS = [
    'home:view',
    'account:view-balance',
    'account:recharge',
    'account:withdraw',
    'account:balance-alert',
    'partner-info:view-company',
    'partner-info:view-personal',
    'partner-info:view-account',
    'partner-info:edit-account',
    'partner-info:credentials',
    'support:news',
    'support:real-name',
  ];

  it('has the same twelve default permissions for every identity', () => {
    for (const identity of IDENTITIES) {
      expect(defaultPermissionCodes(identity)).toEqual(DEFAULTS);
    }
  });

  it('gives reseller:* to distributors only', () => {
    const reseller = ['reseller:list', 'reseller:funds', 'reseller:quota'];
    expect(permissionCodesFor(PartnerIdentity.DISTRIBUTOR)).toEqual(expect.arrayContaining(reseller));
    for (const identity of [PartnerIdentity.CLOUD_RESELLER, PartnerIdentity.SOLUTION_PROVIDER]) {
      const codes = permissionCodesFor(identity);
      expect(codes.filter((c) => c.startsWith('reseller:'))).toEqual([]);
      // Also distributor-only: inviting and associating cloud resellers (邀请关联云经销商).
      expect(codes).toHaveLength(PERMISSION_POINTS.length - reseller.length - 1);
      expect(codes).not.toContain('program:invite-reseller');
    }
  });

  it('marks the sensitive operations of domain.md §3', () => {
    const sensitive = PERMISSION_POINTS.filter((p) => p.sensitive).map((p) => p.code);
    expect(sensitive.sort()).toEqual(
      [
        'account:withdraw',
        'coupon:issue',
        'coupon:reclaim',
        'customer:association',
        'funds:allocate',
        'funds:reclaim',
        'reseller:funds',
        'reseller:quota',
      ].sort(),
    );
  });

  it('knows its codes and nothing else', () => {
    expect(isKnownPermission('customer:list')).toBe(true);
    expect(isKnownPermission('customer:lst')).toBe(false);
    expect(isKnownPermission('')).toBe(false);
  });

  it('attaches every point to an existing menu node', () => {
    const keys = new Set(menuKeys());
    for (const p of PERMISSION_POINTS) expect(keys.has(p.menu), p.code).toBe(true);
  });

  it('builds the role-editor tree without empty nodes', () => {
    const collect = (nodes: readonly PermissionTreeNode[]): string[] =>
      nodes.flatMap((n) => [...n.permissions.map((p) => p.code), ...collect(n.children)]);
    const empty = (nodes: readonly PermissionTreeNode[]): boolean =>
      nodes.some((n) => (n.permissions.length === 0 && n.children.length === 0) || empty(n.children));
    for (const identity of IDENTITIES) {
      const tree = permissionTreeFor(identity);
      expect(collect(tree).sort()).toEqual(permissionCodesFor(identity).sort());
      expect(empty(tree)).toBe(false);
    }
    expect(permissionTreeFor(PartnerIdentity.CLOUD_RESELLER).map((n) => n.key)).not.toContain('reseller');
    expect(permissionTreeFor(PartnerIdentity.DISTRIBUTOR).map((n) => n.key)).toContain('reseller');
  });

  describe('assertCatalogueConsistent', () => {
    const base: PermissionPoint = {
      code: 'customer:list',
      nameZh: '查看客户列表',
      nameEn: 'View customer list',
      description: 'x',
      menu: 'customer',
      identities: IDENTITIES,
      isDefault: false,
    };
    const tree: MenuNode[] = [{ key: 'customer', nameZh: '客户', nameEn: 'Customers', children: [] }];

    it('accepts the real catalogue and a minimal valid one', () => {
      expect(() => assertCatalogueConsistent()).not.toThrow();
      expect(() => assertCatalogueConsistent([base], tree)).not.toThrow();
    });
    it('rejects duplicate codes', () => {
      expect(() => assertCatalogueConsistent([base, { ...base }], tree)).toThrow(/declared more than once/);
    });
    it('rejects an unknown menu key', () => {
      expect(() => assertCatalogueConsistent([{ ...base, menu: 'customers' }], tree)).toThrow(
        /not a key of the menu tree/,
      );
    });
    it('rejects a default point that misses an identity', () => {
      const p = { ...base, isDefault: true, identities: [PartnerIdentity.DISTRIBUTOR] };
      expect(() => assertCatalogueConsistent([p], tree)).toThrow(/must apply to every identity/);
    });
    it('rejects a malformed code', () => {
      expect(() => assertCatalogueConsistent([{ ...base, code: 'Customer.List' }], tree)).toThrow(/area:action/);
      expect(() => assertCatalogueConsistent([{ ...base, code: 'customer:list:all' }], tree)).toThrow(/area:action/);
    });
    it('rejects a duplicate menu key', () => {
      expect(() => assertCatalogueConsistent([base], [...tree, ...tree])).toThrow(/more than once in the menu tree/);
    });
  });
});

describe('preset roles', () => {
  it('include the default permissions for every identity', () => {
    for (const identity of IDENTITIES) {
      for (const role of ROLES) {
        expect(PRESET_ROLES[role].permissions(identity), `${role}/${identity}`).toEqual(
          expect.arrayContaining(defaultPermissionCodes(identity)),
        );
      }
    }
  });

  it('never hold a point the identity does not allow', () => {
    for (const identity of IDENTITIES) {
      const allowed = new Set(permissionCodesFor(identity));
      for (const role of ROLES) {
        for (const code of PRESET_ROLES[role].permissions(identity)) {
          expect(allowed.has(code), `${role}/${identity}/${code}`).toBe(true);
        }
      }
    }
  });

  it('give ADMIN everything the identity allows, and ADMIN-only points to ADMIN alone', () => {
    for (const identity of IDENTITIES) {
      expect(PRESET_ROLES[PresetRole.ADMIN].permissions(identity)).toEqual(permissionCodesFor(identity));
      for (const role of ROLES.filter((r) => r !== PresetRole.ADMIN)) {
        expect(PRESET_ROLES[role].permissions(identity)).not.toContain('customer:association');
      }
    }
  });

  it('keep account managers away from coupons, funds and resellers', () => {
    for (const identity of IDENTITIES) {
      for (const role of [PresetRole.ACCOUNT_MANAGER, PresetRole.ACCOUNT_MANAGER_SUPERVISOR]) {
        const codes = PRESET_ROLES[role].permissions(identity);
        expect(
          codes.filter((c) => /^(coupon|funds|reseller):/.test(c)),
          role,
        ).toEqual([]);
      }
      const am = PRESET_ROLES[PresetRole.ACCOUNT_MANAGER].permissions(identity);
      const sup = PRESET_ROLES[PresetRole.ACCOUNT_MANAGER_SUPERVISOR].permissions(identity);
      // The supervisor also assigns leads (分配线索) to the managers it supervises.
      expect(sup).toEqual(expect.arrayContaining([...am, 'customer:assign-manager', 'org:member-view', 'lead:assign']));
      expect(sup).toHaveLength(am.length + 3);
    }
  });

  it('keep SA specialists read-only', () => {
    const sa = PRESET_ROLES[PresetRole.SA_SPECIALIST].permissions(PartnerIdentity.DISTRIBUTOR);
    expect(sa).toEqual([
      ...defaultPermissionCodes(PartnerIdentity.DISTRIBUTOR),
      'customer:list',
      'customer:detail',
      'order:view',
      'program:certificate',
      'cloud-lab:view',
      'solution:view',
    ]);
  });

  it('withDefaults adds the defaults and drops what the identity does not allow', () => {
    const codes: PermissionCode[] = ['reseller:list', 'order:view', 'order:view'];
    expect(withDefaults(PartnerIdentity.CLOUD_RESELLER, codes)).toEqual([
      ...defaultPermissionCodes(PartnerIdentity.CLOUD_RESELLER),
      'order:view',
    ]);
    expect(withDefaults(PartnerIdentity.DISTRIBUTOR, codes)).toEqual([
      ...defaultPermissionCodes(PartnerIdentity.DISTRIBUTOR),
      'reseller:list',
      'order:view',
    ]);
  });
});

describe('validateRoleCombination', () => {
  const { ADMIN, ACCOUNT_MANAGER: AM, ACCOUNT_MANAGER_SUPERVISOR: AMS, SA_SPECIALIST: SA } = PresetRole;
  const code = (keys: (PresetRole | null)[]) => validateRoleCombination(keys)?.code ?? null;

  it('accepts valid combinations', () => {
    expect(code([ADMIN])).toBeNull();
    expect(code([AM])).toBeNull();
    expect(code([AM, SA, null])).toBeNull();
    expect(code([AMS, null])).toBeNull();
    expect(code([null, null, null])).toBeNull();
  });
  it('refuses 0 or more than 3 roles', () => {
    expect(code([])).toBe('ROLE_COUNT_OUT_OF_RANGE');
    expect(code([SA, null, null, null])).toBe('ROLE_COUNT_OUT_OF_RANGE');
  });
  it('refuses ADMIN with anything else', () => {
    expect(code([ADMIN, null])).toBe('ADMIN_ROLE_EXCLUSIVE');
    expect(code([SA, ADMIN])).toBe('ADMIN_ROLE_EXCLUSIVE');
  });
  it('refuses account manager with its supervisor', () => {
    expect(code([AM, AMS])).toBe('ACCOUNT_MANAGER_ROLES_EXCLUSIVE');
    expect(code([AMS, null, AM])).toBe('ACCOUNT_MANAGER_ROLES_EXCLUSIVE');
  });
  it('answers with a message', () => {
    expect(validateRoleCombination([])?.message).toMatch(/1 to 3 roles/);
  });
});

describe('validateCustomRolePermissions', () => {
  const code = (identity: PartnerIdentity, codes: string[]) =>
    validateCustomRolePermissions(identity, codes)?.code ?? null;

  it('accepts allowed points, with or without the defaults', () => {
    expect(code(PartnerIdentity.SOLUTION_PROVIDER, ['customer:list', 'coupon:issue'])).toBeNull();
    expect(code(PartnerIdentity.DISTRIBUTOR, ['home:view', 'reseller:quota'])).toBeNull();
    expect(code(PartnerIdentity.CLOUD_RESELLER, [])).toBeNull();
  });
  it('refuses unknown codes', () => {
    expect(code(PartnerIdentity.DISTRIBUTOR, ['customer:list', 'customer:delete'])).toBe('UNKNOWN_PERMISSION');
  });
  it('refuses points the identity does not have', () => {
    expect(code(PartnerIdentity.CLOUD_RESELLER, ['reseller:list'])).toBe('PERMISSION_NOT_ALLOWED_FOR_IDENTITY');
    expect(code(PartnerIdentity.SOLUTION_PROVIDER, ['reseller:funds'])).toBe('PERMISSION_NOT_ALLOWED_FOR_IDENTITY');
  });
  it('refuses ADMIN-only points', () => {
    for (const identity of IDENTITIES) {
      expect(code(identity, ['customer:association'])).toBe('PERMISSION_ADMIN_ONLY');
    }
  });
});

describe('customer scope', () => {
  const { ADMIN, ACCOUNT_MANAGER: AM, ACCOUNT_MANAGER_SUPERVISOR: AMS, SA_SPECIALIST: SA } = PresetRole;

  it('limits a lone account manager to assigned customers', () => {
    expect(customerScopeFor([AM])).toBe('ASSIGNED');
    expect(seesAllCustomers([AM])).toBe(false);
  });
  it("limits a lone supervisor to the supervised managers' customers", () => {
    expect(customerScopeFor([AMS])).toBe('SUPERVISED');
    expect(seesAllCustomers([AMS])).toBe(false);
  });
  it('widens to all with any other role', () => {
    expect(customerScopeFor([ADMIN])).toBe('ALL');
    expect(customerScopeFor([SA])).toBe('ALL');
    expect(customerScopeFor([null])).toBe('ALL');
    expect(customerScopeFor([AM, SA])).toBe('ALL');
    expect(customerScopeFor([AM, null])).toBe('ALL');
    expect(customerScopeFor([AMS, SA])).toBe('ALL');
    expect(customerScopeFor([AMS, null])).toBe('ALL');
    expect(seesAllCustomers([AM, null])).toBe(true);
  });
  it('fails closed on invalid combinations', () => {
    expect(customerScopeFor([])).toBe('ASSIGNED');
    expect(customerScopeFor([AM, AMS])).toBe('ASSIGNED');
    expect(seesAllCustomers([])).toBe(false);
  });
});
