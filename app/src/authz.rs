//! The one place that decides who may do what to whose record:
//! role × relationship (self, delegation, caseload, practice) × scope ×
//! record. Every page loader and form handler that touches a person's
//! data calls [`authorise`] first (ASVS 5.0 V8.2.1, V8.2.2).
//!
//! No relationship at all gives 404, so a guessed id reveals nothing; a
//! relationship without the right scope gives 403.

use crate::auth::{Role, Viewer};
use crate::data::Db;
use crate::error::AppError;
use sqlx::Row;

/// What a person can grant a carer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    ViewPlan,
    ViewBudget,
    ManagePayments,
    MessageFor,
    ReadMessages,
}

impl Scope {
    pub const ALL: [Scope; 5] = [
        Scope::ViewPlan,
        Scope::ViewBudget,
        Scope::ManagePayments,
        Scope::MessageFor,
        Scope::ReadMessages,
    ];

    /// The stored code, which is also the delegation table's column name.
    pub fn code(self) -> &'static str {
        match self {
            Scope::ViewPlan => "view_plan",
            Scope::ViewBudget => "view_budget",
            Scope::ManagePayments => "manage_payments",
            Scope::MessageFor => "message_for",
            Scope::ReadMessages => "read_messages",
        }
    }

    pub fn from_code(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|x| x.code() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Scope::ViewPlan => "scope-view-plan",
            Scope::ViewBudget => "scope-view-budget",
            Scope::ManagePayments => "scope-manage-payments",
            Scope::MessageFor => "scope-message-for",
            Scope::ReadMessages => "scope-read-messages",
        }
    }
}

/// What someone wants to do with a person's record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// See the person's name and what they may do here.
    ViewSummary,
    ViewPlan,
    ViewBudget,
    ManagePayments,
    SendMessage,
    ReadMessages,
    /// Staff only; never carers, whatever their scopes.
    ViewSafeguarding,
    /// See who has access to the record and what each can do.
    ViewCarers,
    /// Invite, change or revoke a carer the person consented to.
    ManageConsentAccess,
    /// Record or change access on a legal basis (LPA, deputyship, best
    /// interests): staff only.
    ManageLegalAccess,
    /// "Who has looked at my information": the person only.
    ViewOwnTrail,
    /// Invite the person to make their own account: staff only.
    InvitePerson,
    /// Choose the person's social worker: the practice manager only.
    AllocateWorker,
    /// Write and publish the plan, and answer what the person says about
    /// it: staff only.
    EditPlan,
    /// Comment on the plan, say "I don't agree", ask for an early review:
    /// the person, or a carer who may see the plan. Never staff (it is the
    /// person's voice).
    SpeakOnPlan,
    /// Choose how the personal budget is paid: the person, or a carer who
    /// may manage the payments (a nominated person). Staff answer it.
    ChooseBudget,
    /// Agree, or ask to discuss, the person's budget choice; see the
    /// record of the discussion: staff only.
    DecideBudget,
    /// Ask to move to another practice, and review a practice that
    /// supported them: the person only (it is their choice).
    RequestSwitch,
    /// Record the person's communication needs and ask for communication
    /// support (an interpreter) at a visit: the person, a carer who may
    /// send messages for them, and their workers.
    ManageNeeds,
    /// Make a complaint (or compliment) about the practice and follow it:
    /// the person, or a carer who may send messages for them. Staff handle
    /// complaints through their queue, not the person's record.
    Complain,
}

impl Action {
    pub const ALL: [Action; 20] = [
        Action::ViewSummary,
        Action::ViewPlan,
        Action::ViewBudget,
        Action::ManagePayments,
        Action::SendMessage,
        Action::ReadMessages,
        Action::ViewSafeguarding,
        Action::ViewCarers,
        Action::ManageConsentAccess,
        Action::ManageLegalAccess,
        Action::ViewOwnTrail,
        Action::InvitePerson,
        Action::AllocateWorker,
        Action::EditPlan,
        Action::SpeakOnPlan,
        Action::ChooseBudget,
        Action::DecideBudget,
        Action::RequestSwitch,
        Action::ManageNeeds,
        Action::Complain,
    ];

    /// The scope a carer needs for this action, if carers may do it at all.
    pub fn carer_scope(self) -> Option<Option<Scope>> {
        match self {
            Action::ViewSummary => Some(None),
            Action::ViewPlan | Action::SpeakOnPlan => Some(Some(Scope::ViewPlan)),
            Action::ViewBudget => Some(Some(Scope::ViewBudget)),
            Action::ManagePayments | Action::ChooseBudget => Some(Some(Scope::ManagePayments)),
            Action::SendMessage | Action::ManageNeeds | Action::Complain => Some(Some(Scope::MessageFor)),
            Action::ReadMessages => Some(Some(Scope::ReadMessages)),
            _ => None,
        }
    }
}

