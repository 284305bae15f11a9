export { findBoilerplate, buildUnits, RECURRING_MIN, type BoilerplateContext } from './boilerplate';
export { BOILERPLATE_RULES, boilerplateRule, type BoilerplateRule, type BoilerplateRuleId } from './boilerplate.rules';
export { subjectOf } from './email';
export { collapse, fold, readable, stripMarkup, wordCount } from './text';
export { decodeEntities } from './entities';
