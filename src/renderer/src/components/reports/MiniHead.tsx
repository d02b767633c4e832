import { type ReactNode } from 'react';

interface Props {
  /** The first column's heading, or the leading `<th>` cells when there are several or they need a class. */
  readonly first: ReactNode;
  /** Headings of the figures after it, which read right. */
  readonly figures: readonly string[];
}

/** A report table's header: the leading columns read left, the figures after them right. */
export function MiniHead({ first, figures }: Props) {
  return (
    <thead>
      <tr>
        {typeof first === 'string' ? <th scope="col">{first}</th> : first}
        {figures.map((label) => (
          <th key={label} scope="col" className="cell-right">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