/// The scopes a delegation grants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scopes {
    pub view_plan: bool,
    pub view_budget: bool,
    pub manage_payments: bool,
    pub message_for: bool,
    pub read_messages: bool,
}

impl Scopes {
    pub fn has(&self, s: Scope) -> bool {
        match s {
            Scope::ViewPlan => self.view_plan,
            Scope::ViewBudget => self.view_budget,
            Scope::ManagePayments => self.manage_payments,
            Scope::MessageFor => self.message_for,
            Scope::ReadMessages => self.read_messages,
        }
    }

    pub fn set(&mut self, s: Scope, on: bool) {
        match s {
            Scope::ViewPlan => self.view_plan = on,
            Scope::ViewBudget => self.view_budget = on,
            Scope::ManagePayments => self.manage_payments = on,
            Scope::MessageFor => self.message_for = on,
            Scope::ReadMessages => self.read_messages = on,
        }
    }

    pub fn from_list(list: &[Scope]) -> Scopes {
        let mut s = Scopes::default();
        for x in list {
            s.set(*x, true);
        }
        s
    }

    pub fn list(&self) -> Vec<Scope> {
        Scope::ALL.into_iter().filter(|s| self.has(*s)).collect()
    }
}

/// How the viewer is related to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Relationship {
    /// The person's own account.
    Own,
    /// An active delegation; `acting` is whether the carer's session is
    /// acting for this person right now.
    Carer {
        delegation_id: i64,
        scopes: Scopes,
        acting: bool,
    },
    /// The person is on this social worker's caseload.
    Caseload,
    /// The person is with this practice manager's practice.
    Practice,
    /// The person is with this social worker's practice and every worker
    /// allocated to them is away today (or none is): the duty inbox
    /// answers their messages, and nothing more.
    Duty,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Forbidden,
    NotFound,
}

/// The rule itself, with no I/O: every role and relationship, every action.
pub fn decide(role: Role, rel: Option<&Relationship>, action: Action) -> Decision {
    use Action::*;
    let Some(rel) = rel else {
        return Decision::NotFound;
    };
    let allow = |b: bool| {
        if b {
            Decision::Allow
        } else {
            Decision::Forbidden
        }
    };
    match (role, rel) {
        (Role::Person, Relationship::Own) => allow(matches!(
            action,
            ViewSummary
                | ViewPlan
                | ViewBudget
                | ManagePayments
                | SendMessage
                | ReadMessages
                | ViewCarers
                | ManageConsentAccess
                | ViewOwnTrail
                | SpeakOnPlan
                | ChooseBudget
                | RequestSwitch
                | ManageNeeds
                | Complain
        )),
        (Role::Carer, Relationship::Carer { scopes, acting, .. }) => match action.carer_scope() {
            None => Decision::Forbidden,
            Some(_) if !acting => Decision::Forbidden,
            Some(None) => Decision::Allow,
            Some(Some(scope)) => allow(scopes.has(scope)),
        },
        (Role::SocialWorker, Relationship::Caseload) => allow(matches!(
            action,
            ViewSummary
                | ViewPlan
                | ViewBudget
                | SendMessage
                | ReadMessages
                | ViewSafeguarding
                | ViewCarers
                | ManageLegalAccess
                | InvitePerson
                | EditPlan
                | DecideBudget
                | ManageNeeds
        )),
        (Role::PracticeManager, Relationship::Practice) => allow(matches!(
            action,
            ViewSummary
                | ViewPlan
                | ViewBudget
                | SendMessage
                | ReadMessages
                | ViewSafeguarding
                | ViewCarers
                | ManageLegalAccess
                | InvitePerson
                | AllocateWorker
                | EditPlan
                | DecideBudget
                | ManageNeeds
        )),
        (Role::SocialWorker, Relationship::Duty) => {
            allow(matches!(action, ViewSummary | SendMessage | ReadMessages))
        }
        // A relationship that does not fit the role (which the loader never
        // builds) is treated as none at all.
        _ => Decision::NotFound,
    }
}

/// What an allowed request knows about the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    pub person_id: i64,
    pub person_name: String,
    pub practice_id: Option<i64>,
    pub relationship: Relationship,
}

