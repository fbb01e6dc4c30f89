//! Record/replay sessions for scripts (`AZR_CASSETTE=FILE`, `AZR_RECORD_MODE=MODE`): one
//! cassette shared by every azr process of a script, with the record modes of vcrpy and go-vcr:
//!
//! - `once` (default): record when the cassette is missing at the start of the session, else
//!   replay;
//! - `none`: replay only;
//! - `new_episodes`: replay what matches (body included), record the rest;
//! - `all`: always record; the first process of a session starts the cassette afresh.
//!
//! Replay consumes as it goes: every interaction answers once per session, in recording order,
//! across processes, so a script that sends the same request twice (a create that must fail the
//! second time, a poll-until loop) gets the recorded answers in order. The session lives in
//! `FILE.state` beside the cassette (what each process replayed, the session's decision to
//! record or replay, the stable names of `sanitize`); `azr cassette reset FILE` ends it.
//! Processes that run at once take turns through the lock file `FILE.lock`, so concurrent
//! recorders never lose an interaction.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::Transport;
use super::cassette::Cassette;
use super::record::{interaction, scrubbed_request};
use super::replay::{Pick, check_body, pick, recorded_response, unanswered};
use super::sanitize::{Sanitizers, StableName, restore_names};
use crate::arm::{ArmRequest, ArmResponse};
use crate::error::{AzError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordMode {
    Once,
    None,
    NewEpisodes,
    All,
}

impl FromStr for RecordMode {
    type Err = AzError;

    fn from_str(s: &str) -> Result<RecordMode> {
        match s {
            "once" => Ok(RecordMode::Once),
            "none" => Ok(RecordMode::None),
            "new_episodes" => Ok(RecordMode::NewEpisodes),
            "all" => Ok(RecordMode::All),
            other => Err(AzError::usage(format!(
                "AZR_RECORD_MODE must be one of once, none, new_episodes, all; got '{other}'."
            ))),
        }
    }
}

/// The files of one cassette: the recording, its session state and its lock.
#[derive(Debug, Clone)]
pub struct CassetteFiles {
    pub cassette: PathBuf,
    pub state: PathBuf,
    pub lock: PathBuf,
}

/// Held while a process reads and rewrites a cassette or its state; dropping it unlocks.
pub struct CassetteLock {
    _file: File,
}

/// What one session has done so far, kept in `FILE.state`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct SessionState {
    /// Whether this session records (`once` and `all` decide it in its first process).
    #[serde(default)]
    pub recording: Option<bool>,
    /// The interactions already served or recorded, by index.
    #[serde(default)]
    pub used: Vec<usize>,
    /// Stable names handed out by `{n}` sanitizers.
    #[serde(default)]
    pub names: Vec<StableName>,
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

impl CassetteFiles {
    pub fn new(cassette: &Path) -> CassetteFiles {
        CassetteFiles {
            cassette: cassette.to_path_buf(),
            state: sibling(cassette, ".state"),
            lock: sibling(cassette, ".lock"),
        }
    }

    /// Waits for the cassette's lock (other azr processes of the script hold it briefly).
    pub fn lock(&self) -> Result<CassetteLock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&self.lock)
            .map_err(|e| {
                AzError::io(format!(
                    "cannot open the cassette lock '{}': {e}",
                    self.lock.display()
                ))
            })?;
        file.lock().map_err(|e| {
            AzError::io(format!(
                "cannot lock the cassette '{}': {e}",
                self.cassette.display()
            ))
        })?;
        Ok(CassetteLock { _file: file })
    }

    /// The cassette, or an empty one when the file is missing or empty.
    pub fn load_or_empty(&self) -> Result<Cassette> {
        match std::fs::read_to_string(&self.cassette) {
            Ok(text) if text.trim().is_empty() => Ok(Cassette::default()),
            Ok(_) => Cassette::load(&self.cassette),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Cassette::default()),
            Err(e) => Err(AzError::io(format!(
                "cannot read the cassette '{}': {e}",
                self.cassette.display()
            ))),
        }
    }

    pub fn load_state(&self) -> Result<SessionState> {
        match std::fs::read_to_string(&self.state) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                AzError::io(format!(
                    "the cassette state '{}' is damaged ({e}); `azr cassette reset {}` starts a new session",
                    self.state.display(),
                    self.cassette.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(SessionState::default()),
            Err(e) => Err(AzError::io(format!(
                "cannot read the cassette state '{}': {e}",
                self.state.display()
            ))),
        }
    }

    pub fn save_state(&self, state: &SessionState) -> Result<()> {
        let text = serde_json::to_string(state)
            .map_err(|e| AzError::internal(format!("cannot write the cassette state: {e}")))?;
        let tmp = sibling(&self.state, &format!(".{}.tmp", std::process::id()));
        let write = || -> std::io::Result<()> {
            std::fs::write(&tmp, text.as_bytes())?;
            std::fs::rename(&tmp, &self.state)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            AzError::io(format!(
                "cannot write the cassette state '{}': {e}",
                self.state.display()
            ))
        })
    }

    /// Ends the session: the next process starts from the first interaction. True when there
    /// was a session to end.
    pub fn reset(&self) -> Result<bool> {
        if !self.state.exists() {
            return Ok(false);
        }
        let _lock = self.lock()?;
        let had = match std::fs::remove_file(&self.state) {
            Ok(()) => true,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(e) => {
                return Err(AzError::io(format!(
                    "cannot remove the cassette state '{}': {e}",
                    self.state.display()
                )));
            }
        };
        Ok(had)
    }
}

/// A transport answering from, and recording to, one cassette in a session.
pub struct CassetteTransport {
    files: CassetteFiles,
    mode: RecordMode,
    recording: bool,
    inner: Option<Arc<dyn Transport>>,
    sanitizers: Sanitizers,
    ignore: Vec<String>,
    subscription: Option<String>,
}

