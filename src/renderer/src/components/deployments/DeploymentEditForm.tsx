import { useMemo, useRef, useState, type FormEvent } from 'react';
import { DeploymentParamFields } from './DeploymentParamFields';
import { type StrategyInfo } from '../../../../shared/schemas/backtests';
import { type Deployment } from '../../../../shared/schemas/deployments';
import { paramFieldsOf } from '../../api/backtest-params';
import { useUpdateDeployment } from '../../api/use-deployments';
import { InfoIcon } from '../common/Icons';
import { TextField } from '../common/TextField';
import { LimitsFields } from './LimitsFields';
import { VersionsTable } from './VersionsTable';
import { editValuesOf, makesNewVersion, placeServerError, readEditForm, type EditFormValues } from './deployment-form';
import { assetsOf } from './deployment-view';
import { useFieldErrors } from './use-field-errors';
import { useFocusFirstError } from './use-focus-first-error';
import { useParamValues } from './use-param-values';

interface Props {
  readonly deployment: Deployment;
  /** The strategy it runs, for its parameter inputs; undefined when this build no longer has it. */
  readonly strategy: StrategyInfo | undefined;
  readonly onClose: () => void;
}

/**
 * Changes a paused, stopped or failed deployment: new parameters or a new amount per trade
 * become the next version (the versions are listed under the form); limits are replaced.
 */
export function DeploymentEditForm({ deployment, strategy, onClose }: Props) {
  const update = useUpdateDeployment();
  const allFields = useMemo(() => (strategy === undefined ? [] : paramFieldsOf(strategy.paramsSchema)), [strategy]);
  const params = useParamValues(allFields, deployment.params);
  const [values, setValues] = useState<EditFormValues>(() => editValuesOf(deployment));
  const server = placeServerError(update.error, params.fields.map((field) => field.key));
  const errors = useFieldErrors(server.fields);
  const { quote } = assetsOf(deployment.symbol);
  const isEditable = deployment.status !== 'running';
  const preview = params.read();
  const isNewVersion = Object.keys(preview.errors).length === 0 && makesNewVersion(deployment, preview.params, values.amountPerTrade);
  const version = deployment.paramsVersion;
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useFocusFirstError(formRef, update.error ?? refusals);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const read = params.read();
    const form = readEditForm(deployment, values, read.params);
    const problems = { ...read.errors, ...form.errors };
    errors.setLocal(problems);
    if (Object.keys(problems).length > 0 || form.input === null) {
      setRefusals((count) => count + 1);
      return;
    }
    update.mutate(form.input);
  };

  return (
    <form ref={formRef} className="pane-form dp-form" onSubmit={submit} noValidate data-testid="deployment-edit-form" data-deployment-id={deployment.id}>
      <div className="pane-title">
        <span className="pane-title-name">
          Edit #{deployment.id} {deployment.strategyName}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn--small" data-testid="deployment-edit-close" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="form-note">
        {deployment.symbol} {deployment.timeframe} · {deployment.mode} · running version {version}
      </div>
      <div className={isNewVersion ? 'form-success' : 'form-note'} data-testid="deployment-edit-version" data-new-version={isNewVersion ? version + 1 : version}>
        {isNewVersion
          ? `Saving makes version ${version + 1}: new parameters or a new amount per trade. Version ${version} stays in the history below.`
          : `Parameters and amount as in version ${version}: saving changes the limits only.`}
      </div>
      {!isEditable && (
        <div className="form-callout form-callout--warn" role="note" data-testid="deployment-edit-running">
          <InfoIcon size={14} />
          <span>It is running: pause or stop it to save a change.</span>
        </div>
      )}
      <DeploymentParamFields idPrefix="deploy-edit" params={params} errors={errors} />
      <TextField
        id="deploy-edit-amount"
        label={`Amount per trade${quote === '' ? '' : ` (${quote})`}`}
        error={errors.of('amountPerTrade')}
        className="input num"
        inputMode="decimal"
        autoComplete="off"
        value={values.amountPerTrade}
        onValue={(amountPerTrade) => {
          setValues((current) => ({ ...current, amountPerTrade }));
          errors.dismiss('amountPerTrade');
        }}
      />
      <LimitsFields
        idPrefix="deploy-edit"
        values={values.limits}
        quote={quote}
        errorOf={(key) => errors.of(`limits.${key}`)}
        groupError={errors.of('limits')}
        onValue={(key, value) => {
          setValues((current) => ({ ...current, limits: { ...current.limits, [key]: value } }));
          errors.dismiss(`limits.${key}`);
          errors.dismiss('limits');
        }}
      />
      {server.form !== null && (
        <div className="form-error" role="alert" data-testid="deployment-edit-error">
          {server.form}
        </div>
      )}
      {update.isSuccess && (
        <div className="form-success" role="status" data-testid="deployment-edit-saved">
          Saved. It runs version {update.data.paramsVersion} when started or resumed.
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn btn--primary" data-testid="deployment-edit-save" disabled={!isEditable || update.isPending}>
          {update.isPending ? 'Saving…' : isNewVersion ? `Save as version ${version + 1}` : 'Save'}
        </button>
      </div>
      <div className="dp-form-versions">
        <div className="field-title">Versions</div>
        <VersionsTable id={deployment.id} current={version} />
      </div>
    </form>
  );
}
