import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pageSizes, type CursorPaging } from '@/lib/paging';

interface Props {
  paging: CursorPaging;
  /** The answer's `nextCursor`; none on the last page. */
  nextCursor: string | null | undefined;
  /** True while the table shows the previous page's rows as a placeholder. */
  loading?: boolean;
}

/** Previous / next and the page size, under a cursor-paged table. */
export function CursorPager({ paging, nextCursor, loading }: Props) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" align="center" gap="small">
      <Button disabled={paging.page === 1} onClick={paging.previous}>
        {t('common.previousPage')}
      </Button>
      <span>{paging.page}</span>
      <Button disabled={!nextCursor || loading} onClick={() => nextCursor && paging.next(nextCursor)}>
        {t('common.nextPage')}
      </Button>
      <Select
        value={paging.limit}
        onChange={paging.setPageSize}
        options={pageSizes.map((size) => ({ value: size, label: t('common.perPage', { size }) }))}
        style={{ width: 120 }}
      />
    </Flex>
  );
}
