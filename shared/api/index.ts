export * from './errors';
export * from './methods';
export * from './limits';
export * from './contract';
export * from './dispatch';
export * from './client';
export * from './commands';
export * from './security';
