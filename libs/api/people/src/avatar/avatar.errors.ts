import { DomainError } from '@ensemble/api/core';

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_MAX_DIMENSION = 4096;

export class AvatarTooLargeError extends DomainError {
  constructor(message = 'The picture is larger than 2 MB: choose a smaller one.') {
    super('AVATAR_TOO_LARGE', message, 413);
  }
}

export class AvatarUnsupportedTypeError extends DomainError {
  constructor() {
    super('AVATAR_UNSUPPORTED_TYPE', 'The picture must be a PNG, JPEG, WebP or GIF image.', 415);
  }
}
