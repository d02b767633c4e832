import { ParamFields } from '../backtests/ParamFields';
import { type useFieldErrors } from './use-field-errors';
import { type useParamValues } from './use-param-values';

interface Props {
  readonly idPrefix: string;
  readonly params: ReturnType<typeof useParamValues>;
  readonly errors: ReturnType<typeof useFieldErrors>;
}

/** The strategy's parameters of a new or edited deployment; typing in a field clears its error. */
export function DeploymentParamFields({ idPrefix, params, errors }: Props) {
  return (
    <ParamFields
      idPrefix={idPrefix}
      fields={params.fields}
      values={params.values}
      errors={Object.fromEntries(params.fields.map((field) => [field.key, errors.of(field.key)]))}
      onValue={(key, value) => {
        params.setValue(key, value);
        errors.dismiss(key);
      }}
    />
  );
}
