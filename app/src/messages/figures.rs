//! How quickly a practice replies, computed from its real messages (never
//! self-reported): the median time from a person's first message in a
//! conversation to the practice's first reply, and the share of
//! conversations answered within the practice's target in working days.
//! The practice comparison publishes these.

use crate::data::Db;
use sqlx::Row;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReplyFigures {
    /// Conversations the figures count: a first message from the person's
    /// side in the period, and either a reply or a target already passed.
    pub counted: usize,
    /// Of those, answered at all, and answered within the target.
    pub answered: usize,
    pub within_target: usize,
    /// The median time to the first reply, in seconds (over those answered).
    pub median_seconds: Option<i64>,
    pub target_days: u32,
}

impl ReplyFigures {
    /// The share within target, as a whole percentage.
    pub fn percent_within(&self) -> Option<i64> {
        (self.counted > 0)
            .then(|| ((self.within_target * 100 + self.counted / 2) / self.counted) as i64)
    }
}

/// The median of whole seconds (the lower middle for an even count, so the
/// figure is always a real reply time).
pub fn median(mut xs: Vec<i64>) -> Option<i64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_unstable();
    Some(xs[(xs.len() - 1) / 2])
}

/// One conversation's first message from the person's side and the first
/// reply after it, from its messages in order: (sent, from_person).
pub fn first_reply(messages: &[(i64, bool)]) -> Option<(i64, Option<i64>)> {
    let start = messages.iter().position(|(_, from_person)| *from_person)?;
    let asked = messages[start].0;
    let reply = messages[start..]
        .iter()
        .find(|(_, p)| !*p)
        .map(|(at, _)| *at);
    Some((asked, reply))
}

/// The figures for conversations at `practice_id` whose first message from
/// the person's side was sent in `[from, to)`, as of `now`.
pub async fn reply_figures(
    db: &Db,
    practice_id: i64,
    from: i64,
    to: i64,
    now: i64,
) -> Result<ReplyFigures, sqlx::Error> {
    let target: i64 = sqlx::query_scalar("SELECT reply_target_days FROM practice WHERE id = $1")
        .bind(practice_id)
        .fetch_optional(db.reader())
        .await?
        .unwrap_or(2);
    let target = target.clamp(0, 30) as u32;
    let rows = sqlx::query(
        "SELECT m.conversation_id, m.created_at, m.from_person FROM message m JOIN conversation c ON c.id = m.conversation_id \
         WHERE c.practice_id = $1 AND c.created_at < $3 AND c.last_message_at >= $2 ORDER BY m.conversation_id, m.id",
    )
    .bind(practice_id)
    .bind(from)
    .bind(to)
    .fetch_all(db.reader())
    .await?;
    let mut by_conversation: Vec<(i64, Vec<(i64, bool)>)> = vec![];
    for r in rows {
        let c: i64 = r.try_get("conversation_id")?;
        let at: i64 = r.try_get("created_at")?;
        let from_person = r.try_get::<i64, _>("from_person")? == 1;
        match by_conversation.last_mut() {
            Some((id, list)) if *id == c => list.push((at, from_person)),
            _ => by_conversation.push((c, vec![(at, from_person)])),
        }
    }
    let mut f = ReplyFigures {
        target_days: target,
        ..Default::default()
    };
    let mut times = vec![];
    for (_, list) in by_conversation {
        let Some((asked, reply)) = first_reply(&list) else {
            continue;
        };
        if asked < from || asked >= to {
            continue;
        }
        let due = crate::working_days::due_date(asked, target);
        match reply {
            Some(at) => {
                f.counted += 1;
                f.answered += 1;
                times.push(at - asked);
                if crate::dates::uk_date_of(at) <= due {
                    f.within_target += 1;
                }
            }
            None if crate::working_days::is_overdue(asked, target, now) => f.counted += 1,
            // Not answered yet, and not yet due: too soon to count.
            None => {}
        }
    }
    f.median_seconds = median(times);
    Ok(f)
}

/// How long the inbox's figures are reused, in seconds. They cover 90
/// days, so a minute's delay is invisible, and a social worker moving
/// through the inbox does not recount the practice's messages on every
/// page.
pub const KEPT_FOR: i64 = 60;
/// The most practices whose figures are kept at once (a council hosting
/// many practices stays bounded; past this the oldest are dropped).
pub const KEPT_MAX: usize = 512;

/// Recently computed reply figures, per practice and period, for one
/// process. Bounded by [`KEPT_MAX`] and [`KEPT_FOR`].
#[derive(Debug, Default)]
pub struct Kept {
    inner: std::sync::Mutex<std::collections::HashMap<(i64, i64), (i64, ReplyFigures)>>,
}

impl Kept {
    /// The figures for `practice_id` over the `days` up to `now`,
    /// computed again when those kept are older than [`KEPT_FOR`].
    pub async fn get(
        &self,
        db: &Db,
        practice_id: i64,
        days: i64,
        now: i64,
    ) -> Result<ReplyFigures, sqlx::Error> {
        let key = (practice_id, days);
        if let Some((at, f)) = self.lock().get(&key) {
            if (0..KEPT_FOR).contains(&(now - at)) {
                return Ok(*f);
            }
        }
        let f = reply_figures(db, practice_id, now - days * 86_400, now, now).await?;
        let mut kept = self.lock();
        kept.retain(|_, (at, _)| (0..KEPT_FOR).contains(&(now - *at)));
        while kept.len() >= KEPT_MAX {
            let Some(oldest) = kept.iter().min_by_key(|(_, (at, _))| *at).map(|(k, _)| *k) else {
                break;
            };
            kept.remove(&oldest);
        }
        kept.insert(key, (now, f));
        Ok(f)
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(
        &self,
    ) -> std::sync::MutexGuard<'_, std::collections::HashMap<(i64, i64), (i64, ReplyFigures)>> {
        // The map holds plain values, so a panic elsewhere cannot leave it
        // half-written: carry on with it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_reply_follows_the_first_message_from_the_person() {
        // The practice wrote first; the person answered at 200; the reply at 500.
        assert_eq!(
            first_reply(&[(100, false), (200, true), (300, true), (500, false)]),
            Some((200, Some(500)))
        );
        assert_eq!(first_reply(&[(100, true)]), Some((100, None)));
        assert_eq!(first_reply(&[(100, false)]), None);
    }

    #[test]
    fn the_median_is_a_real_reply_time() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![5]), Some(5));
        assert_eq!(median(vec![9, 1, 5]), Some(5));
        assert_eq!(median(vec![1, 2, 3, 10]), Some(2));
    }

    #[test]
    fn percentages_round_to_whole_numbers() {
        let f = ReplyFigures {
            counted: 3,
            within_target: 2,
            ..Default::default()
        };
        assert_eq!(f.percent_within(), Some(67));
        assert_eq!(ReplyFigures::default().percent_within(), None);
    }
}
