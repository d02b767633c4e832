import { venueLabel } from './data-labels';

interface Props {
  readonly id: string;
  readonly venues: readonly string[];
  readonly value: string;
  readonly onChoose: (venue: string) => void;
}

/** The market-data venues there is reason to name: Binance, the accounts' venues, stored ones. */
export function VenueSelect({ id, venues, value, onChoose }: Props) {
  const choices = venues.includes(value) ? venues : [value, ...venues];
  return (
    <select id={id} className="select select--field" data-testid={id} value={value} onChange={(event) => onChoose(event.target.value)}>
      {choices.map((venue) => (
        <option key={venue} value={venue} title={venue}>
          {venueLabel(venue)}
        </option>
      ))}
    </select>
  );
}
