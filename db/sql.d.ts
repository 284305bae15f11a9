// Migrations are plain .sql files imported as text (esbuild `text` loader; a vitest plugin).
declare module '*.sql' {
  const sql: string;
  export default sql;
}
