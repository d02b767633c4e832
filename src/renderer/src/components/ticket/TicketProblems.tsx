import { nearestChoices, type TicketProblem } from './ticket-problems';

interface Props {
  readonly problems: readonly TicketProblem[];
  readonly onUse: (problem: TicketProblem, value: string) => void;
}

/** What is wrong with the order, in the core's own words, with the nearest valid values to click. */
export function TicketProblems({ problems, onUse }: Props) {
  if (problems.length === 0) return null;
  return (
    <ul className="ticket-problems" data-testid="ticket-problems">
      {problems.map((problem, index) => {
        const choices = nearestChoices(problem.nearest);
        return (
          <li key={`${problem.field}-${index}`} className="ticket-problem" data-testid="ticket-problem" data-field={problem.field}>
            <span>{problem.message}</span>
            {choices.length > 0 && (
              <span className="ticket-nearest">
                Use
                {choices.map((value) => (
                  <button key={value} type="button" className="ticket-nearest-btn num" data-testid="ticket-nearest" data-value={value} onClick={() => onUse(problem, value)}>
                    {value}
                  </button>
                ))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
