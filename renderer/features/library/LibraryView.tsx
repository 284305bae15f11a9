export function LibraryView() {
  return <section className="view" />;
}
