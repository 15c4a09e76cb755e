// The typed client at work: sign in, then print the phone dashboard.
//   npm run example:client                      (against http://localhost:4000/graphql)
//   GRAPHQL_URL=https://…/graphql npm run example:client
import { createClient } from './client';
import { DashboardMobileDocument, SignInWithPasswordDocument } from './generated';

export async function main(
  url = process.env.GRAPHQL_URL ?? 'http://localhost:4000/graphql',
  log: (line: string) => void = console.log,
): Promise<void> {
  const { signIn } = await createClient({ url }).request(SignInWithPasswordDocument, {
    loginName: 'dist-admin',
    password: 'Partner@2026',
  });
  if (!signIn.token) throw new Error(`sign-in refused: ${signIn.userErrors.map((e) => e.code).join(', ')}`);
  log(`signed in as ${signIn.member?.displayName} (${signIn.member?.loginName})`);

  const client = createClient({ url, token: signIn.token });
  const { viewer } = await client.request(DashboardMobileDocument, {});
  const dashboard = viewer.partner.dashboard;
  if (!dashboard) throw new Error('no dashboard for this member');
  log(`resale revenue: ${dashboard.resaleRevenue.amount}`);
  for (const month of dashboard.consumptionByMonth)
    log(`  ${month.billCycle}  ${month.paymentAmount.amount.padStart(14)}`);
  log(
    `balance alerts: ${(dashboard.balanceAlerts ?? []).map((a) => `${a.customer.accountName} (${a.reason})`).join(', ') || 'none'}`,
  );
  log(`orders to pay within 3 days: ${(dashboard.expiringPendingOrders ?? []).length}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
