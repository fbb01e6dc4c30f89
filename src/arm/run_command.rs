//! The `runCommand` request's `context`: the files given with `--file`, as az sends them (a zip,
//! base64-encoded the way Python's `base64.encodebytes` does, 76 characters a line). az writes
//! the zip with `zipfile.ZipFile(stream, "w")`, i.e. stored entries; the reader also accepts
//! deflate, which other clients use.

use std::io::Read;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Upper bound on the unpacked files of one context, so a hostile zip cannot exhaust memory.
pub const MAX_CONTEXT_BYTES: usize = 64 * 1024 * 1024;

/// One file of a context: its name in the archive, its contents, and what az's `zipfile` records
/// from the file's `stat` (modification time, mode bits).
#[derive(Debug, Clone, PartialEq)]
pub struct ContextFile {
    pub name: String,
    pub data: Vec<u8>,
    /// Seconds since the Unix epoch.
    pub modified: i64,
    /// `st_mode` (file type and permission bits).
    pub mode: u32,
}

impl ContextFile {
    /// A file with no `stat` to copy: a regular `0644` file dated at the DOS epoch.
    pub fn plain(name: impl Into<String>, data: Vec<u8>) -> Self {
        Self {
            name: name.into(),
            data,
            modified: DOS_EPOCH_UNIX,
            mode: 0o100644,
        }
    }
}

/// 1980-01-01 00:00:00 UTC, the earliest time a zip entry can carry.
const DOS_EPOCH_UNIX: i64 = 315_532_800;

/// Zips `files` (name in the archive, contents) as stored entries and base64-encodes the zip in
/// 76-character lines, each ending in `\n`, as az does. No files gives `""`, as az sends.
pub fn encode_context(files: &[(String, Vec<u8>)]) -> String {
    let files: Vec<ContextFile> = files
        .iter()
        .map(|(n, d)| ContextFile::plain(n.clone(), d.clone()))
        .collect();
    encode_files(&files)
}

