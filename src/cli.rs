//! Shared command-line plumbing for the example programs: arguments, input reading, exit codes.
//!
//! Every example takes `[--json] [FILE|DIR|-]...`; no input means the bundled sample documents
//! in `examples/data/`. Bad usage or unreadable input prints one line on stderr and exits 2.

use duikou_tokenizer::decode::DecodeOptions;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where one input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Source {
    /// A short name for messages (`-` for standard input).
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou::cli::Source;
    /// assert_eq!(Source::Stdin.name(), "-");
    /// ```
    #[must_use]
    pub fn name(&self) -> String {
        match self {
            Self::File(p) => p.display().to_string(),
            Self::Stdin => "-".to_owned(),
        }
    }
}

/// Parsed command line of an example program.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Args {
    /// `--json`: machine-readable output.
    pub json: bool,
    /// `--lines`: one result per input line (the `quantities` example).
    pub lines: bool,
    /// `--lossy`: replace undecodable bytes instead of failing.
    pub lossy: bool,
    /// `--encoding NAME`: force an input encoding.
    pub encoding: Option<String>,
    /// The inputs, in order; directories are expanded to their `.txt` files.
    pub inputs: Vec<Source>,
}

/// An error of the command line or of reading input: printed as one line, exit code 2.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CliError {
    /// Unknown flag or missing flag value.
    #[error("{0}")]
    Usage(String),
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The output could not be produced (a value failed to serialise, a worker failed).
    #[error("cannot write output: {0}")]
    Output(String),
    /// Writing to standard output failed. A closed pipe (`example | head`) is not reported:
    /// [`run`] ends such a program quietly with success.
    #[error("cannot write output: {0}")]
    Write(#[source] std::io::Error),
    /// The input is not valid text in the detected or given encoding.
    #[error("{path}: {message}")]
    Decode {
        /// The file.
        path: String,
        /// What went wrong, with the byte offset.
        message: String,
    },
}

/// Folder of the bundled sample documents.
///
/// # Examples
///
/// ```
/// assert!(duikou::cli::sample_dir().ends_with("examples/data"));
/// ```
#[must_use]
pub fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join("data")
}

/// The bundled sample documents (`examples/data/*.txt`), sorted by name.
///
/// # Errors
///
/// [`CliError::Io`] when the folder cannot be read.
///
/// # Examples
///
/// ```
/// let docs = duikou::cli::sample_documents().unwrap();
/// assert!(docs.iter().all(|d| matches!(d, duikou::cli::Source::File(_))));
/// ```
pub fn sample_documents() -> Result<Vec<Source>, CliError> {
    txt_files(&sample_dir())
}

fn txt_files(dir: &Path) -> Result<Vec<Source>, CliError> {
    let io = |source| CliError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Ok(files.into_iter().map(Source::File).collect())
}

