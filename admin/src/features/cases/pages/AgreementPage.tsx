import { useQuery } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { claimCategoryLabels, labelIn, type Case } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { PrintPage, useDocumentTitle } from '@/components/PrintPage';
import { QueryError } from '@/components/QueryError';
import { useEmployer } from '@/features/employers';
import { useCase } from '../api/get-case';
import { useCaseEvents } from '../api/get-case-events';
import { orgQueryOptions } from '../api/get-org';
import { hasAgreement } from '../utils/agreement';
import { formatYuan, yuanInCapitals } from '@/lib/money';

/** Workers named one by one in the parties; a longer list goes to an annex (a collective dispute). */
const INLINE_WORKERS = 5;
/** Ruled lines for the terms the parties agree, written in by hand (what is paid, by when, how). */
const AGREED_LINES = 5;

/** A China calendar date, as a letter writes it: 2026年11月23日. */
function chineseDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * 调解协议书: the mediation agreement of a settled case as an official letter, filled from the
 * record (parties, the handling organization, the claims and amounts) with room for the agreed
 * terms, the signatures, the date and the organization's seal. It prints on A4 without the app's
 * chrome; the letter itself is always in Chinese, the language it is signed in.
 */
export default function AgreementPage() {
  const { t } = useTranslation();
  const caseId = useParams().caseId;
  const found = useCase(caseId);

  useDocumentTitle(found.data && `劳动争议调解协议书 ${found.data.caseNo}`);

  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <PageSpinner />;
  if (!hasAgreement(found.data)) {
    return (
      <Result
        status="info"
        title={t('agreement.notSettled')}
        extra={
          <Link to={`/cases/${found.data.id}`}>
            <Button>{t('agreement.back')}</Button>
          </Link>
        }
      />
    );
  }
  return <Agreement c={found.data} />;
}

