export * from './ids';
export * from './doc';
export * from './contact';
export * from './theme';
export * from './release';
export * from './revision';
export * from './source';
export * from './settings';
