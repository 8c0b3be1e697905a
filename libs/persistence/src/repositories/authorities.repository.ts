import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthorityEntity } from '../entities/authority.entity';
import { WriteLock } from '../write-lock';

export type AuthorityFields = Pick<
  AuthorityEntity,
  'name' | 'email' | 'nation' | 'regime' | 'referencePattern'
>;

@Injectable()
export class AuthoritiesRepository {
  private readonly authorities: Repository<AuthorityEntity>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {
    this.authorities = dataSource.getRepository(AuthorityEntity);
  }

  listByName(): Promise<AuthorityEntity[]> {
    return this.authorities.find({ order: { name: 'ASC' } });
  }

  findById(id: number): Promise<AuthorityEntity | null> {
    return this.authorities.findOneBy({ id });
  }

  findByName(name: string): Promise<AuthorityEntity | null> {
    return this.authorities.findOneBy({ name });
  }

  create(fields: AuthorityFields): Promise<AuthorityEntity> {
    return this.lock.run(() => this.authorities.save(this.authorities.create(fields)));
  }

  async update(id: number, changes: Partial<AuthorityFields>): Promise<AuthorityEntity | null> {
    if (Object.keys(changes).length > 0)
      await this.lock.run(() => this.authorities.update({ id }, changes));
    return this.findById(id);
  }
}
