import {
  BadRequestException,
  Catch,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Authenticated, CurrentUser, RateLimit, type Principal } from '@ensemble/api/core';
import { AvatarService } from './avatar.service';
import { AVATAR_MAX_BYTES } from './avatar.errors';

/** The part of multer's file object we use (multer's own types are not installed). */
interface UploadedAvatar {
  buffer: Buffer;
  size: number;
}

/**
 * Multer refuses oversized files and malformed forms before the handler runs, as Nest HTTP
 * exceptions; this gives them the avatar's stable codes instead of the generic ones.
 */
@Catch(PayloadTooLargeException, BadRequestException)
class AvatarUploadErrorFilter implements ExceptionFilter {
  catch(exception: PayloadTooLargeException | BadRequestException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof PayloadTooLargeException) {
      response.status(413).json({
        error: {
          code: 'AVATAR_TOO_LARGE',
          message: 'The picture is larger than 2 MB: choose a smaller one.',
        },
      });
      return;
    }
    response.status(400).json({
      error: {
        code: 'BAD_USER_INPUT',
        message: `The upload is not a form with one "file" field (${exception.message}).`,
      },
    });
  }
}

const NO_STORE = 'no-store';

/**
 * `POST /api/avatar` (multipart, field `file`), `GET /api/avatar/:personId`, `DELETE /api/avatar`.
 * Pictures are served as inert images: the sniffed type, nosniff, a CSP that allows nothing (an SVG
 * or HTML could never run even if one slipped in) and inline disposition.
 */
@Controller('api/avatar')
@Authenticated()
export class AvatarController {
  constructor(private readonly avatars: AvatarService) {}

  @Post()
  // Guards run before the interceptor: a refused upload is never read.
  @RateLimit('avatarUpload')
  @UseFilters(AvatarUploadErrorFilter)
  @UseInterceptors(
    FileInterceptor('file', {
      // One byte over the limit is enough to know it is too large; multer then stops reading.
      limits: { fileSize: AVATAR_MAX_BYTES, files: 1, fields: 4, parts: 5 },
    }),
  )
  async upload(
    @CurrentUser() principal: Principal,
    @UploadedFile() file: UploadedAvatar | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ avatarUrl: string; contentType: string }> {
    response.setHeader('Cache-Control', NO_STORE);
    const stored = await this.avatars.upload(principal.personId, file?.buffer);
    return { avatarUrl: stored.url, contentType: stored.contentType };
  }

  @Delete()
  @HttpCode(204)
  async remove(@CurrentUser() principal: Principal): Promise<void> {
    await this.avatars.remove(principal.personId);
  }

  @Get(':personId')
  async serve(
    @Param(
      'personId',
      new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('personId must be a person id') }),
    )
    personId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const avatar = await this.avatars.get(personId);
    const etag = `"${avatar.sha256}"`;
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', 'private, max-age=300');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Content-Disposition', 'inline');
    response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Type', avatar.contentType);
    response.setHeader('Content-Length', String(avatar.bytes.length));
    response.status(200).end(avatar.bytes);
  }
}
