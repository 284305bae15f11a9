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
  fix --lang fr|en|es [--profile p] [file|-] [--jsonl]
                             Print the text with every typography suggestion applied
                             (each line a block; line breaks kept)
  check --lang fr|en|es [--profile p] [--ui fr|en|es] [file|-] [--jsonl]
                             Print one "line:col rule-id message" per suggestion; exit 1 if any
  hyphenate --lang fr|en|es [--exceptions file] [file|-] [--jsonl]
                             Print the text with soft hyphens (U+00AD) at the allowed breaks
                             fix, check and hyphenate never open a library; with --jsonl they read
                             {"id","lang","input"} lines and write one line per input (details:
                             galley <command> --help)

Options:
  --db <path>                Library file (default: GALLEY_DB, then the per-user app data folder)
  -h, --help                 Show this help
  -v, --version              Show the version
`;
