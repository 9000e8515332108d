//! Input decoding: bytes as people have them (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5, …)
//! to text, with the encoding detected and reported.

use core::fmt;

/// How the encoding of a [`Decoded`] text was determined.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::decode::{decode, Detection, DecodeOptions};
/// let d = decode("一、总则".as_bytes(), &DecodeOptions::default()).unwrap();
/// assert_eq!(d.detection, Detection::Utf8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detection {
    /// A byte-order mark named the encoding.
    Bom,
    /// The bytes are valid UTF-8 (no BOM).
    Utf8,
    /// Guessed from the byte statistics (chardetng), preferring Chinese encodings.
    Guessed,
    /// Named by the caller.
    Given,
}

/// Options of [`decode`].
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::decode::DecodeOptions;
/// let o = DecodeOptions { encoding: Some("gbk".into()), lossy: true };
/// assert!(o.lossy);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecodeOptions {
    /// Force this encoding (a WHATWG label such as `gb18030`, `gbk`, `utf-16le`, `big5`).
    pub encoding: Option<String>,
    /// Replace malformed sequences with U+FFFD instead of failing; the count is reported.
    pub lossy: bool,
}

/// Decoded text and what was detected.
///
/// For UTF-8 input the text is the input itself, byte for byte — a UTF-8 byte-order mark is
/// kept as U+FEFF — so byte offsets into the text are byte offsets into the file. For other
/// encodings offsets refer to the decoded UTF-8 text; line numbers are the same either way.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::decode::{decode, DecodeOptions};
/// // "对口支援" in GBK.
/// let gbk = [0xB6, 0xD4, 0xBF, 0xDA, 0xD6, 0xA7, 0xD4, 0xAE];
/// let d = decode(&gbk, &DecodeOptions { encoding: Some("gbk".into()), lossy: false }).unwrap();
/// assert_eq!(d.text, "对口支援");
/// assert_eq!(d.encoding, "GBK");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Name of the encoding used (`UTF-8`, `UTF-16LE`, `gb18030`, `GBK`, `Big5`, …).
    pub encoding: &'static str,
    /// How it was determined.
    pub detection: Detection,
    /// Number of malformed sequences replaced by U+FFFD (only with `lossy`).
    pub replaced: usize,
}

/// Why input could not be decoded.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::decode::{decode, DecodeError, DecodeOptions};
/// let e = decode(b"ok", &DecodeOptions { encoding: Some("klingon".into()), lossy: false });
/// assert_eq!(e.unwrap_err().to_string(), "unknown encoding `klingon`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The encoding label is not known.
    #[error("unknown encoding `{name}`")]
    UnknownEncoding {
        /// The label as given.
        name: String,
    },
    /// A byte sequence is not valid in the encoding.
    #[error("invalid {encoding} at byte {offset} ({len} bad byte{s}); try --encoding or --lossy", s = if *len == 1 { "" } else { "s" })]
    Malformed {
        /// The encoding tried.
        encoding: &'static str,
        /// Byte offset of the first malformed sequence in the input.
        offset: usize,
        /// Its length in bytes.
        len: usize,
    },
}

impl fmt::Display for Detection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Bom => "byte-order mark",
            Self::Utf8 => "valid UTF-8",
            Self::Guessed => "guessed",
            Self::Given => "given",
        })
    }
}

/// Decodes `bytes` to text: the given encoding if any; else a BOM (UTF-8, UTF-16LE/BE);
/// else UTF-8 when the bytes are valid UTF-8; else a guess that prefers Chinese encodings
/// (GBK/GB18030 for mainland Windows files, Big5 for Taiwan and Hong Kong ones).
///
/// Line ends are left as they are (`\r\n`, lone `\r`): [`crate::LineIndex`] understands them.
///
/// # Errors
///
/// [`DecodeError::UnknownEncoding`] for an unknown label; [`DecodeError::Malformed`] with the
/// byte offset when the input is not valid in the chosen encoding and `lossy` is off.
///
/// # Examples
///
/// ```
/// use duikou_tokenizer::decode::{decode, DecodeError, DecodeOptions};
/// // UTF-16LE with BOM.
/// let bytes = [0xFF, 0xFE, 0x00, 0x4E, 0x01, 0x30];
/// assert_eq!(decode(&bytes, &DecodeOptions::default()).unwrap().text, "一、");
/// // Bad UTF-8 when UTF-8 is forced: the error names the byte offset.
/// let e = decode(b"ab\xFFcd", &DecodeOptions { encoding: Some("utf-8".into()), lossy: false });
/// assert!(matches!(e, Err(DecodeError::Malformed { offset: 2, .. })));
/// ```
pub fn decode(bytes: &[u8], options: &DecodeOptions) -> Result<Decoded, DecodeError> {
    if let Some(name) = &options.encoding {
        let enc = encoding_rs::Encoding::for_label(name.trim().as_bytes())
            .ok_or_else(|| DecodeError::UnknownEncoding { name: name.clone() })?;
        return with_encoding(bytes, enc, Detection::Given, options.lossy);
    }
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        if enc == encoding_rs::UTF_8 {
            // Keep the BOM as U+FEFF so that offsets stay file offsets.
            return with_encoding(bytes, enc, Detection::Bom, options.lossy);
        }
        let body = bytes.get(2..).unwrap_or_default();
        return with_encoding(body, enc, Detection::Bom, options.lossy);
    }
    if let Ok(text) = core::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: "UTF-8",
            detection: Detection::Utf8,
            replaced: 0,
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    // GBK is a subset of GB18030: decode with the superset, report what was guessed.
    let enc = if enc == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        enc
    };
    with_encoding(bytes, enc, Detection::Guessed, options.lossy)
}

