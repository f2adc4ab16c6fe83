import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities from hand-written SQL: recursive CTEs and joins that the query builder cannot express select
 * every column of an entity under a prefix (`p.given_name AS p_given_name`), and the rows are turned
 * back into entities exactly the way TypeORM hydrates them (the driver's conversions, transformers).
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;

  constructor(
    private readonly dataSource: DataSource,
    target: EntityTarget<T>,
  ) {
    this.metadata = dataSource.getMetadata(target);
  }

  /** The select list for every column of the entity, read from table alias `alias` into `prefix_*`. */
  columns(alias: string, prefix: string): string {
    return this.metadata.columns
      .map((column) => `${alias}.${column.databaseName} AS ${prefix}_${column.databaseName}`)
      .join(', ');
  }

  /** The entity in `row` under `prefix`, or null when its primary key is null (an outer join found none). */
  from(row: Record<string, unknown>, prefix: string): T | null {
    const [primary] = this.metadata.primaryColumns;
    if (primary && (row[`${prefix}_${primary.databaseName}`] ?? null) === null) return null;
    const entity = this.metadata.create() as T;
    for (const column of this.metadata.columns) {
      const value = row[`${prefix}_${column.databaseName}`];
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}
