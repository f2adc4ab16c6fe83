import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, BadUserInputError, NotFoundError, sql } from '@ensemble/api/core';
import {
  AVATAR_MAX_BYTES,
  AVATAR_MAX_DIMENSION,
  AvatarTooLargeError,
  AvatarUnsupportedTypeError,
} from './avatar.errors';
import { sniffImage, type ImageType } from './image-sniff';

export interface StoredAvatar {
  contentType: ImageType;
  bytes: Buffer;
  sha256: string;
  updatedAt: Date;
}

export function avatarUrl(personId: string, sha256: string): string {
  return `/api/avatar/${personId}?v=${sha256.slice(0, 12)}`;
}

/**
 * Profile pictures in PostgreSQL (replicas keep nothing on disk). The versioned URL is cached on
 * person.avatar_url in the same transaction, so listing people never joins the avatar table.
 */
@Injectable()
export class AvatarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async upload(
    personId: string,
    bytes: Buffer | undefined,
  ): Promise<{ url: string; contentType: ImageType }> {
    if (!bytes || bytes.length === 0) {
      throw new BadUserInputError('Choose a picture to upload (multipart field "file").', [
        { field: 'file', problems: ['no file was sent'] },
      ]);
    }
    if (bytes.length > AVATAR_MAX_BYTES) throw new AvatarTooLargeError();
    const image = sniffImage(bytes);
    if (!image) throw new AvatarUnsupportedTypeError();
    if ((image.width ?? 0) > AVATAR_MAX_DIMENSION || (image.height ?? 0) > AVATAR_MAX_DIMENSION) {
      throw new AvatarTooLargeError(
        `The picture is ${image.width}×${image.height} pixels; at most ${AVATAR_MAX_DIMENSION}×${AVATAR_MAX_DIMENSION} fits.`,
      );
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const url = avatarUrl(personId, sha256);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO avatar (person_id, content_type, bytes, sha256, width, height, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (person_id) DO UPDATE SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes,
           sha256 = EXCLUDED.sha256, width = EXCLUDED.width, height = EXCLUDED.height, updated_at = now()`,
        [personId, image.contentType, bytes, sha256, image.width, image.height],
      );
      await manager.query(`UPDATE person SET avatar_url = $2, updated_at = now() WHERE id = $1`, [
        personId,
        url,
      ]);
      await this.audit.record(
        {
          actorId: personId,
          action: 'avatar.updated',
          targetType: 'person',
          targetId: personId,
          data: { contentType: image.contentType, bytes: bytes.length },
        },
        manager,
      );
    });
    return { url, contentType: image.contentType };
  }

  async remove(personId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deleted = await sql.affected(manager, `DELETE FROM avatar WHERE person_id = $1`, [personId]);
      await manager.query(
        `UPDATE person SET avatar_url = NULL, updated_at = now() WHERE id = $1 AND avatar_url IS NOT NULL`,
        [personId],
      );
      if (deleted)
        await this.audit.record(
          { actorId: personId, action: 'avatar.deleted', targetType: 'person', targetId: personId },
          manager,
        );
    });
  }

  async get(personId: string): Promise<StoredAvatar> {
    const [row]: Array<{ content_type: ImageType; bytes: Buffer; sha256: string; updated_at: Date }> =
      await this.dataSource.query(
        `SELECT content_type, bytes, sha256, updated_at FROM avatar WHERE person_id = $1`,
        [personId],
      );
    if (!row) throw new NotFoundError('Avatar', 'This person has no picture.');
    return { contentType: row.content_type, bytes: row.bytes, sha256: row.sha256, updatedAt: row.updated_at };
  }
}