/// Loads the viewer's relationship to the person (if any).
pub async fn relationship(
    db: &Db,
    viewer: &Viewer,
    person_id: i64,
    today: &str,
) -> Result<Option<(Relationship, String, Option<i64>)>, sqlx::Error> {
    // A person's account points at their own record, read with the session
    // (`Viewer::own_record`): no other record is theirs, so no read.
    if viewer.role == Role::Person {
        if let (Some(own), Some((name, practice_id))) = (viewer.person_id, &viewer.own_record) {
            return Ok((own == person_id).then(|| (Relationship::Own, name.clone(), *practice_id)));
        }
    }
    let Some(person) = sqlx::query("SELECT display_name, practice_id FROM person WHERE id = $1")
        .bind(person_id)
        .fetch_optional(db.reader())
        .await?
    else {
        return Ok(None);
    };
    let name: String = person.try_get("display_name")?;
    let practice_id: Option<i64> = person.try_get("practice_id")?;
    let rel = match viewer.role {
        Role::Person => (viewer.person_id == Some(person_id)).then_some(Relationship::Own),
        Role::Carer => {
            let row = sqlx::query(&format!(
                "SELECT id, view_plan, view_budget, manage_payments, message_for, read_messages FROM delegation \
                 WHERE person_id = $1 AND carer_account_id = $2 AND {ACTIVE} ORDER BY id LIMIT 1"
            ))
            .bind(person_id)
            .bind(viewer.account_id)
            .bind(today)
            .fetch_optional(db.reader())
            .await?;
            match row {
                Some(r) => Some(Relationship::Carer {
                    delegation_id: r.try_get("id")?,
                    scopes: Scopes {
                        view_plan: r.try_get::<i64, _>("view_plan")? == 1,
                        view_budget: r.try_get::<i64, _>("view_budget")? == 1,
                        manage_payments: r.try_get::<i64, _>("manage_payments")? == 1,
                        message_for: r.try_get::<i64, _>("message_for")? == 1,
                        read_messages: r.try_get::<i64, _>("read_messages")? == 1,
                    },
                    acting: viewer.acting_for.as_ref().map(|a| a.0) == Some(person_id),
                }),
                None => None,
            }
        }
        Role::SocialWorker => {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM caseload WHERE person_id = $1 AND worker_id = $2 AND ended_at IS NULL")
                .bind(person_id)
                .bind(viewer.account_id)
                .fetch_one(db.reader())
                .await?;
            if n > 0 {
                Some(Relationship::Caseload)
            } else if viewer.practice_id.is_some() && viewer.practice_id == practice_id {
                let duty: i64 = sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM person p WHERE p.id = $1 AND {}",
                    duty_condition("$1", "$2")
                ))
                .bind(person_id)
                .bind(today)
                .fetch_one(db.reader())
                .await?;
                (duty > 0).then_some(Relationship::Duty)
            } else {
                None
            }
        }
        Role::PracticeManager => (viewer.practice_id.is_some()
            && viewer.practice_id == practice_id)
            .then_some(Relationship::Practice),
        // A council's commissioner sees complaints sent to the council,
        // never a person's record.
        Role::Commissioner => None,
    };
    Ok(rel.map(|r| (r, name, practice_id)))
}

/// The duty inbox answers for a person when no worker allocated to them is
/// at work today: every current allocation's worker has an away period
/// covering `today`, or there is no current allocation. Written once, for
/// [`relationship`] and for the inbox's list (`person` is the SQL for the
/// person's id, `today` for today's date).
pub fn duty_condition(person: &str, today: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM caseload dk WHERE dk.person_id = {person} AND dk.ended_at IS NULL AND NOT EXISTS \
         (SELECT 1 FROM worker_away dw WHERE dw.worker_id = dk.worker_id AND dw.cancelled_at IS NULL \
         AND dw.starts_on <= {today} AND dw.ends_on >= {today}))"
    )
}

/// A delegation is active when it is accepted, not revoked, and today is
/// not after its end date. (`$3` is today's date.)
pub const ACTIVE: &str =
    "revoked_at IS NULL AND carer_account_id IS NOT NULL AND (ends_on IS NULL OR ends_on >= $3)";

/// [`ACTIVE`] for a delegation table under the alias `d`, with `today`
/// the SQL for today's date.
pub fn active_delegation(d: &str, today: &str) -> String {
    format!("{d}.revoked_at IS NULL AND {d}.carer_account_id IS NOT NULL AND ({d}.ends_on IS NULL OR {d}.ends_on >= {today})")
}

/// Decides, on the server, whether `viewer` may do `action` to the
/// person's record. Errors are `NotFound` (no relationship, or no such
/// person) or `Forbidden` (a relationship without the scope).
pub async fn authorise(
    db: &Db,
    viewer: &Viewer,
    person_id: i64,
    action: Action,
    today: &str,
) -> Result<Access, AppError> {
    let rel = relationship(db, viewer, person_id, today).await?;
    match decide(viewer.role, rel.as_ref().map(|r| &r.0), action) {
        Decision::Allow => {
            let (relationship, person_name, practice_id) = rel.expect("allowed means related");
            Ok(Access {
                person_id,
                person_name,
                practice_id,
                relationship,
            })
        }
        Decision::Forbidden => Err(AppError::Forbidden),
        Decision::NotFound => Err(AppError::NotFound),
    }
}

