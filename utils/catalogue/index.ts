export * from './codes';
export * from './fields';
export * from './statuses';
export * from './countries';
