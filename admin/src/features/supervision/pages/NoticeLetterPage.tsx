import { Alert } from 'antd';
import type { NoticeLetter } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { PrintPage, useDocumentTitle } from '@/components/PrintPage';
import { QueryError } from '@/components/QueryError';
import { useNoticeLetter } from '../api/supervision';

/**
 * 提示函, 意见书, 建议书 (and the publication): the notice as an official letter in the layout of
 * Party and government documents (GB/T 9704): the issuing union in red over a red rule, the number
 * 〔year〕, the title, the addressee, the body filled from the record by the shared template, the
 * issuing union and the date with room for the seal. It prints on A4 without the app's chrome; the
 * letter itself is always in Chinese.
 */
export default function NoticeLetterPage() {
  const { t } = useTranslation();
  const noticeId = useParams().noticeId;
  const found = useNoticeLetter(noticeId);

  useDocumentTitle(found.data && `${found.data.title} ${found.data.noticeNo ?? ''}`.trim());

  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <PageSpinner />;
  const letter = found.data;

  return (
    <PrintPage prefix="letter" css={printCss} backTo={`/notices/${letter.noticeId}`} backLabel={t('supervision.backToNotice')}>
      {letter.status === 'draft' && <Alert className="letter-toolbar" type="warning" showIcon title={t('supervision.letterDraft')} style={{ marginBottom: 16 }} />}
      <Letter letter={letter} />
    </PrintPage>
  );
}

function Letter({ letter }: { letter: NoticeLetter }) {
  return (
    <article className="letter-sheet" data-testid="letter" lang="zh-CN">
      <header className="letter-head">
        <div className="letter-issuer">{letter.issuingUnion}</div>
        <div className="letter-number" data-testid="letter-number">
          {letter.noticeNo ?? '〔　　〕　号'}
        </div>
        <div className="letter-rule" />
      </header>
      <h1 data-testid="letter-title">{letter.title}</h1>
      {letter.addressee && <p className="letter-addressee">{letter.addressee}</p>}
      {letter.paragraphs.map((p, i) => (
        <p key={i} className="letter-para">
          {p}
        </p>
      ))}
      <section className="letter-signature">
        <div className="letter-seal">（印章）</div>
        <p>{letter.issuingUnion}</p>
        <p>{letter.date ?? '　　　　年　　月　　日'}</p>
      </section>
      <footer className="letter-footer">
        <div className="letter-rule thin" />
        <p>
          {letter.issuingUnion}
          <span>{letter.date ? `${letter.date}印发` : '　　年　　月　　日印发'}</span>
        </p>
        <div className="letter-rule thin" />
      </footer>
    </article>
  );
}

/** A4 portrait per GB/T 9704 margins (top 37 mm, left 28 mm), 仿宋 body, 小标宋 title; the toolbar does not print. */
const printCss = `
.letter-page { min-height: 100vh; background: #e8e8e8; padding: 16px 0 48px; }
.letter-toolbar { width: 210mm; margin: 0 auto 16px; box-sizing: border-box; }
.letter-sheet {
  box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 30mm 26mm 25mm 28mm;
  background: #fff; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.18); color: #000; display: flex; flex-direction: column;
  font-family: FangSong, 'FangSong_GB2312', STFangsong, 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif; font-size: 16pt; line-height: 28pt;
}
.letter-head { text-align: center; margin-bottom: 8mm; }
.letter-issuer {
  color: #d40000; font-size: 30pt; line-height: 1.3; font-weight: 700; letter-spacing: 0.12em;
  font-family: 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, serif;
}
.letter-number { margin-top: 6mm; font-size: 16pt; }
.letter-rule { border-top: 2px solid #d40000; margin-top: 2mm; }
.letter-rule.thin { border-top: 1px solid #000; margin: 0; }
.letter-sheet h1 {
  text-align: center; font-size: 22pt; line-height: 1.5; font-weight: 700; margin: 0 0 6mm;
  font-family: 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, serif;
}
.letter-sheet p { margin: 0; }
.letter-addressee { margin-bottom: 0; }
.letter-para { text-indent: 2em; text-align: justify; white-space: pre-wrap; }
.letter-signature { position: relative; margin: 14mm 8mm 0 auto; text-align: center; min-width: 70mm; break-inside: avoid; page-break-inside: avoid; }
.letter-seal {
  position: absolute; left: 50%; top: -12mm; width: 40mm; height: 40mm; margin-left: -20mm; border: 1.5px dashed #d40000; border-radius: 50%;
  color: #d40000; display: flex; justify-content: center; align-items: flex-start; padding-top: 3mm; font-size: 10pt; box-sizing: border-box; opacity: 0.7;
}
.letter-signature p { position: relative; }
.letter-footer { margin-top: auto; padding-top: 12mm; font-size: 14pt; line-height: 1.8; }
.letter-footer p { display: flex; justify-content: space-between; padding: 0 1em; }
@page { size: A4 portrait; margin: 0; }
@media print {
  html, body { background: #fff !important; }
  .letter-page { background: #fff; padding: 0; min-height: 0; }
  .letter-toolbar { display: none !important; }
  .letter-sheet { box-shadow: none; margin: 0; min-height: 297mm; }
}
`;
