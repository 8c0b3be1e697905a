import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last request number given out in each year (FOI-2026-0042). */
@Entity('reference_counters')
export class ReferenceCounterEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber!: number;
}
