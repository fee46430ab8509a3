//! LMS mode's session, decided here and only carried out by the app: what is sent and in
//! which order (initialise; status, score and suspend data; one interaction per answer;
//! session time and `exit` = `suspend` at the end; commit; finish), how the LMS's suspend
//! data and this device's own progress come together at launch, and a bounded queue of the
//! calls still to make, so an LMS that is missing, slow or failing never costs the learner
//! any work: everything stays on the device and is sent again when the LMS answers.
//!
//! The app asks [`Session::next`] for the call to make, makes it, and says how it went
//! ([`Session::sent`], [`Session::initialised`] or [`Session::failed`]); it shows the
//! learner [`Session::trouble`] while calls fail.

use std::collections::VecDeque;

use super::calls::{calls, Change};
use super::rules::Interaction;
use super::selection::{ScormVersion, Selection};
use super::suspend::{PackageProgress, ScenarioProgress, SuspendError, MAX_INTERACTIONS};
use crate::content::Catalog;
use crate::progress::Progress;
use crate::scenario::engine::Answer;
use crate::scenario::play::{PlayAction, Plays};
use crate::sorted::SortedSet;

/// The most LMS calls waiting to be made. Past it the oldest answers' records are left
/// out (the learner's progress, in status, score and suspend data, is never left out).
pub const MAX_PENDING: usize = 500;

/// One call to the LMS's API, as the app makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    /// `LMSInitialize` / `Initialize`; on success the app reads `cmi.suspend_data` and
    /// `cmi.interactions._count` and hands them to [`Session::initialised`].
    Initialize,
    /// `LMSSetValue` / `SetValue` of each pair, in order.
    Set(Vec<(String, String)>),
    /// `LMSCommit` / `Commit`.
    Commit,
    /// `LMSFinish` / `Terminate`.
    Finish,
}

/// What waits to be sent. Status, score and suspend data are worked out when they are
/// sent, from the progress then, so one pending [`Pending::Progress`] is always enough.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pending {
    Initialize,
    /// One answer, numbered when it is sent (so an answer left out leaves no gap).
    Answer(Interaction),
    Progress,
    Exit {
        millis: u64,
    },
    Commit,
    Finish,
}

/// A call the LMS refused or could not take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub call: String,
    pub code: String,
}

/// What launching found in the LMS.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Launch {
    /// Answers that take this device's role-play runs on to where the LMS's suspend data
    /// has them (a run played on another device), to dispatch in order. A run of this
    /// device's own that differs is never replaced.
    pub resume: Vec<PlayAction>,
    /// The suspend data could not be read: why, for the learner. Nothing of it was used.
    pub unread: Option<String>,
}

/// The learner's session with the LMS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub selection: Selection,
    /// The learner's progress in the package: this device's and the LMS's together.
    pub progress: PackageProgress,
    queue: VecDeque<Pending>,
    /// The next interaction's number.
    next_interaction: u32,
    /// Whether the LMS's suspend data may be written: not when it came from another
    /// version of Rapport, which would lose what that version keeps there.
    write_suspend: bool,
    /// Answers whose records were left out because the queue was full.
    pub dropped: u32,
    pub failure: Option<Failure>,
    /// When the session began (Unix ms), for its session time.
    started: i64,
    /// Finish has been asked for: nothing more is queued.
    pub finishing: bool,
    /// The LMS has taken the finish.
    pub finished: bool,
    /// The attempts already recorded (or there before the session), by id.
    seen: SortedSet<String>,
    /// Each packaged role-play's run as last recorded.
    runs: Vec<Vec<Answer>>,
    /// Runs being taken on to the LMS's at launch, until this device's records have them.
    resuming: Vec<Option<Vec<Answer>>>,
}

impl Session {
    /// A session of `selection`'s package starting at `now` on a device holding `progress`
    /// and `plays`: what they hold already is this device's, not answers to send.
    pub fn start(selection: Selection, progress: &Progress, plays: &Plays, now: i64) -> Session {
        let device = PackageProgress::from_records(&selection, progress, plays, 0);
        Session {
            runs: current_runs(&selection, plays),
            resuming: vec![None; selection.scenarios.len()],
            seen: progress.attempts.iter().map(|a| a.id.clone()).collect(),
            progress: device,
            selection,
            queue: VecDeque::from([Pending::Initialize]),
            next_interaction: 0,
            write_suspend: true,
            dropped: 0,
            failure: None,
            started: now,
            finishing: false,
            finished: false,
        }
    }

    /// The version of SCORM the package speaks.
    pub fn version(&self) -> ScormVersion {
        self.selection.scorm
    }

    /// The next call to make, if any.
    pub fn next(&self) -> Option<Call> {
        let version = self.version();
        Some(match self.queue.front()? {
            Pending::Initialize => Call::Initialize,
            Pending::Answer(interaction) => Call::Set(calls(
                version,
                Change::Answered {
                    index: self.next_interaction,
                    interaction,
                },
            )),
            Pending::Progress => {
                let progress = PackageProgress {
                    interactions: self.next_interaction,
                    ..self.progress.clone()
                };
                let mut pairs = calls(
                    version,
                    Change::Progress {
                        selection: &self.selection,
                        progress: &progress,
                    },
                );
                if !self.write_suspend {
                    pairs.retain(|(element, _)| element != "cmi.suspend_data");
                }
                Call::Set(pairs)
            }
            Pending::Exit { millis } => Call::Set(calls(version, Change::Exit { millis: *millis })),
            Pending::Commit => Call::Commit,
            Pending::Finish => Call::Finish,
        })
    }

