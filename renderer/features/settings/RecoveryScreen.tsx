import type { AppInfo } from '../../../shared/api';

export function RecoveryScreen({ info, onRecovered }: { info: AppInfo; onRecovered: () => void }) {
  return <section className="view" data-status={info.database.status} onClick={onRecovered} />;
}
