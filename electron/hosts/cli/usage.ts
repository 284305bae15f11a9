export const USAGE = `Usage: galley <command> [options]

Commands:
  import <files…>            Import raw releases; reports imported / duplicate / failed per file
  list [--search q] [--json] List the library (--json: an array of releases)
  show <id> [--json]         Show one release (as text, or --json)
  serve [--port N]           Serve the workbench in the browser on 127.0.0.1
  split [file|-] [--jsonl]   Print the split of a raw release as JSON (--jsonl: JSON lines
                             {"id","input"|"input_base64"} in, {"id","output"} lines out)
  unwrap [file|-] [--lang fr|en|es] [--jsonl]
                             Print the text with hard wraps and line-end hyphens resolved

Options:
  --db <path>                Library file (default: GALLEY_DB, then the per-user app data folder)
  -h, --help                 Show this help
  -v, --version              Show the version
`;
