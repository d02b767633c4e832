import { boundsText, type ParamField, type ParamValues } from '../../api/backtest-params';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { Field } from '../common/Field';
import { TextField } from '../common/TextField';

interface Props {
  readonly fields: readonly ParamField[];
  readonly values: ParamValues;
  readonly errors: Readonly<Record<string, string | undefined>>;
  readonly onValue: (key: string, value: string) => void;
  /** "backtest" (the default) or another form's: the ids and test ids of the inputs. */
  readonly idPrefix?: string;
}

/** A strategy's parameters, one input per schema property: numbers with their bounds, a select for a choice. */
export function ParamFields({ fields, values, errors, onValue, idPrefix = 'backtest' }: Props) {
  return (
    <div className="bt-params" data-testid={`${idPrefix}-params`}>
      {fields.map((field) =>
        field.kind === 'choice' ? (
          <Field key={field.key} label={field.label} htmlFor={`${idPrefix}-param-${field.key}`} error={errors[field.key]}>
            <ChoiceSelect
              id={`${idPrefix}-param-${field.key}`}
              className="select select--field"
              options={field.options}
              labels={Object.fromEntries(field.options.map((option) => [option, option.toUpperCase()]))}
              value={values[field.key] ?? field.options[0] ?? ''}
              onChoose={(value) => onValue(field.key, value)}
            />
          </Field>
        ) : (
          <TextField
            key={field.key}
            id={`${idPrefix}-param-${field.key}`}
            label={field.label}
            hint={boundsText(field)}
            error={errors[field.key]}
            className="input num"
            inputMode={field.isInteger ? 'numeric' : 'decimal'}
            placeholder={field.isNullable ? 'off' : undefined}
            autoComplete="off"
            value={values[field.key] ?? ''}
            onValue={(value) => onValue(field.key, value)}
          />
        ),
      )}
    </div>
  );
}
