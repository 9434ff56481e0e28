## Caseload
caseload-title = Your caseload
caseload-practice-title = People with the practice
caseload-caption = { $count ->
    [one] 1 person, soonest review first
   *[other] { $count } people, soonest review first
}
caseload-person = Person
caseload-review = Next review
caseload-worker = Social worker
caseload-none = Nobody is on this list yet.
caseload-unallocated = Not allocated

## Staff
staff-title = Staff
staff-caption = { $count ->
    [one] 1 member of staff
   *[other] { $count } members of staff
}
staff-invited-heading = Invited, not yet joined
staff-invite-heading = Invite a member of staff
staff-role-legend = Role
staff-invite-button = Send invitation
staff-invited = The invitation has been sent.
staff-error-exists = There is already an account with this email address
staff-error-role = Select a role

## Practice audit trail
practice-audit-title = Audit trail
practice-audit-lead = Every read and change of the records of people with the practice, and staff sign-ins, newest first. Nobody can change or delete these entries.
practice-audit-who = Who
practice-audit-action = What
practice-audit-record = Whose record
caseload-action = Allocation
caseload-change = Change social worker

## Allocation
allocate-title = Who is their social worker?
allocate-hint = The social worker sees this person's record and messages. The previous allocation is kept in the history.
allocate-nobody = Nobody for now
allocate-nobody-hint = Messages go to the practice duty inbox until someone is allocated.
allocate-button = Save
allocate-error = Select a social worker from the list
allocate-done = The allocation has been saved.
caseload-to-do = Waiting for you
caseload-to-do-none = Nothing waiting
caseload-to-do-some = { $comments ->
    [0] { "" }
    [one] 1 comment
   *[other] { $comments } comments
}{ $comments ->
    [0] { "" }
   *[other] { $reviews ->
        [0] { "" }
       *[other] , { "" }
    }
}{ $reviews ->
    [0] { "" }
    [one] 1 early review request
   *[other] { $reviews } early review requests
}