impl Args {
    /// Parses `args` (without the program name). `flags` lists the extra boolean flags the
    /// program accepts besides `--json`, `--lossy` and `--encoding NAME`.
    ///
    /// # Errors
    ///
    /// [`CliError::Usage`] for an unknown flag or a missing value; [`CliError::Io`] for an
    /// unreadable directory.
    ///
    /// # Examples
    ///
    /// ```
    /// use duikou::cli::{Args, Source};
    /// let a = Args::parse(["--json".to_owned(), "-".to_owned()], &[]).unwrap();
    /// assert!(a.json);
    /// assert_eq!(a.inputs, vec![Source::Stdin]);
    /// assert!(Args::parse(["--nope".to_owned()], &[]).is_err());
    /// ```
    pub fn parse<I: IntoIterator<Item = String>>(
        args: I,
        flags: &[&str],
    ) -> Result<Self, CliError> {
        let mut out = Self::default();
        let mut it = args.into_iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--json" => out.json = true,
                "--lossy" => out.lossy = true,
                "--lines" if flags.contains(&"--lines") => out.lines = true,
                "--encoding" => {
                    let v = it
                        .next()
                        .ok_or_else(|| CliError::Usage("--encoding needs a name".to_owned()))?;
                    out.encoding = Some(v);
                }
                "-" => out.inputs.push(Source::Stdin),
                s if s.starts_with("--encoding=") => {
                    out.encoding = s.strip_prefix("--encoding=").map(str::to_owned);
                }
                s if s.starts_with('-') => {
                    return Err(CliError::Usage(format!("unknown option `{s}`")));
                }
                path => {
                    let p = PathBuf::from(path);
                    if p.is_dir() {
                        out.inputs.extend(txt_files(&p)?);
                    } else {
                        out.inputs.push(Source::File(p));
                    }
                }
            }
        }
        Ok(out)
    }

    /// The inputs, or the bundled samples when none was given.
    ///
    /// # Errors
    ///
    /// [`CliError::Io`] when the sample folder cannot be read.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = duikou::cli::Args::parse(Vec::<String>::new(), &[]).unwrap();
    /// assert_eq!(a.inputs_or_samples().unwrap(), duikou::cli::sample_documents().unwrap());
    /// ```
    pub fn inputs_or_samples(&self) -> Result<Vec<Source>, CliError> {
        if self.inputs.is_empty() {
            sample_documents()
        } else {
            Ok(self.inputs.clone())
        }
    }

    /// Reads and decodes one input as text (UTF-8, UTF-16 with BOM, GB18030/GBK, … detected;
    /// `--encoding` forces one, `--lossy` replaces malformed bytes).
    ///
    /// # Errors
    ///
    /// [`CliError::Io`] when it cannot be read, [`CliError::Decode`] when it is not text.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use duikou::cli::{Args, Source};
    /// let text = Args::default().read(&Source::Stdin).unwrap();
    /// ```
    pub fn read(&self, source: &Source) -> Result<String, CliError> {
        let bytes = match source {
            Source::File(p) => std::fs::read(p).map_err(|e| CliError::Io {
                path: source.name(),
                source: e,
            })?,
            Source::Stdin => {
                let mut v = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut v)
                    .map_err(|e| CliError::Io {
                        path: source.name(),
                        source: e,
                    })?;
                v
            }
        };
        decode(&source.name(), &bytes, self)
    }
}

/// Decodes input bytes with [`duikou_tokenizer::decode`], reporting lossy replacements on
/// stderr.
fn decode(name: &str, bytes: &[u8], args: &Args) -> Result<String, CliError> {
    let options = DecodeOptions {
        encoding: args.encoding.clone(),
        lossy: args.lossy,
    };
    let decoded =
        duikou_tokenizer::decode::decode(bytes, &options).map_err(|e| CliError::Decode {
            path: name.to_owned(),
            message: e.to_string(),
        })?;
    if decoded.replaced > 0 {
        eprintln!(
            "{name}: replaced {} malformed {} sequence(s) with U+FFFD (--lossy)",
            decoded.replaced, decoded.encoding
        );
    }
    Ok(decoded.text)
}

/// Writes `out` to standard output and flushes it.
///
/// # Errors
///
/// [`CliError::Write`] for a write error; [`run`] treats a closed pipe as success.
///
/// # Examples
///
/// ```no_run
/// duikou::cli::write_stdout("一、总则\n").unwrap();
/// ```
pub fn write_stdout(out: &str) -> Result<(), CliError> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(CliError::Write)
}

/// Serialises `value` as one line of JSON.
///
/// # Errors
///
/// [`CliError::Output`] when the value cannot be serialised.
///
/// # Examples
///
/// ```
/// assert_eq!(duikou::cli::json_line(&[1, 2]).unwrap(), "[1,2]\n");
/// ```
pub fn json_line<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, CliError> {
    let mut s = serde_json::to_string(value).map_err(|e| CliError::Output(e.to_string()))?;
    s.push('\n');
    Ok(s)
}

/// Runs an example's body and turns errors into a one-line message and exit code 2.
///
/// A [`CliError::Write`] caused by a closed pipe (`example | head`) is not an error of the
/// program: it ends quietly with success.
///
/// # Examples
///
/// ```no_run
/// fn main() -> std::process::ExitCode {
///     duikou::cli::run("outline", "[--json] [FILE|-]", |_args| Ok(()))
/// }
/// ```
pub fn run<F>(program: &str, usage: &str, body: F) -> std::process::ExitCode
where
    F: FnOnce(Vec<String>) -> Result<(), CliError>,
{
    match body(std::env::args().skip(1).collect()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(CliError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{program}: {e}");
            if matches!(e, CliError::Usage(_)) {
                eprintln!("usage: {program} {usage}");
            }
            std::process::ExitCode::from(2)
        }
    }
}
