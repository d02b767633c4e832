import { describeApiError } from '../../api/form-errors';
import { useDeploymentVersions } from '../../api/use-deployments';
import { formatDateTime } from '../common/format';
import { InlineError } from '../common/InlineError';
import { paramsText } from './deployment-view';

/** Every parameter set the deployment ran with, newest first; the current one marked. */
export function VersionsTable({ id, current }: { id: number; current: number }) {
  const versions = useDeploymentVersions(id);
  if (versions.isError) {
    return (
      <InlineError onRetry={() => void versions.refetch()} testId="deployment-versions-error">
        Could not load the versions: {describeApiError(versions.error)}
      </InlineError>
    );
  }
  if (versions.data === undefined) return <div className="toolbar-note dp-loading">loading…</div>;
  return (
    <table className="data-table data-table--dense dp-versions" data-testid="deployment-versions">
      <thead>
        <tr>
          <th scope="col" className="dp-col-version">Version</th>
          <th scope="col" className="dp-col-time">Since</th>
          <th scope="col">Parameters</th>
          <th scope="col" className="dp-col-amount cell-right">Amount</th>
        </tr>
      </thead>
      <tbody>
        {[...versions.data].reverse().map((version) => (
          <tr key={version.version} className={`data-row${version.version === current ? ' is-selected' : ''}`} data-testid="deployment-version-row" data-version={version.version} title={`Parameter hash ${version.parameterHash}`}>
            <td className="num">
              v{version.version}
              {version.version === current && <span className="muted"> · current</span>}
            </td>
            <td className="num">{formatDateTime(version.createdAt)}</td>
            <td title={paramsText(version.params)}>{paramsText(version.params)}</td>
            <td className="num cell-right">{typeof version.params['amountPerTrade'] === 'number' ? String(version.params['amountPerTrade']) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
