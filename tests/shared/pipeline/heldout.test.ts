// Held-out import set (tests/fixtures/heldout, see its README): 36 releases in French, English and
// Spanish, as saved pages, e-mails, PDF and Word copies, wires. It was used to tune the pipeline
// (import-3), so its score is an upper bound; heldout2 is the blind measure.
import { describeHeldout } from './heldout/suite';

describeHeldout({ folder: 'heldout', title: 'held-out import set', perLanguage: 12 });
