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
