import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * INSERT and return the new id, without TypeORM's read-back of defaulted columns (a second
 * statement per row on SQLite, which has no RETURNING in TypeORM): the caller supplies them all.
 */
export async function insertReturningId<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: T,
): Promise<number> {
  const query = manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(row as never)
    .updateEntity(false);
  if (manager.connection.options.type === 'postgres') query.returning('id');
  const { raw } = await query.execute();
  return Number(Array.isArray(raw) ? (raw[0] as { id: number }).id : raw);
}
