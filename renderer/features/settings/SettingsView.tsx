export function SettingsView() {
  return <section className="view" />;
}
