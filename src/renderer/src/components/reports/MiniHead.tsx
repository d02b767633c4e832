/** A report table's header: the first column reads left, the figures after it right. */
export function MiniHead({ first, figures }: { readonly first: string; readonly figures: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {figures.map((label) => (
          <th key={label} scope="col" className="cell-right">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
