import express, { type Request, type Response } from 'express';
import { BadUserInputError, DomainError } from '@ensemble/api/core';
import { HR_IMPORT_MAX_BYTES } from './hr-import.plan';

const readCsvBytes = express.raw({ type: 'text/csv', limit: HR_IMPORT_MAX_BYTES, inflate: false });
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/**
 * The HR import's file, sent as the request body with `Content-Type: text/csv`: read only here, once
 * the access guard has let the request through, within its own 5 MB limit, and decoded as UTF-8 (a
 * file in another encoding is refused rather than imported with mangled names).
 */
export async function readCsvUpload(request: Request, response: Response): Promise<string> {
  // type-is answers null when there is no body at all: that is an empty file, which the importer names.
  if (request.is('text/csv') === false) {
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the CSV file as the request body, with Content-Type: text/csv.',
      415,
    );
  }
  const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The charset "${charset}" is not accepted: send the file as UTF-8.`,
      415,
    );
  }
  await new Promise<void>((resolve, reject) => {
    readCsvBytes(request, response, (error?: unknown) => (error ? reject(tooLargeAsFile(error)) : resolve()));
  });
  const bytes: unknown = request.body;
  if (!Buffer.isBuffer(bytes)) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const message = 'The file is not UTF-8 text: export it as "CSV UTF-8" and send it again.';
    throw new BadUserInputError(message, [{ field: 'file', problems: [message] }]);
  }
}

/** The body parser's own refusals (compressed, cut off) keep their generic answers; the size gets the import's words. */
function tooLargeAsFile(error: unknown): unknown {
  if ((error as { type?: unknown }).type !== 'entity.too.large') return error;
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    'The file is larger than 5 MB: split it into smaller files.',
    413,
  );
}