impl CassetteTransport {
    /// Joins (or starts) the session of `path` in `mode`. `inner` makes the transport that
    /// records; it is only called when this session may record.
    pub fn open(
        path: &Path,
        mode: RecordMode,
        sanitizers: Sanitizers,
        ignore: Vec<String>,
        inner: impl FnOnce() -> Result<Arc<dyn Transport>>,
    ) -> Result<CassetteTransport> {
        let files = CassetteFiles::new(path);
        let lock = files.lock()?;
        let mut state = files.load_state()?;
        let exists = path.exists();
        let recording = match mode {
            RecordMode::None => false,
            RecordMode::NewEpisodes => false,
            RecordMode::Once => *state.recording.get_or_insert(!exists),
            RecordMode::All => {
                if state.recording != Some(true) {
                    // The first process of an `all` session records afresh.
                    state = SessionState {
                        recording: Some(true),
                        ..SessionState::default()
                    };
                    Cassette::default().save(path)?;
                }
                true
            }
        };
        // Fails early, naming the file, when the cassette cannot be replayed.
        let cassette = if recording || mode == RecordMode::NewEpisodes {
            files.load_or_empty()?
        } else {
            Cassette::load(path)?
        };
        files.save_state(&state)?;
        drop(lock);
        let inner = if recording || mode == RecordMode::NewEpisodes {
            Some(inner()?)
        } else {
            None
        };
        let subscription = match &inner {
            Some(inner) => inner.default_subscription(),
            None => cassette.subscription(),
        };
        Ok(CassetteTransport {
            files,
            mode,
            recording,
            inner,
            sanitizers,
            ignore,
            subscription,
        })
    }

    /// Answers from the cassette when an unused interaction matches; `None` when the request
    /// is to be recorded (`new_episodes`).
    fn replay(&self, req: &ArmRequest) -> Result<Option<ArmResponse>> {
        let _lock = self.files.lock()?;
        let mut state = self.files.load_state()?;
        // secrets are scrubbed first, so no sanitizer ever hands one to the state file
        let sent = self
            .sanitizers
            .request(&scrubbed_request(req), &mut state.names);
        let cassette = if self.mode == RecordMode::NewEpisodes {
            self.files.load_or_empty()?
        } else {
            Cassette::load(&self.files.cassette)?
        };
        let path = &self.files.cassette;
        let unused = |i: usize| !state.used.contains(&i);
        let picked = if self.mode == RecordMode::NewEpisodes {
            // a body that differs is a new episode, not a mismatch
            pick(&cassette, &sent, &|i| {
                unused(i) && check_body(path, &cassette, i, &sent, &self.ignore).is_ok()
            })
        } else {
            pick(&cassette, &sent, &unused)
        };
        let index = match picked {
            Pick::Found(index) => index,
            _ if self.mode == RecordMode::NewEpisodes => {
                self.files.save_state(&state)?;
                return Ok(None);
            }
            other => {
                let hint = format!(
                    " `azr cassette reset {}` replays it from the start.",
                    path.display()
                );
                return Err(unanswered(path, req, &other, &hint));
            }
        };
        state.used.push(index);
        self.files.save_state(&state)?;
        check_body(path, &cassette, index, &sent, &self.ignore)?;
        let mut resp = recorded_response(&cassette.interactions[index]);
        resp.body = restore_names(&String::from_utf8_lossy(&resp.body), &state.names).into_bytes();
        for (_, v) in resp.headers.iter_mut() {
            *v = restore_names(v, &state.names);
        }
        Ok(Some(resp))
    }

    /// Sends the request on and appends the exchange, scrubbed and sanitized, under the lock.
    async fn record(&self, req: ArmRequest) -> Result<ArmResponse> {
        let inner = self
            .inner
            .as_ref()
            .ok_or_else(|| AzError::internal("a recording session without a transport"))?;
        let resp = inner.send(req.clone()).await?;
        let _lock = self.files.lock()?;
        let mut state = self.files.load_state()?;
        let mut cassette = self.files.load_or_empty()?;
        let mut recorded = interaction(&req, &resp);
        self.sanitizers.interaction(&mut recorded, &mut state.names);
        cassette.interactions.push(recorded);
        state.used.push(cassette.interactions.len() - 1);
        cassette.version = 1;
        cassette.save(&self.files.cassette)?;
        self.files.save_state(&state)?;
        Ok(resp)
    }
}

#[async_trait]
impl Transport for CassetteTransport {
    async fn send(&self, req: ArmRequest) -> Result<ArmResponse> {
        if !self.recording
            && let Some(resp) = self.replay(&req)?
        {
            return Ok(resp);
        }
        self.record(req).await
    }

    /// Only a session that never records fast-forwards its clock: recorded operations poll at
    /// the server's pace.
    fn is_replay(&self) -> bool {
        self.inner.is_none()
    }

    fn default_subscription(&self) -> Option<String> {
        self.subscription.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_and_bad_ones_name_the_setting() {
        assert_eq!(
            "new_episodes".parse::<RecordMode>().unwrap(),
            RecordMode::NewEpisodes
        );
        let e = "always".parse::<RecordMode>().unwrap_err();
        assert_eq!(
            e.message,
            "AZR_RECORD_MODE must be one of once, none, new_episodes, all; got 'always'."
        );
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn state_and_lock_live_beside_the_cassette() {
        let f = CassetteFiles::new(Path::new("/x/rec.yaml"));
        assert_eq!(f.state, Path::new("/x/rec.yaml.state"));
        assert_eq!(f.lock, Path::new("/x/rec.yaml.lock"));
    }
}
