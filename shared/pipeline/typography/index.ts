export * from './model';
export { suggestTypography, applySuggestions, activeRules } from './typography';
export { PROFILES, DEFAULT_PROFILE, profileFor, profilesOf } from './profiles';
export { RULES } from './rules';
export { findProtectedSpans } from './protect';
export { ruleById } from './rules';
export { ignoreKey, withoutIgnored } from './ignore';
