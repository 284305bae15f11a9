import type { ReleaseId } from '../../../shared/domain';

export function ReleaseView({ id }: { id: ReleaseId }) {
  return <section className="view" data-id={id} />;
}
