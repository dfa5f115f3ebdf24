import { Button } from 'antd';
import { formatPercentVi } from '../../../../../shared/text/number-format.ts';
import { useMessages } from '../../../i18n/messages.ts';
import type { GridContext, GridRowValues } from './grid-columns.ts';
import type { GridHeaders } from './grid-headers.ts';
import { navColumns, navField } from './grid-nav.ts';
import type { GridRow } from './grid-rows.ts';
import { GridCell } from './GridCell.tsx';
import type { GridEditing } from './use-indicator-grid-editing.ts';

/**
 * A row of the grid: its number (a link to the detail; "+" on the new row), the first seven cells, the
 * percent achieved, then the status and the rest.
 */
export function GridBodyRow(props: {
  row: number;
  values: GridRowValues;
  gridRow: GridRow | undefined;
  grid: GridEditing;
  headers: GridHeaders;
  ctx: GridContext;
  onOpen(rowKey: string): void;
}) {
  const m = useMessages();
  const { row, values, gridRow, grid, headers, ctx } = props;
  const cells = navColumns.map((column, col) => (
    <GridCell key={navField(column)} {...{ row, col, values, gridRow, grid, headers, ctx }} />
  ));
  return (
    <tr data-row={gridRow ? 'indicator' : 'new'}>
      <td className="indicator-grid-number is-sticky-number">
        {gridRow ? (
          <Button
            type="link"
            size="small"
            // One Tab stop per grid: the keyboard opens the detail from the status cell (Enter).
            tabIndex={-1}
            aria-label={m.indicatorGrid.detailsOf(gridRow.number)}
            title={m.indicatorGrid.details}
            onClick={() => props.onOpen(gridRow.key)}
          >
            {gridRow.number}
          </Button>
        ) : (
          '+'
        )}
      </td>
      {cells.slice(0, 7)}
      <td className="is-number">
        {gridRow?.percent === null || gridRow === undefined ? '' : formatPercentVi(gridRow.percent)}
      </td>
      {cells.slice(7)}
    </tr>
  );
}