/// Decodes without BOM sniffing, failing (or replacing) at the first malformed sequence.
fn with_encoding(
    bytes: &[u8],
    enc: &'static encoding_rs::Encoding,
    detection: Detection,
    lossy: bool,
) -> Result<Decoded, DecodeError> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut text = String::with_capacity(cap);
    let mut read_total = 0;
    let mut replaced = 0;
    loop {
        let rest = bytes.get(read_total..).unwrap_or_default();
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read_total += read;
        match result {
            encoding_rs::DecoderResult::InputEmpty => break,
            encoding_rs::DecoderResult::OutputFull => {
                let more = decoder
                    .max_utf8_buffer_length_without_replacement(bytes.len() - read_total)
                    .unwrap_or(64)
                    .max(64);
                text.reserve(more);
            }
            encoding_rs::DecoderResult::Malformed(bad, after) => {
                if !lossy {
                    let offset = read_total
                        .saturating_sub(usize::from(after))
                        .saturating_sub(usize::from(bad));
                    return Err(DecodeError::Malformed {
                        encoding: enc.name(),
                        offset,
                        len: usize::from(bad),
                    });
                }
                text.push('\u{FFFD}');
                replaced += 1;
            }
        }
    }
    Ok(Decoded {
        text,
        encoding: enc.name(),
        detection,
        replaced,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto(bytes: &[u8]) -> Result<Decoded, DecodeError> {
        decode(bytes, &DecodeOptions::default())
    }

    #[test]
    fn utf8_with_bom_keeps_offsets() {
        let d = auto(b"\xEF\xBB\xBF\xE4\xB8\x80").unwrap();
        assert_eq!(d.text, "\u{FEFF}一");
        assert_eq!(d.detection, Detection::Bom);
    }

    #[test]
    fn utf16be_bom() {
        let d = auto(&[0xFE, 0xFF, 0x4E, 0x00]).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("一", "UTF-16BE"));
    }

    #[test]
    fn gbk_is_detected_without_label() {
        let (bytes, _, _) = encoding_rs::GBK.encode(
            "一、对口支援工作基本情况\r\n（一）选派教师12名到受援学校支教，捐赠图书3000余册。\r\n",
        );
        let d = auto(&bytes).unwrap();
        assert_eq!(d.detection, Detection::Guessed);
        assert_eq!(d.encoding, "gb18030");
        assert!(d.text.starts_with("一、对口支援"));
    }

    #[test]
    fn malformed_offset_and_lossy_count() {
        let forced = DecodeOptions {
            encoding: Some("utf-8".into()),
            lossy: false,
        };
        assert_eq!(
            decode(b"abc\xFF\xFEz", &forced),
            Err(DecodeError::Malformed {
                encoding: "UTF-8",
                offset: 3,
                len: 1
            })
        );
        let lossy = DecodeOptions {
            encoding: Some("utf-8".into()),
            lossy: true,
        };
        let d = decode(b"abc\xFF\xFEz", &lossy).unwrap();
        assert_eq!((d.text.as_str(), d.replaced), ("abc\u{FFFD}\u{FFFD}z", 2));
    }

    #[test]
    fn empty_and_random_bytes_never_panic() {
        assert_eq!(auto(b"").unwrap().text, "");
        let mut x: u32 = 12345;
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (x >> 16) as u8
            })
            .collect();
        let _ = auto(&bytes);
        let _ = decode(
            &bytes,
            &DecodeOptions {
                encoding: None,
                lossy: true,
            },
        )
        .unwrap();
    }
}
