import { type AppInfo } from '../../../shared/schemas/app';
import { type HandlerMap } from '../handler-types';

export function appHandlers(deps: { info: () => AppInfo }): HandlerMap<'app.info'> {
  return {
    'app.info': () => deps.info(),
  };
}
