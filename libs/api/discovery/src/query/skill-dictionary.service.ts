import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runOutsideRequestContext } from '@ensemble/api/core';
import { PeopleIndexService } from '@ensemble/api/people-index';
import { buildVocabulary, type Vocabulary } from './vocabulary';

/** How often the vocabulary is checked (and rebuilt when it changed) in the background. */
export const VOCABULARY_TTL_MS = 60_000;

/**
 * The vocabulary of query understanding, loaded from the taxonomy and people's locations and kept in
 * memory. It is a cache of the database, loaded by the first search that needs it and checked every
 * minute by a timer (never by a search), rebuilt when it changed; never a source of truth: every
 * replica builds its own, and a skill added a minute ago is at worst not yet recognised in free text.
 */
@Injectable()
export class SkillDictionary implements OnApplicationBootstrap, OnApplicationShutdown {
  private current: { vocabulary: Vocabulary; loadedAt: number } | null = null;
  private loading: Promise<Vocabulary> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The database's fingerprint of the vocabulary in memory. */
  private fingerprint: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // Typo correction asks it whether a word is the company's own (a project's name is not a typo).
    private readonly peopleIndex: PeopleIndexService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.current) runOutsideRequestContext(() => void this.refresh().catch(() => undefined));
    }, VOCABULARY_TTL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async vocabulary(): Promise<Vocabulary> {
    // The first load is the process warming up, like the people index's: outside the request, so its
    // statement is not counted as the search's own.
    return this.current?.vocabulary ?? runOutsideRequestContext(() => this.reload());
  }

  /** Forget the cached vocabulary (tests, and after a taxonomy change made by this process). */
  invalidate(): void {
    this.current = null;
    this.fingerprint = null;
  }

  private reload(): Promise<Vocabulary> {
    this.loading ??= this.load()
      .then((vocabulary) => {
        this.current = { vocabulary, loadedAt: Date.now() };
        return vocabulary;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  private async load(): Promise<Vocabulary> {
    const [row] = (await this.dataSource.query(VOCABULARY_SQL)) as Array<VocabularyRow>;
    const vocabulary = buildVocabulary({ ...(row as VocabularyRow), companyText: this.peopleIndex });
    this.fingerprint = row?.fingerprint ?? null;
    return vocabulary;
  }

  /**
   * The timer's refresh: the database compares its vocabulary's fingerprint with the one in memory, and
   * only a changed vocabulary is sent, parsed and rebuilt. Rebuilding the full ESCO vocabulary takes the
   * event loop for a noticeable moment, which every request in flight would wait for, every minute.
   */
  private async refresh(): Promise<void> {
    if (this.fingerprint !== null) {
      const [row] = (await this.dataSource.query(FINGERPRINT_SQL)) as Array<{ fingerprint: string }>;
      if (row?.fingerprint === this.fingerprint) return;
    }
    await this.reload();
  }
}

/** Skills, aliases and the places shown to everyone, as three JSON arrays in a stable order. */
const VOCABULARY_CONTENT_SQL = `
  SELECT
    (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'parentId', s.parent_id,
            'holderCount', s.holder_count, 'curated', s.source IN ('ensemble', 'custom'),
            -- Descriptions only where one word can name the skill: they can support that word.
            'description', CASE WHEN position(' ' IN s.normalized_name) = 0
                                  OR EXISTS (SELECT 1 FROM skill_alias a WHERE a.skill_id = s.id AND position(' ' IN a.normalized_alias) = 0)
                                THEN s.description END) ORDER BY s.id), '[]')
       FROM skill s WHERE s.status = 'active') AS skills,
    (SELECT coalesce(json_agg(json_build_object('skillId', a.skill_id, 'alias', a.alias) ORDER BY a.skill_id, a.alias), '[]')
       FROM skill_alias a JOIN skill s ON s.id = a.skill_id AND s.status = 'active') AS aliases,
    (SELECT coalesce(json_agg(json_build_object('location', location, 'people', n) ORDER BY location), '[]')
       FROM (SELECT location, count(*)::int AS n FROM person
             WHERE status = 'active' AND location IS NOT NULL
               -- Only places shown to everyone: recognising a place must not reveal a hidden one.
               AND coalesce(field_visibility ->> 'location', 'everyone') = 'everyone'
             GROUP BY location) l) AS locations`;
const FINGERPRINT_OF = `md5(v.skills::text || v.aliases::text || v.locations::text)`;
/** One statement: the vocabulary and its fingerprint. */
const VOCABULARY_SQL = `SELECT v.skills, v.aliases, v.locations, ${FINGERPRINT_OF} AS fingerprint FROM (${VOCABULARY_CONTENT_SQL}) v`;
const FINGERPRINT_SQL = `SELECT ${FINGERPRINT_OF} AS fingerprint FROM (${VOCABULARY_CONTENT_SQL}) v`;

type VocabularyRow = Parameters<typeof buildVocabulary>[0] & { fingerprint?: string };