function Agreement({ c }: { c: Case }) {
  const { t } = useTranslation();
  const employer = useEmployer(c.employerId).data;
  const org = useQuery({ ...orgQueryOptions(c.handlerOrgId), retry: false }).data;
  const events = useCaseEvents(c.id).data;
  const settledOn = chineseDate(events?.findLast((e) => e.type === 'settle')?.at);
  const annex = c.workers.length > INLINE_WORKERS;
  const categories = [...new Set(c.claims.map((claim) => labelIn(claimCategoryLabels[claim.category], 'zh-CN')))].join('、');

  return (
    <PrintPage prefix="agreement" css={printCss} backTo={`/cases/${c.id}`} backLabel={t('agreement.back')}>
      <article className="agreement-sheet" data-testid="agreement" lang="zh-CN">
        <h1>劳动争议调解协议书</h1>
        <p className="agreement-number">编号：{c.caseNo}</p>

        <section className="agreement-parties">
          {annex ? (
            <p>
              <b>申请人：</b>
              {c.workers[0].name}等{c.workerCount}名职工（名单及身份信息见附件）
            </p>
          ) : (
            c.workers.map((w, i) => (
              <p key={i}>
                <b>申请人{c.workers.length > 1 ? `${i + 1}` : ''}：</b>
                {w.name}
                {w.idNumber && `，公民身份号码：${w.idNumber}`}
                {w.phone && `，联系电话：${w.phone}`}
              </p>
            ))
          )}
          <p>
            <b>被申请人：</b>
            {c.employerName}
            {employer && `，统一社会信用代码：${employer.creditCode}`}
            {employer?.regionName && `，住所地：${employer.regionName.replace(/\s+/g, '')}`}
          </p>
          <p>
            <b>调解组织：</b>
            {c.handlerOrgName}
            {org?.address && `，地址：${org.address}`}
            {org?.phone && `，电话：${org.phone}`}
          </p>
        </section>

        <p className="agreement-para">
          {`申请人与被申请人因${categories}争议，于${chineseDate(c.receivedAt)}申请调解。${c.handlerOrgName}依照《中华人民共和国劳动争议调解仲裁法》的规定受理后，经调解，双方当事人在平等自愿、协商一致的基础上，达成如下协议：`}
        </p>

        <h2>一、争议事项及请求金额</h2>
        <table className="agreement-claims">
          <thead>
            <tr>
              <th style={{ width: '12%' }}>序号</th>
              <th>争议事项</th>
              <th style={{ width: '34%' }}>请求金额（元）</th>
            </tr>
          </thead>
          <tbody>
            {c.claims.map((claim, i) => (
              <tr key={i}>
                <td className="center">{i + 1}</td>
                <td>{labelIn(claimCategoryLabels[claim.category], 'zh-CN')}</td>
                <td className="amount">{formatYuan(claim.amount)}</td>
              </tr>
            ))}
            <tr>
              <td className="center">合计</td>
              <td colSpan={2}>
                人民币 {formatYuan(c.amountClaimed)} 元（大写：{yuanInCapitals(c.amountClaimed)}）
              </td>
            </tr>
          </tbody>
        </table>

        <h2>二、双方自愿达成的协议内容（包括履行期限和方式）</h2>
        <div className="agreement-lines" data-testid="agreed-terms">
          {Array.from({ length: AGREED_LINES }, (_, i) => (
            <div key={i} className="agreement-line" />
          ))}
        </div>

        <h2>三、其他约定</h2>
        <div className="agreement-terms">
          <p className="agreement-para">
            1．本协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行（《劳动争议调解仲裁法》第十四条）。
          </p>
          <p className="agreement-para">
            2．达成调解协议后，一方当事人在协议约定期限内不履行调解协议的，另一方当事人可以依法申请仲裁（第十五条）。因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令（第十六条）。
          </p>
          <p className="agreement-para">3．本协议书一式三份，双方当事人各执一份，调解组织留存一份。</p>
        </div>

        <section className="agreement-signatures">
          <div className="sign-col">
            <div className="sign">申请人（签名）：</div>
            <div className="sign">调解员（签名）：</div>
          </div>
          <div className="sign-col">
            <div className="sign">被申请人（盖章）：</div>
            <div className="sign">法定代表人或委托代理人（签名）：</div>
            <div className="agreement-seal-block">
              <div className="agreement-seal" data-testid="seal-area">
                （调解组织印章）
              </div>
              <p className="org">{c.handlerOrgName}</p>
              <p className="date">{settledOn ?? '　　　　年　　月　　日'}</p>
            </div>
          </div>
        </section>

        {annex && (
          <section className="agreement-annex">
            <h2>附件：申请人名单（共{c.workerCount}人）</h2>
            <table className="agreement-claims">
              <thead>
                <tr>
                  <th style={{ width: '10%' }}>序号</th>
                  <th style={{ width: '20%' }}>姓名</th>
                  <th>公民身份号码</th>
                  <th style={{ width: '22%' }}>联系电话</th>
                  <th style={{ width: '16%' }}>签名</th>
                </tr>
              </thead>
              <tbody>
                {c.workers.map((w, i) => (
                  <tr key={i}>
                    <td className="center">{i + 1}</td>
                    <td>{w.name}</td>
                    <td className="mono">{w.idNumber ?? ''}</td>
                    <td>{w.phone ?? ''}</td>
                    <td />
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </article>
    </PrintPage>
  );
}

/** A4 portrait, the letter alone: the toolbar and the screen's backdrop do not print. */
const printCss = `
.agreement-page { min-height: 100vh; background: #e8e8e8; padding: 16px 0 48px; }
.agreement-toolbar { width: 210mm; margin: 0 auto 16px; }
.agreement-sheet {
  box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 16mm 20mm 15mm 25mm;
  background: #fff; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.18); color: #000;
  font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, STSong, serif; font-size: 12pt; line-height: 1.55;
}
.agreement-sheet h1 { font-size: 20pt; font-weight: 700; text-align: center; letter-spacing: 0.3em; margin: 0 0 1mm; line-height: 1.4; }
.agreement-sheet h2 { font-size: 12pt; font-weight: 700; margin: 3mm 0 1mm; }
.agreement-sheet p { margin: 0; }
.agreement-number { text-align: right; font-size: 10.5pt; margin-bottom: 3mm !important; }
.agreement-para { text-indent: 2em; text-align: justify; }
.agreement-terms { font-size: 10.5pt; line-height: 1.6; }
.agreement-claims { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.5; }
.agreement-claims th, .agreement-claims td { border: 1px solid #000; padding: 1mm 2.5mm; }
.agreement-claims th { font-weight: 700; text-align: center; }
.agreement-claims .center { text-align: center; }
.agreement-claims .amount { text-align: right; font-variant-numeric: tabular-nums; }
.agreement-claims .mono { font-family: 'Noto Sans Mono CJK SC', monospace; }
.agreement-line { height: 7.5mm; border-bottom: 1px solid #000; }
.agreement-signatures { display: flex; gap: 6mm; margin-top: 3mm; break-inside: avoid; page-break-inside: avoid; }
.sign-col { flex: 1; }
.sign-col:last-child { flex: 1.25; }
.sign { height: 10mm; display: flex; align-items: flex-end; }
.agreement-seal-block { position: relative; margin-top: 11mm; padding-bottom: 2mm; }
.agreement-seal {
  position: absolute; left: 50%; top: -11mm; width: 34mm; height: 34mm; margin-left: -17mm; border: 1.5px dashed #c33; border-radius: 50%;
  color: #c33; display: flex; justify-content: center; align-items: flex-start; padding-top: 3mm; box-sizing: border-box; font-size: 9pt; letter-spacing: 0.1em;
}
.agreement-seal-block .org, .agreement-seal-block .date { position: relative; text-align: center; }
.agreement-seal-block .org { padding-top: 0; }
.agreement-annex { break-before: page; page-break-before: always; }
@page { size: A4 portrait; margin: 16mm 20mm 15mm 25mm; }
@media print {
  html, body { background: #fff !important; }
  .agreement-page { background: #fff; padding: 0; min-height: 0; }
  .agreement-toolbar { display: none !important; }
  .agreement-sheet { box-shadow: none; margin: 0; padding: 0; width: auto; min-height: 0; }
  .agreement-claims tr { break-inside: avoid; }
}
`;
