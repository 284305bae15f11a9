export { findContactBlock, type ContactBlock, type ContactContext } from './contacts';
export { CONTACT_RULES } from './contacts.rules';
export { internationalPhone } from './phones';
