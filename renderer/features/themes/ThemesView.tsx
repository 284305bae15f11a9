export function ThemesView() {
  return <section className="view" />;
}
