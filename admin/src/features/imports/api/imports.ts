import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importTemplate, type ImportReport, type ImportResource } from '@union/shared';
import { request } from '@/lib/api';
import { saveFile } from '@/lib/export';

/** The media type the server reads a file as, by its name; the server tells UTF-8 from GBK itself. */
export function mediaTypeOf(fileName: string): string | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv') return 'text/csv';
  if (ext === 'ndjson' || ext === 'jsonl') return 'application/x-ndjson';
  if (ext === 'json') return 'application/json';
  return null;
}

export interface ImportRun {
  resource: ImportResource;
  file: File;
  mode: 'atomic' | 'partial';
  dryRun: boolean;
}

/** Uploads a file; answers the report, also when an atomic import is refused whole (422). */
export function useImportFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resource, file, mode, dryRun }: ImportRun) =>
      request<ImportReport>(`/imports/${resource}`, {
        method: 'POST',
        query: { mode, dryRun },
        upload: { data: file, type: mediaTypeOf(file.name) ?? 'text/csv' },
        answerStatuses: [422],
      }),
    onSuccess: (report) => {
      // whatever list shows the imported records reads them again
      if (report.written) void queryClient.invalidateQueries();
    },
  });
}

/** Saves the resource's template (its Chinese headers, UTF-8 with BOM so Excel opens it). */
export function downloadTemplate(resource: ImportResource, fileName: string) {
  saveFile(new Blob([importTemplate(resource)], { type: 'text/csv;charset=utf-8' }), fileName);
}
