//! Support network of a report: who supports whom, with what, since when.
//!
//! ```text
//! cargo run --release --example network -- [--json] [FILE|DIR|-]...
//! ```
//!
//! With `--json` it prints ONE JSON object per design.md §5. With several inputs the networks
//! are merged (institutions de-duplicated through the alias table) into that one object.
//! Without `--json` it prints a readable summary.

use duikou::cli::{self, Args, CliError};
use duikou::model::{AliasTable, SupportNetwork, extract};

fn main() -> std::process::ExitCode {
    cli::run("network", "[--json] [FILE|DIR|-]...", body)
}

fn body(argv: Vec<String>) -> Result<(), CliError> {
    let args = Args::parse(argv, &[])?;
    let mut nets = Vec::new();
    for source in args.inputs_or_samples()? {
        let text = args.read(&source)?;
        nets.push(extract(&text));
    }
    let net = if nets.len() == 1 {
        nets.pop().unwrap_or_default()
    } else {
        SupportNetwork::merge(nets, &AliasTable::builtin())
    };
    let out = if args.json {
        cli::json_line(&net.to_contract())?
    } else {
        duikou::render::network(&net)
    };
    cli::write_stdout(&out)
}
