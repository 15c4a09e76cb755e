/**
 * 计划证书 (issue 14 item 5; seeds 004): the certificate details are read by every member with
 * program:certificate; only the account that joined the program downloads the PDF. Every other
 * caller gets its own refusal with a code in the body, decided by DOWNLOAD_ACCESS (the table).
 */
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { ShowcaseCertificatesDocument } from '../generated/graphql';
import { ProgramCertificate } from '../../src/modules/program-certificate/program-certificate.entity';
import { DOWNLOAD_ACCESS } from '../../src/permissions/download-access';
import { DIST, OTHER_DIST } from '../support/demo';
import { errorCodes } from '../support/graphql';
import { gid, memberGid } from '../support/ids';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-sa', 'dist-am', 'other-dist-admin']);
const customers = useTokens(server, ['yunfan-tech'], 'CUSTOMER');
const operators = useTokens(server, ['ops-admin'], 'OPERATOR');

const get = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function refusal(res: Response): Promise<{ status: number; code: unknown }> {
  const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
  return { status: res.status, code: body.errors[0].extensions.code };
}

const certificateOf = async (partnerId: number, login: string) =>
  server.em().findOneOrFail(ProgramCertificate, { partner: partnerId, joinedBy: { loginName: login } });

describe('Partner.programCertificates (查看计划证书)', () => {
  it('shows the partner’s certificates to every member with the point; only the joiner’s is downloadable', async () => {
    for (const login of ['dist-admin', 'dist-sa'] as const) {
      const res = await server.execute(ShowcaseCertificatesDocument, { first: 10 }, members[login]);
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.viewer.partner.programCertificates!.nodes;
      expect(nodes.map((n) => n.joinedBy?.loginName).sort()).toEqual(['dist-admin', 'dist-sa']);
      const main = nodes.find((n) => n.joinedBy?.loginName === 'dist-admin')!;
      expect(main.programName).toBe('分销计划(总经销商)');
      expect(main.validity).toBe('VALID');
      expect(main.downloadable).toBe(login === 'dist-admin');
      expect(main.downloadPath).toBe(`/program-certificates/${main.id}.pdf`);
      const old = nodes.find((n) => n.joinedBy?.loginName === 'dist-sa')!;
      expect(old.validity).toBe('EXPIRED');
      expect(old.downloadable).toBe(login === 'dist-sa');
    }
  });

  it('refuses the list without program:certificate (account manager) and to other partners’ ids', async () => {
    const res = await server.execute(ShowcaseCertificatesDocument, { first: 10 }, members['dist-am']);
    expect(errorCodes(res)).toContain('FORBIDDEN');
    const foreign = await certificateOf(OTHER_DIST, 'other-dist-admin');
    const node = await server.execute(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: gid('ProgramCertificate', foreign.id) },
      members['dist-admin'],
    );
    expect(node.data).toEqual({ node: null });
  });
});

describe('GET /program-certificates/{id}.pdf (下载计划证书)', () => {
  it('gives the account that joined the program its certificate as a PDF with its number and partner', async () => {
    const cert = await certificateOf(DIST, 'dist-admin');
    const res = await get(`/program-certificates/${gid('ProgramCertificate', cert.id)}.pdf`, members['dist-admin']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain(cert.certificateNo);
    expect(text).toContain('计划证书');
    expect(text).toContain('dist-admin');
    // An expired certificate still prints for its own joiner, marked expired.
    const old = await certificateOf(DIST, 'dist-sa');
    const expired = await get(`/program-certificates/${gid('ProgramCertificate', old.id)}.pdf`, members['dist-sa']);
    expect(expired.status).toBe(200);
    const oldText = (
      await extractText(await getDocumentProxy(new Uint8Array(await expired.arrayBuffer())), { mergePages: true })
    ).text;
    expect(oldText).toContain(old.certificateNo);
    expect(oldText).toContain('已过期');
  });

  it('refuses everyone else with its own status and code, never the file', async () => {
    const cert = await certificateOf(DIST, 'dist-admin');
    const path = `/program-certificates/${gid('ProgramCertificate', cert.id)}.pdf`;
    // A colleague with program:certificate: sees the details, cannot download (seeds 004).
    expect(await refusal(await get(path, members['dist-sa']))).toEqual({ status: 403, code: 'CERTIFICATE_NOT_HOLDER' });
    // A colleague without the point.
    expect(await refusal(await get(path, members['dist-am']))).toEqual({ status: 403, code: 'FORBIDDEN' });
    // Another partner: like a certificate that does not exist.
    expect(await refusal(await get(path, members['other-dist-admin']))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(
      await refusal(
        await get(`/program-certificates/${gid('ProgramCertificate', 999_999)}.pdf`, members['dist-admin']),
      ),
    ).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(
      await refusal(await get(`/program-certificates/${memberGid('dist-admin')}.pdf`, members['dist-admin'])),
    ).toEqual({ status: 404, code: 'NOT_FOUND' });
    // A customer and an operator are not members; nobody signed in is 401.
    expect(await refusal(await get(path, customers['yunfan-tech']))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await refusal(await get(path, operators['ops-admin']))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await refusal(await get(path))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(await get(path, 'not-a-token'))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('takes its rule from the permission table, which the invoice list PDF shares', () => {
    expect(DOWNLOAD_ACCESS.programCertificate).toMatchObject({
      permission: 'program:certificate',
      holder: 'JOINED_MEMBER',
    });
    expect(DOWNLOAD_ACCESS.invoiceList).toMatchObject({ permission: 'invoice:view', holder: 'PARTNER' });
  });
});
