import { useMutation } from '@tanstack/react-query';
import { type z } from 'zod';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type ExportInputSchema } from '../../../shared/schemas/export';
import { useBridge } from '../bridge/bridge-context';

export type ExportInput = z.input<typeof ExportInputSchema>;

/** Writes orders or fills to a file in the data folder's exports folder and says where. */
export function useCreateExport() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: async (input: ExportInput) => unwrap(await bridge.export.create(input)),
  });
}
