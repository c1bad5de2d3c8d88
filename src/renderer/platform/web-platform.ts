import type { FileFilter } from '../../preload/ipc-contract';
import type { Platform } from './platform';

function acceptAttribute(filters: FileFilter[]): string {
  // ".cspr.json" is not a single extension to the browser: accept by its last part.
  return filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext.split('.').pop()}`)).join(',');
}

// Web mode: saving is a download, opening is a file input. Nothing leaves the machine. No
// `backups` port: a browser cannot write to a folder unasked, so the reviewer exports case files.
export function webPlatform(): Platform {
  return {
    kind: 'web',
    async saveFile({ suggestedName, contents }) {
      const blob = new Blob([contents as BlobPart], { type: typeof contents === 'string' ? 'application/json' : 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { saved: true, fileName: suggestedName };
    },
    openTextFile({ filters, maxBytes }) {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(filters);
        input.hidden = true;
        const finish = () => input.remove();
        input.addEventListener('cancel', () => {
          finish();
          resolve(null);
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          finish();
          if (!file) return resolve(null);
          if (file.size > maxBytes) {
            return reject(
              new Error(`"${file.name}" is too large (${Math.ceil(file.size / 1024 / 1024)} MB; the limit is ${Math.floor(maxBytes / 1024 / 1024)} MB).`),
            );
          }
          file.text().then(
            (contents) => resolve({ name: file.name, contents }),
            () => reject(new Error(`"${file.name}" could not be read.`)),
          );
        });
        document.body.append(input);
        input.click();
      });
    },
  };
}
