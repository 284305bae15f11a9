// Second held-out import set (tests/fixtures/heldout2, see its README): 30 releases written blind,
// never used for tuning, in French, English and Spanish: saved pages, e-mails, PDF/Word copies, wires.
import { describeHeldout } from './heldout/suite';

describeHeldout({ folder: 'heldout2', title: 'held-out import set 2', perLanguage: 10 });