/// [`encode_context`] for files read from disk: each entry keeps the file's time and mode, as
/// `zipfile.ZipFile.write` records them.
pub fn encode_files(files: &[ContextFile]) -> String {
    if files.is_empty() {
        return String::new();
    }
    let zip = write_zip(files);
    let b64 = STANDARD.encode(zip);
    let mut out = String::with_capacity(b64.len() + b64.len() / 76 + 1);
    for chunk in b64.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// Decodes a context back to its files (directory entries skipped). Errors are readable
/// sentences; nothing here panics on bad input.
pub fn decode_context(context: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
    let compact: String = context.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Ok(Vec::new());
    }
    let bytes = STANDARD
        .decode(compact.as_bytes())
        .map_err(|e| format!("the command context is not valid base64: {e}"))?;
    read_zip(&bytes)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

const EOCD_SIG: u32 = 0x0605_4b50;
const CDH_SIG: u32 = 0x0201_4b50;
const LFH_SIG: u32 = 0x0403_4b50;

/// Reads a zip archive: the central directory, then each entry's data.
pub fn read_zip(b: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let bad = |what: &str| format!("the command context is not a valid zip archive: {what}");
    if b.len() < 22 {
        return Err(bad("too short"));
    }
    // The end-of-central-directory record sits in the last 22 + 65535 bytes.
    let lowest = b.len().saturating_sub(22 + 65535);
    let eocd = (lowest..=b.len() - 22)
        .rev()
        .find(|&i| u32_at(b, i) == Some(EOCD_SIG))
        .ok_or_else(|| bad("no end of central directory"))?;
    let count = u16_at(b, eocd + 10).ok_or_else(|| bad("truncated"))? as usize;
    let mut at = u32_at(b, eocd + 16).ok_or_else(|| bad("truncated"))? as usize;
    let mut files = Vec::with_capacity(count);
    let mut total = 0usize;
    for _ in 0..count {
        if u32_at(b, at) != Some(CDH_SIG) {
            return Err(bad("broken central directory"));
        }
        let field = |off: usize| u16_at(b, at + off).ok_or_else(|| bad("truncated"));
        let flags = field(8)?;
        let method = field(10)?;
        let crc = u32_at(b, at + 16).ok_or_else(|| bad("truncated"))?;
        let csize = u32_at(b, at + 20).ok_or_else(|| bad("truncated"))? as usize;
        let usize_ = u32_at(b, at + 24).ok_or_else(|| bad("truncated"))? as usize;
        let name_len = field(28)? as usize;
        let extra_len = field(30)? as usize;
        let comment_len = field(32)? as usize;
        let local = u32_at(b, at + 42).ok_or_else(|| bad("truncated"))? as usize;
        let name_bytes = b
            .get(at + 46..at + 46 + name_len)
            .ok_or_else(|| bad("truncated"))?;
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        at += 46 + name_len + extra_len + comment_len;
        if flags & 1 != 0 {
            return Err(format!("{name}: encrypted zip entries are not supported"));
        }
        if name.ends_with('/') {
            continue;
        }
        total = total.saturating_add(usize_);
        if total > MAX_CONTEXT_BYTES {
            return Err(format!(
                "the command context unpacks to more than {MAX_CONTEXT_BYTES} bytes"
            ));
        }
        if u32_at(b, local) != Some(LFH_SIG) {
            return Err(bad(&format!("{name}: broken local header")));
        }
        let lname = u16_at(b, local + 26).ok_or_else(|| bad("truncated"))? as usize;
        let lextra = u16_at(b, local + 28).ok_or_else(|| bad("truncated"))? as usize;
        let start = local + 30 + lname + lextra;
        let data = b
            .get(start..start.saturating_add(csize))
            .ok_or_else(|| bad(&format!("{name}: truncated data")))?;
        let content = match method {
            0 => data.to_vec(),
            8 => {
                let mut out = Vec::with_capacity(usize_.min(MAX_CONTEXT_BYTES));
                flate2::read::DeflateDecoder::new(data)
                    .take(usize_ as u64 + 1)
                    .read_to_end(&mut out)
                    .map_err(|e| bad(&format!("{name}: {e}")))?;
                out
            }
            m => {
                return Err(format!(
                    "{name}: zip compression method {m} is not supported"
                ));
            }
        };
        if content.len() != usize_ || crc32(&content) != crc {
            return Err(bad(&format!("{name}: checksum mismatch")));
        }
        files.push((name, content));
    }
    Ok(files)
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = flate2::Crc::new();
    c.update(data);
    c.sum()
}

/// DOS date and time of `unix` seconds, as Python's `zipfile` packs `time.localtime(st_mtime)`
/// (the local zone taken as UTC, the zone this tool's hosts run in); before 1980 it is 1980-01-01.
fn dos_date_time(unix: i64) -> (u16, u16) {
    let t = time::OffsetDateTime::from_unix_timestamp(unix.max(DOS_EPOCH_UNIX))
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let date = ((t.year() - 1980).clamp(0, 127) as u16) << 9
        | (u8::from(t.month()) as u16) << 5
        | t.day() as u16;
    let time = (t.hour() as u16) << 11 | (t.minute() as u16) << 5 | (t.second() as u16 / 2);
    (date, time)
}

/// Writes a zip of stored entries, byte for byte what Python's `zipfile` writes by default:
/// made by Unix (3) version 2.0, the UTF-8 flag only for names that are not ASCII.
pub fn write_zip(files: &[ContextFile]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for f in files {
        let (name, data) = (&f.name, &f.data);
        let (dos_date, dos_time) = dos_date_time(f.modified);
        let flags: u16 = if name.is_ascii() { 0 } else { 0x0800 };
        let offset = out.len() as u32;
        let crc = crc32(data);
        let header = |sig: u32, buf: &mut Vec<u8>, central: bool| {
            buf.extend_from_slice(&sig.to_le_bytes());
            if central {
                buf.extend_from_slice(&0x0314u16.to_le_bytes()); // made by: Unix, 2.0
            }
            buf.extend_from_slice(&20u16.to_le_bytes()); // needed
            buf.extend_from_slice(&flags.to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // stored
            buf.extend_from_slice(&dos_time.to_le_bytes());
            buf.extend_from_slice(&dos_date.to_le_bytes());
            buf.extend_from_slice(&crc.to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(name.len() as u16).to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // extra
        };
        header(LFH_SIG, &mut out, false);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        header(CDH_SIG, &mut central, true);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attrs
        central.extend_from_slice(&((f.mode & 0xffff) << 16).to_le_bytes()); // external attrs
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&EOCD_SIG.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What az's `_get_command_context` makes of `--file echo.yaml` holding `a: 1\n` (produced with
    /// Python 3.11's zipfile and base64.encodebytes, as az does).
    const AZ_CONTEXT: &str = "UEsDBBQAAAAAAGu3el1pGSPjBQAAAAUAAAAJAAAAZWNoby55YW1sYTogMQpQSwECFAMUAAAAAABr\nt3pdaRkj4wUAAAAFAAAACQAAAAAAAAAAAAAApIEAAAAAZWNoby55YW1sUEsFBgAAAAABAAEANwAA\nACwAAAAAAA==\n";

    #[test]
    fn reads_what_az_sends() {
        let files = decode_context(AZ_CONTEXT).unwrap();
        assert_eq!(files, vec![("echo.yaml".to_string(), b"a: 1\n".to_vec())]);
    }

    /// What az sent for `--file configmap.yaml` (fixtures/coverage, mode 0644, modified
    /// 2026-12-07 04:41:04 UTC), in the differential scenario "cov: command invoke --file".
    const AZ_CONFIGMAP_CONTEXT: &str = "UEsDBBQAAAAAACIlh10QV5J2RAAAAEQAAAAOAAAAY29uZmlnbWFwLnlhbWxhcGlWZXJzaW9uOiB2\nMQpraW5kOiBDb25maWdNYXAKbWV0YWRhdGE6CiAgbmFtZTogY292CmRhdGE6CiAgYTogIjEiClBL\nAQIUAxQAAAAAACIlh10QV5J2RAAAAEQAAAAOAAAAAAAAAAAAAACkgQAAAABjb25maWdtYXAueWFt\nbFBLBQYAAAAAAQABADwAAABwAAAAAAA=\n";

    #[test]
    fn writes_what_az_sends_byte_for_byte() {
        let file = ContextFile {
            name: "configmap.yaml".into(),
            data: b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cov\ndata:\n  a: \"1\"\n"
                .to_vec(),
            modified: 1_796_618_464,
            mode: 0o100644,
        };
        assert_eq!(encode_files(&[file]), AZ_CONFIGMAP_CONTEXT);
    }

    #[test]
    fn times_before_1980_are_the_dos_epoch_and_other_names_are_utf8() {
        let z = write_zip(&[ContextFile {
            modified: 0,
            ..ContextFile::plain("café", b"x".to_vec())
        }]);
        assert_eq!(&z[6..14], &[0, 8, 0, 0, 0, 0, 0x21, 0]);
    }

    #[test]
    fn round_trips_and_wraps_lines_like_python() {
        let files = vec![
            ("echo.yaml".to_string(), b"kind: Deployment\n".repeat(20)),
            ("two.yaml".to_string(), Vec::new()),
        ];
        let ctx = encode_context(&files);
        assert!(ctx.ends_with('\n'));
        assert!(ctx.lines().all(|l| l.len() <= 76));
        assert!(ctx.lines().count() > 1);
        assert_eq!(decode_context(&ctx).unwrap(), files);
        assert_eq!(encode_context(&[]), "");
        assert_eq!(decode_context("").unwrap(), vec![]);
    }

    #[test]
    fn reads_deflated_entries() {
        use std::io::Write;
        let content = b"apiVersion: apps/v1\n".repeat(50);
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&content).unwrap();
        let deflated = enc.finish().unwrap();
        // Take a stored archive and swap in the deflated data, method and size.
        let mut z = write_zip(&[ContextFile::plain("d.yaml", deflated.clone())]);
        let crc = crc32(&content).to_le_bytes();
        let usz = (content.len() as u32).to_le_bytes();
        z[8] = 8;
        z[14..18].copy_from_slice(&crc);
        z[22..26].copy_from_slice(&usz);
        let cd = 30 + 6 + deflated.len();
        z[cd + 10] = 8;
        z[cd + 16..cd + 20].copy_from_slice(&crc);
        z[cd + 24..cd + 28].copy_from_slice(&usz);
        assert_eq!(read_zip(&z).unwrap(), vec![("d.yaml".to_string(), content)]);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(
            decode_context("not base64!")
                .unwrap_err()
                .contains("base64")
        );
        assert!(
            decode_context("aGVsbG8=")
                .unwrap_err()
                .contains("not a valid zip")
        );
        let z = write_zip(&[ContextFile::plain("a", b"hello".to_vec())]);
        for cut in 0..z.len() {
            let _ = read_zip(&z[..cut]);
            let mut flipped = z.clone();
            flipped[cut] ^= 0xff;
            let _ = read_zip(&flipped);
        }
    }
}
