export * from './entities/user.entity';
export * from './entities/api-token.entity';
export * from './entities/authority.entity';
export * from './data-source-options';
export * from './repositories/users.repository';
export * from './repositories/authorities.repository';
export * from './persistence.module';
