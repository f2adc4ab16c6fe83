/**
 * What a client did wrong with a request body, as express's body parsers (body-parser over raw-body)
 * report it: an http-errors object with a 4xx `status` and a `type`. They fail before any route runs,
 * so Nest hands them to the global HTTP error filter as plain errors (except malformed JSON, which
 * Nest itself turns into a BadRequestException); this turns them into the status and stable code the
 * client should see.
 */
export interface BodyRefusal {
  status: number;
  code: string;
  message: string;
}

interface BodyParserError {
  status: number;
  type: string;
  limit?: number;
  encoding?: string;
  charset?: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const { status, type } = error as Partial<BodyParserError>;
  return typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500;
}

function byteSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The refusal for a body parser's client error; undefined for anything else (a server fault stays one). */
export function bodyRefusalOf(error: unknown): BodyRefusal | undefined {
  if (!isBodyParserError(error)) return undefined;
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than the ${byteSize(error.limit ?? 0)} this route accepts.`,
      };
    case 'parameters.too.many':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The form has too many fields.' };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `Content-Encoding "${error.encoding ?? ''}" is not accepted: send the body uncompressed.`,
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `The charset "${error.charset ?? ''}" is not accepted: send UTF-8.`,
      };
    case 'request.size.invalid':
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'The request body does not match its Content-Length.',
      };
    default:
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body could not be read.' };
  }
}