    /// How many LMS calls are waiting (each value set counts as one).
    pub fn pending(&self) -> usize {
        self.queue.iter().map(|p| self.weight(p)).sum()
    }

    fn weight(&self, pending: &Pending) -> usize {
        let v12 = self.version() == ScormVersion::V12;
        match pending {
            Pending::Answer(_) => 4 + usize::from(!v12),
            Pending::Progress => 5 + 2 * usize::from(!v12),
            Pending::Exit { .. } => 2,
            Pending::Initialize | Pending::Commit | Pending::Finish => 1,
        }
    }

    /// The call [`Session::next`] gave was made and the LMS took it. (For
    /// [`Call::Initialize`], use [`Session::initialised`].)
    pub fn sent(&mut self) {
        match self.queue.pop_front() {
            Some(Pending::Answer(_)) => {
                self.next_interaction = (self.next_interaction + 1).min(MAX_INTERACTIONS);
            }
            Some(Pending::Finish) => self.finished = true,
            _ => {}
        }
        self.failure = None;
    }

    /// The LMS refused the call [`Session::next`] gave, or could not be reached: it stays
    /// first in the queue, to be made again.
    pub fn failed(&mut self, call: &str, code: &str) {
        self.failure = Some(Failure {
            call: call.to_owned(),
            code: code.to_owned(),
        });
    }

    /// The LMS started the session; `suspend` is its `cmi.suspend_data` ("" on a first
    /// launch) and `count` its `cmi.interactions._count` when it gave one. The LMS's
    /// progress joins this device's (each drill's better score, an ending reached on either,
    /// a run taken further on the other device), this device's `plays` as they are now.
    /// Data that cannot be read is reported and not used; the device's own progress is
    /// kept whatever the LMS held.
    pub fn initialised(&mut self, suspend: &str, count: Option<&str>, plays: &Plays) -> Launch {
        if self.queue.front() == Some(&Pending::Initialize) {
            self.queue.pop_front();
        }
        self.failure = None;
        let mut launch = Launch::default();
        let from_lms = match PackageProgress::decode(suspend, &self.selection) {
            Ok(progress) => Some(progress),
            Err(error) => {
                self.write_suspend = !matches!(error, SuspendError::Version(_));
                launch.unread = Some(unread_message(&error, self.write_suspend));
                None
            }
        };
        let counted = count.and_then(|c| c.trim().parse::<u32>().ok());
        self.next_interaction = counted
            .or(from_lms.as_ref().map(|p| p.interactions))
            .unwrap_or(0)
            .min(MAX_INTERACTIONS);
        if let Some(lms) = &from_lms {
            launch.resume = self.resume(lms, plays);
            self.progress = self.progress.merged(lms);
        }
        self.queue_progress();
        launch
    }

    /// The answers that take this device's runs on to the LMS's, where this device's run is
    /// the start of the LMS's (or empty); the runs are then recorded as the LMS has them,
    /// so the resumed answers are not sent back to it as new ones.
    fn resume(&mut self, lms: &PackageProgress, plays: &Plays) -> Vec<PlayAction> {
        let mut actions = Vec::new();
        for (i, (id, theirs)) in self
            .selection
            .scenarios
            .iter()
            .zip(&lms.scenarios)
            .enumerate()
        {
            let mine = plays.runs.get(id).map(Vec::as_slice).unwrap_or_default();
            let theirs: Vec<Answer> = theirs
                .run
                .iter()
                .map(|&c| Answer::Choice(usize::from(c)))
                .collect();
            if theirs.len() > mine.len() && theirs.starts_with(mine) {
                actions.extend(
                    theirs[mine.len()..]
                        .iter()
                        .map(|answer| PlayAction::Answer {
                            scenario: id.clone(),
                            answer: answer.clone(),
                        }),
                );
                self.runs[i] = theirs.clone();
                self.resuming[i] = Some(theirs);
            }
        }
        actions
    }

