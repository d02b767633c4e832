import { type ReportService } from '../../reports/report-service';
import { type HandlerMap } from '../handler-types';

type ReportMethods = 'reports.daily' | 'reports.dailyGet' | 'reports.generate' | 'reports.snapshots' | 'reports.performance';

export function reportHandlers(reports: ReportService): HandlerMap<ReportMethods> {
  return {
    'reports.daily': ({ accountId, month }) => reports.monthReports(accountId, month),
    'reports.dailyGet': ({ accountId, day }) => reports.dayReport(accountId, day),
    'reports.generate': ({ accountId }) => reports.today(accountId),
    'reports.snapshots': (input) => reports.equityCurve(input),
    'reports.performance': (input) => reports.performance(input),
  };
}