/// The people a carer may act for today: (person id, name).
pub async fn people_acted_for(
    db: &Db,
    carer_account_id: i64,
    today: &str,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.id, p.display_name FROM delegation d JOIN person p ON p.id = d.person_id \
         WHERE d.carer_account_id = $1 AND d.revoked_at IS NULL AND (d.ends_on IS NULL OR d.ends_on >= $2) \
         ORDER BY p.display_name, p.id",
    )
    .bind(carer_account_id)
    .bind(today)
    .fetch_all(db.reader())
    .await?;
    let mut out: Vec<(i64, String)> = vec![];
    for r in rows {
        let id: i64 = r.try_get("id")?;
        if !out.iter().any(|(i, _)| *i == id) {
            out.push((id, r.try_get("display_name")?));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every role × relationship × action × scope set: the decision must
    /// match this independent statement of the rules.
    #[test]
    fn the_active_delegation_rule_is_written_once() {
        assert_eq!(active_delegation("d", "$3").replace("d.", ""), ACTIVE);
    }

    #[test]
    fn the_decision_matrix() {
        let all_scope_sets: Vec<Scopes> = (0..32u8)
            .map(|bits| {
                Scopes::from_list(
                    &Scope::ALL
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| bits & (1 << i) != 0)
                        .map(|(_, s)| s)
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        let mut rels: Vec<Option<Relationship>> = vec![
            None,
            Some(Relationship::Own),
            Some(Relationship::Caseload),
            Some(Relationship::Practice),
            Some(Relationship::Duty),
        ];
        for s in &all_scope_sets {
            for acting in [true, false] {
                rels.push(Some(Relationship::Carer {
                    delegation_id: 1,
                    scopes: *s,
                    acting,
                }));
            }
        }
        let mut allowed = 0;
        for role in Role::ALL {
            for rel in &rels {
                for action in Action::ALL {
                    let got = decide(role, rel.as_ref(), action);
                    let expected = match (role, rel) {
                        (_, None) => Decision::NotFound,
                        (Role::Person, Some(Relationship::Own)) => {
                            if matches!(
                                action,
                                Action::ViewSafeguarding
                                    | Action::ManageLegalAccess
                                    | Action::InvitePerson
                                    | Action::AllocateWorker
                                    | Action::EditPlan
                                    | Action::DecideBudget
                            ) {
                                Decision::Forbidden
                            } else {
                                Decision::Allow
                            }
                        }
                        (Role::Carer, Some(Relationship::Carer { scopes, acting, .. })) => {
                            let needed = match action {
                                Action::ViewSummary => Some(true),
                                Action::ViewPlan | Action::SpeakOnPlan => Some(scopes.view_plan),
                                Action::ViewBudget => Some(scopes.view_budget),
                                Action::ManagePayments | Action::ChooseBudget => Some(scopes.manage_payments),
                                Action::SendMessage | Action::ManageNeeds | Action::Complain => Some(scopes.message_for),
                                Action::ReadMessages => Some(scopes.read_messages),
                                _ => None,
                            };
                            if needed == Some(true) && *acting {
                                Decision::Allow
                            } else {
                                Decision::Forbidden
                            }
                        }
                        // Duty: messages only, and the name on them.
                        (Role::SocialWorker, Some(Relationship::Duty)) => {
                            if matches!(action, Action::ViewSummary | Action::SendMessage | Action::ReadMessages) {
                                Decision::Allow
                            } else {
                                Decision::Forbidden
                            }
                        }
                        (Role::SocialWorker, Some(Relationship::Caseload))
                        | (Role::PracticeManager, Some(Relationship::Practice)) => {
                            let manager_only =
                                action == Action::AllocateWorker && role != Role::PracticeManager;
                            if manager_only
                                || matches!(
                                    action,
                                    Action::ManagePayments
                                        | Action::ManageConsentAccess
                                        | Action::ViewOwnTrail
                                        | Action::SpeakOnPlan
                                        | Action::ChooseBudget
                                        | Action::RequestSwitch
                                        | Action::Complain
                                )
                            {
                                Decision::Forbidden
                            } else {
                                Decision::Allow
                            }
                        }
                        _ => Decision::NotFound,
                    };
                    assert_eq!(got, expected, "{role:?} {rel:?} {action:?}");
                    if got == Decision::Allow {
                        allowed += 1;
                    }
                }
            }
        }
        assert!(
            allowed > 100,
            "the matrix allowed almost nothing: {allowed}"
        );
        // Safeguarding is never shown to a carer, whatever they were granted.
        let every = Scopes::from_list(&Scope::ALL);
        assert_eq!(
            decide(
                Role::Carer,
                Some(&Relationship::Carer {
                    delegation_id: 1,
                    scopes: every,
                    acting: true
                }),
                Action::ViewSafeguarding
            ),
            Decision::Forbidden
        );
    }
}
