import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { Table, Tag, theme } from 'antd';
import type { TableColumnType, TableColumnsType, TableProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { categoryLabelKey } from '../../../../../shared/domain/categories';
import { peoplePaths } from '../paths';
import { AbilityLevelTag } from '../../assessments';
import { PersonFlags } from '../person/person-flags';
import { EllipsisText, StrongLink } from './plain-typography';
import { PAGE_SIZE, SORT_FIELDS } from './people-filter';
import type { PeopleView, SortField } from './people-filter';
import type { PersonListItem } from './people-types';

interface Props {
  view: PeopleView;
  items: PersonListItem[];
  total: number;
  loading: boolean;
  onChange: (change: Partial<PeopleView>) => void;
  /** What an empty page says: a new center's first steps, or "nothing matches" with a way to clear. */
  emptyText: ReactNode;
}

/*
 * Fifty rows of seven cells are the page's cost on a slow PC: inside a row, plain
 * elements styled like antd's Flex and secondary Text stand in for those
 * components (each antd component instance reads and hashes the theme when it renders).
 */
const nameCell: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 2 };
const nameLine: CSSProperties = { display: 'flex', alignItems: 'baseline', gap: 6 };
const serviceTags: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 4 };
const noWrap: CSSProperties = { whiteSpace: 'nowrap' };
const categoriesStyle: CSSProperties = { display: 'block', maxWidth: 240 };
const idNumberStyle: CSSProperties = { fontFamily: 'monospace', fontSize: 13, whiteSpace: 'nowrap' };

function isSortField(value: unknown): value is SortField {
  return typeof value === 'string' && (SORT_FIELDS as readonly string[]).includes(value);
}

/** One page of elders (server-side paging and sorting, so thousands of records stay quick). */
export function PeopleTable({ view, items, total, loading, onChange, emptyText }: Props) {
  const { t } = useTranslation(['people', 'domain']);
  const navigate = useNavigate();
  const secondary: CSSProperties = { color: theme.useToken().token.colorTextDescription };
  const sortOrder = (field: SortField) =>
    view.sort.field === field ? (view.sort.order === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (field: SortField): TableColumnType<PersonListItem> => ({
    key: field,
    sorter: true,
    sortOrder: sortOrder(field),
    // Never "unsorted": the server always sorts by something.
    sortDirections: ['ascend', 'descend', 'ascend'],
  });

  const columns: TableColumnsType<PersonListItem> = [
    {
      ...sortable('name'),
      title: t('columns.name'),
      fixed: 'left',
      render: (_, row) => (
        <div style={nameCell}>
          <div style={nameLine}>
            {/* A real link, so Tab and Enter open the person too; the row click does the same. */}
            <StrongLink href={`#${peoplePaths.person(row.id)}`} style={noWrap} testId="people-row-name">
              {row.name}
            </StrongLink>
            <span style={secondary}>{t(`domain:sex.${row.sex}`)}</span>
            {row.status !== 'active' && (
              <Tag style={{ marginInlineEnd: 0 }} data-testid="people-row-status">
                {t(`domain:personStatus.${row.status}`)}
              </Tag>
            )}
          </div>
          <PersonFlags incomplete={row.incomplete} reassessmentDue={row.reassessmentDue} />
        </div>
      ),
    },
    { ...sortable('age'), title: t('columns.age'), align: 'right', render: (_, row) => row.age, width: 80 },
    {
      ...sortable('level'),
      title: t('columns.level'),
      render: (_, row) => <AbilityLevelTag level={row.abilityLevel} />,
      // The level matters most after the name: keep it in view on narrow screens.
      width: 120,
    },
    {
      key: 'idNumber',
      title: t('columns.idNumber'),
      render: (_, row) =>
        row.idNumber ? (
          <span style={idNumberStyle}>{row.idNumber}</span>
        ) : (
          <span style={secondary}>{t('list.none')}</span>
        ),
    },
    { ...sortable('village'), title: t('columns.village'), render: (_, row) => row.village ?? '' },
    {
      key: 'services',
      title: t('columns.services'),
      render: (_, row) => (
        <div style={serviceTags}>
          {row.services.map((code) => (
            <Tag key={code} color="blue" style={{ marginInlineEnd: 0 }}>
              {t(`domain:service.${code}`)}
            </Tag>
          ))}
        </div>
      ),
    },
    {
      key: 'categories',
      title: t('columns.categories'),
      render: (_, row) => {
        const names = row.categories
          .map((code) => t(categoryLabelKey(code)))
          .join(t('list.categorySeparator'));
        // One line whatever the language; the full list is in the tooltip and on the person page.
        return <EllipsisText text={names} style={categoriesStyle} />;
      },
    },
  ];

  const changed: TableProps<PersonListItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = isSortField(one?.columnKey) ? one.columnKey : 'name';
      onChange({ sort: { field, order: one?.order === 'descend' ? 'desc' : 'asc' } });
    } else if (extra.action === 'paginate') {
      onChange({ page: pagination.current ?? 1 });
    }
  };

  return (
    <Table<PersonListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items}
      onChange={changed}
      showSorterTooltip={false}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: view.page,
        pageSize: PAGE_SIZE,
        total,
        showSizeChanger: false,
        hideOnSinglePage: true,
      }}
      locale={{ emptyText }}
      onRow={(row) =>
        ({
          onClick: () => void navigate(peoplePaths.person(row.id)),
          style: { cursor: 'pointer' },
          'data-testid': 'people-row',
          'data-person-id': row.id,
        }) as HTMLAttributes<HTMLElement>
      }
      data-testid="people-table"
    />
  );
}