    /// Takes in what this device's records hold now: each packaged drill's new checked
    /// reply and each new turn of a packaged role-play becomes one interaction record, and
    /// the status, score and suspend data follow, then a commit. Records from before the
    /// session, and runs resumed from the LMS, are not sent again.
    pub fn observe(&mut self, progress: &Progress, plays: &Plays, content: &Catalog, now: i64) {
        if self.finishing {
            return;
        }
        let mut answers = Vec::new();
        for attempt in &progress.attempts {
            if self.seen.contains(&attempt.id) {
                continue;
            }
            self.seen.insert(attempt.id.clone());
            if self.selection.drills.contains(&attempt.drill) {
                answers.push(Interaction::of_attempt(attempt, &self.selection));
            }
        }
        for (i, run) in current_runs(&self.selection, plays).into_iter().enumerate() {
            if let Some(target) = &self.resuming[i] {
                // The resumed answers have not reached this device's records yet.
                if run.len() < target.len() && target.starts_with(&run) {
                    continue;
                }
                self.resuming[i] = None;
            }
            let known = &self.runs[i];
            let same = run.iter().zip(known).take_while(|(a, b)| a == b).count();
            if same < run.len() {
                let id = &self.selection.scenarios[i];
                if let Some(scenario) = content.scenario(id) {
                    let state = plays.state(scenario);
                    for turn in state.turns.iter().skip(same) {
                        answers.push(Interaction::of_turn(id, turn, now, &self.selection));
                    }
                }
            }
            self.runs[i] = run;
        }
        let device = PackageProgress::from_records(&self.selection, progress, plays, 0);
        let next = self.updated(&device);
        if answers.is_empty() && next == self.progress {
            return;
        }
        self.progress = next;
        for answer in answers {
            self.push_answer(answer);
        }
        self.queue_progress();
    }

    /// The session's progress with this device's now: drills and endings only ever gained
    /// (the LMS may know of a better score from another device), each run as this device
    /// has it (a rewind or a restart here is the learner's latest word).
    fn updated(&self, device: &PackageProgress) -> PackageProgress {
        let merged = self.progress.merged(device);
        PackageProgress {
            scenarios: merged
                .scenarios
                .iter()
                .zip(&device.scenarios)
                .zip(&self.resuming)
                .map(|((both, here), resuming)| ScenarioProgress {
                    ended: both.ended,
                    run: if resuming.is_some() {
                        both.run.clone()
                    } else {
                        here.run.clone()
                    },
                })
                .collect(),
            ..merged
        }
    }

    /// Ends the session at `now`: the progress, the session time with `exit` = `suspend`
    /// (so the LMS keeps the suspend data for the next launch), a commit and the finish.
    pub fn finish(&mut self, now: i64) {
        if self.finishing {
            return;
        }
        self.finishing = true;
        let millis = u64::try_from(now.saturating_sub(self.started)).unwrap_or(0);
        self.queue
            .retain(|p| !matches!(p, Pending::Progress | Pending::Commit));
        self.queue.extend([
            Pending::Progress,
            Pending::Exit { millis },
            Pending::Commit,
            Pending::Finish,
        ]);
    }

    /// Queues the status, score and suspend data, then a commit, after everything queued.
    fn queue_progress(&mut self) {
        self.queue
            .retain(|p| !matches!(p, Pending::Progress | Pending::Commit));
        self.queue.extend([Pending::Progress, Pending::Commit]);
    }

    /// Queues an answer's record, leaving out the oldest answers' while the queue is full.
    fn push_answer(&mut self, answer: Interaction) {
        let pending = Pending::Answer(answer);
        let mut total = self.pending() + self.weight(&pending);
        while total > MAX_PENDING {
            let Some(at) = self
                .queue
                .iter()
                .position(|p| matches!(p, Pending::Answer(_)))
            else {
                break;
            };
            if let Some(gone) = self.queue.remove(at) {
                total -= self.weight(&gone);
            }
            self.dropped = self.dropped.saturating_add(1);
        }
        self.queue.push_back(pending);
    }

    /// What to tell the learner while the LMS is not taking Rapport's calls.
    pub fn trouble(&self) -> Option<String> {
        let failure = self.failure.as_ref()?;
        let code = match failure.code.as_str() {
            "" | "0" => String::new(),
            code => format!(", error {code}"),
        };
        let mut text = format!(
            "Your organisation\u{2019}s learning platform is not taking Rapport\u{2019}s updates at the moment ({}{code}). Your work is kept on this device, and Rapport will send it again until the platform takes it.",
            failure.call
        );
        if self.dropped > 0 {
            text.push_str(&format!(
                " The records of {} of your earliest answers were too many to hold and will not reach it; your progress, score and place in each exercise will.",
                self.dropped
            ));
        }
        Some(text)
    }
}

/// Each packaged role-play's run in `plays`, in the selection's order.
fn current_runs(selection: &Selection, plays: &Plays) -> Vec<Vec<Answer>> {
    selection
        .scenarios
        .iter()
        .map(|id| plays.runs.get(id).cloned().unwrap_or_default())
        .collect()
}

/// Why the LMS's saved progress was not used, for the learner.
fn unread_message(error: &SuspendError, overwritten: bool) -> String {
    let then = if overwritten {
        "Rapport carries on from the progress on this device and saves that to the platform from now on."
    } else {
        "Rapport carries on from the progress on this device and leaves the platform\u{2019}s copy as it is."
    };
    format!(
        "Your organisation\u{2019}s learning platform holds saved progress for this course that Rapport could not use ({error}), so it was not read. {then}"
    )
}

/// What the learner sees when the app was launched as a course but finds no LMS to report
/// to: it runs as it does anywhere, keeping the work on this device.
pub const MISSING: &str = "Rapport was opened as a course but cannot find your organisation\u{2019}s learning platform, so nothing you do here reaches it. You can practise as usual; your work is kept on this device.";

#[cfg(test)]
mod tests;
