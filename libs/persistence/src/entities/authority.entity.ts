import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Nation, Regime } from '@app/domain';

@Entity('authorities')
export class AuthorityEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 300, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 20 })
  nation!: Nation;

  @Column({ type: 'varchar', length: 8 })
  regime!: Regime;

  /** A regular expression the authority's own references match, e.g. `^FOI-\d+$`. */
  @Column({ name: 'reference_pattern', type: 'varchar', length: 200, nullable: true })
  referencePattern!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
