import { useMessages } from '../../../i18n/messages.ts';
import type { GridHeaders } from './grid-headers.ts';
import { navColumns, navField } from './grid-nav.ts';

/**
 * The heading row, sticky on top (its number and name cells also on the left): the number, the first
 * seven columns, the percent, then the status and the rest.
 */
export function GridHead({ headers }: { headers: GridHeaders }) {
  const m = useMessages();
  return (
    <thead>
      <tr data-testid="indicator-grid-head">
        <th scope="col" className="is-sticky-number">
          {m.programmes.number}
        </th>
        {navColumns.slice(0, 7).map((c) =>
          c !== 'status' && c.field === 'name' ? (
            <th scope="col" key="name" className="is-sticky-name" data-testid="indicator-grid-name-header">
              {headers.name}
            </th>
          ) : (
            <th scope="col" key={navField(c)}>
              {c === 'status' ? headers.status : headers[c.field]}
            </th>
          ),
        )}
        <th scope="col">{m.programmes.percent}</th>
        {navColumns.slice(7).map((c) => (
          <th scope="col" key={navField(c)}>
            {c === 'status' ? headers.status : headers[c.field]}
          </th>
        ))}
      </tr>
    </thead>
  );
}
