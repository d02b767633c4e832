import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { unwrap } from '../../../shared/rpc/unwrap';
import { DEFAULT_CHART_LAYOUTS, type ChartLayout, type ChartLayouts } from '../../../shared/schemas/chart';
import { type Settings } from '../../../shared/schemas/settings';
import { useBridge } from '../bridge/bridge-context';
import { activeLayout } from '../components/chart/layout-edits';
import { queryKeys } from './query-keys';
import { useSettings } from './use-settings';

export interface ChartLayoutsState {
  readonly layouts: ChartLayouts;
  readonly layout: ChartLayout;
  /** False until the settings arrived: until then the defaults are shown and nothing is saved. */
  readonly isLoaded: boolean;
  /** Applies an edit at once (the chart follows the click), then saves it. */
  readonly change: (edit: (layouts: ChartLayouts) => ChartLayouts) => void;
  readonly isSaving: boolean;
  readonly saveError: unknown;
}

/**
 * The named chart layouts from the settings. An edit shows at once and stays on screen while
 * it is being saved, so quick clicks (1h, then 4h) never flick back through the echo of an
 * earlier save; once the last save settles, the saved settings are what is shown again. If the
 * core refuses an edit the settings are fetched again and the error is kept for the toolbar.
 */
export function useChartLayouts(): ChartLayoutsState {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const [pending, setPending] = useState<ChartLayouts | null>(null);
  const pendingRef = useRef<{ layouts: ChartLayouts; seq: number } | null>(null);
  const seqRef = useRef(0);
  const save = useMutation({
    mutationFn: async (chartLayouts: ChartLayouts) => unwrap(await bridge.settings.set({ chartLayouts })),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.settings, saved),
    onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.settings }),
  });
  const { mutate } = save;

  const change = useCallback(
    (edit: (layouts: ChartLayouts) => ChartLayouts) => {
      const saved = queryClient.getQueryData<Settings>(queryKeys.settings);
      if (saved === undefined) return;
      const base = pendingRef.current?.layouts ?? saved.chartLayouts;
      const next = edit(base);
      if (next === base) return;
      seqRef.current += 1;
      const seq = seqRef.current;
      pendingRef.current = { layouts: next, seq };
      setPending(next);
      mutate(next, {
        onSettled: () => {
          if (pendingRef.current?.seq !== seq) return;
          pendingRef.current = null;
          setPending(null);
        },
      });
    },
    [queryClient, mutate],
  );

  const layouts = pending ?? settings.data?.chartLayouts ?? DEFAULT_CHART_LAYOUTS;
  return { layouts, layout: activeLayout(layouts), isLoaded: settings.data !== undefined, change, isSaving: save.isPending, saveError: save.error };
}
