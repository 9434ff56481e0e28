//! WebVTT captions files (W3C WebVTT): checked before they are kept, so a
//! `<track kind="captions">` never points at something a browser cannot
//! read. Used for captions on message videos and on BSL page videos.

/// The largest captions file accepted.
pub const MAX_BYTES: usize = 512 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VttError {
    /// Not UTF-8 text, or too large.
    NotText,
    /// The first line is not `WEBVTT`.
    NoHeader,
    /// A cue's timing line is not `start --> end`, or ends before it starts.
    BadTiming,
    /// No cues at all.
    NoCues,
}

/// A time stamp `[hh:]mm:ss.ttt` in milliseconds.
fn timestamp(s: &str) -> Option<u64> {
    let (hms, ms) = s.split_once('.')?;
    if ms.len() != 3 || !ms.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = hms.split(':').collect();
    let num = |p: &str, two: bool| -> Option<u64> {
        if p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()) || (two && p.len() != 2) {
            return None;
        }
        p.parse().ok()
    };
    let (h, m, sec) = match parts.as_slice() {
        [m, s] => (0, num(m, true)?, num(s, true)?),
        [h, m, s] => (num(h, false)?, num(m, true)?, num(s, true)?),
        _ => return None,
    };
    if m > 59 || sec > 59 {
        return None;
    }
    Some(((h * 60 + m) * 60 + sec) * 1000 + ms.parse::<u64>().ok()?)
}

/// A cue timing line: `start --> end` and optional settings.
fn timing(line: &str) -> Option<(u64, u64)> {
    let (start, rest) = line.split_once("-->")?;
    let start = timestamp(start.trim())?;
    let end = timestamp(rest.split_whitespace().next()?)?;
    (end > start).then_some((start, end))
}

/// Checks a captions file. Returns the number of cues.
pub fn check(bytes: &[u8]) -> Result<usize, VttError> {
    if bytes.len() > MAX_BYTES {
        return Err(VttError::NotText);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| VttError::NotText)?;
    if text.contains('\0') {
        return Err(VttError::NotText);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks = text.split("\n\n");
    let header = blocks.next().unwrap_or_default();
    let first = header.lines().next().unwrap_or_default();
    if !(first == "WEBVTT" || first.starts_with("WEBVTT ") || first.starts_with("WEBVTT\t")) {
        return Err(VttError::NoHeader);
    }
    let mut cues = 0;
    for block in blocks {
        let block = block.trim_matches('\n');
        if block.is_empty() {
            continue;
        }
        let mut lines = block.lines();
        let first = lines.next().unwrap_or_default();
        if first.starts_with("NOTE") || first == "STYLE" || first == "REGION" {
            continue;
        }
        // An optional identifier line, then the timing line.
        let timing_line = if first.contains("-->") {
            first
        } else {
            lines.next().unwrap_or_default()
        };
        timing(timing_line).ok_or(VttError::BadTiming)?;
        cues += 1;
    }
    if cues == 0 {
        return Err(VttError::NoCues);
    }
    Ok(cues)
}

/// The words of each cue, in order (cue tags such as `<v Leah>` removed):
/// a transcript made from captions.
pub fn cue_texts(bytes: &[u8]) -> Vec<String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return vec![];
    };
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = vec![];
    for block in text.split("\n\n").skip(1) {
        let lines: Vec<&str> = block.trim_matches('\n').lines().collect();
        let Some(at) = lines.iter().position(|l| l.contains("-->")) else {
            continue;
        };
        let words: Vec<String> = lines[at + 1..]
            .iter()
            .map(|l| {
                let mut plain = String::new();
                let mut in_tag = false;
                for c in l.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' if in_tag => in_tag = false,
                        c if !in_tag => plain.push(c),
                        _ => {}
                    }
                }
                plain.trim().to_string()
            })
            .filter(|l| !l.is_empty())
            .collect();
        if !words.is_empty() {
            out.push(words.join(" "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transcript_is_the_cue_words_in_order() {
        let vtt = "WEBVTT\n\nNOTE skip me\n\n1\n00:00.000 --> 00:01.000\n<v Leah>Hello</v>\nthere\n\n00:01.000 --> 00:02.000\nBye\n";
        assert_eq!(cue_texts(vtt.as_bytes()), vec!["Hello there", "Bye"]);
    }

    #[test]
    fn a_real_captions_file_is_accepted() {
        let vtt = "WEBVTT - demo captions\n\nNOTE made for the demo\n\n1\n00:00.000 --> 00:02.500\nHello, I am Leah.\n\n00:00:02.500 --> 00:00:05.000 align:start\nThis is a demo clip.\n";
        assert_eq!(check(vtt.as_bytes()), Ok(2));
        assert_eq!(
            check(format!("\u{feff}{}", vtt.replace('\n', "\r\n")).as_bytes()),
            Ok(2)
        );
    }

    #[test]
    fn broken_captions_are_refused_with_a_reason() {
        assert_eq!(
            check(b"1\n00:00.000 --> 00:01.000\nHi\n"),
            Err(VttError::NoHeader)
        );
        assert_eq!(
            check(b"WEBVTTX\n\n00:00.000 --> 00:01.000\nHi\n"),
            Err(VttError::NoHeader)
        );
        assert_eq!(
            check(b"WEBVTT\n\n00:02.000 --> 00:01.000\nBackwards\n"),
            Err(VttError::BadTiming)
        );
        assert_eq!(
            check(b"WEBVTT\n\n0:0.0 --> 1\nNonsense\n"),
            Err(VttError::BadTiming)
        );
        assert_eq!(
            check(b"WEBVTT\n\n00:61.000 --> 00:62.000\nNo such second\n"),
            Err(VttError::BadTiming)
        );
        assert_eq!(check(b"WEBVTT\n"), Err(VttError::NoCues));
        assert_eq!(check(&[0xff, 0xfe, 0x00]), Err(VttError::NotText));
        assert_eq!(check(&vec![b'a'; MAX_BYTES + 1]), Err(VttError::NotText));
        assert_eq!(check(b"<script>alert(1)</script>"), Err(VttError::NoHeader));
    }
}
