## Llwyth achosion
caseload-title = Eich llwyth achosion
caseload-practice-title = Pobl gyda'r practis
caseload-caption = { $count ->
    [one] 1 person, yr adolygiad cynharaf yn gyntaf
   *[other] { $count } o bobl, yr adolygiad cynharaf yn gyntaf
}
caseload-person = Person
caseload-review = Adolygiad nesaf
caseload-worker = Gweithiwr cymdeithasol
caseload-none = Nid oes neb ar y rhestr hon eto.
caseload-unallocated = Heb ei ddyrannu

## Staff
staff-title = Staff
staff-caption = { $count ->
    [one] 1 aelod o staff
   *[other] { $count } aelod o staff
}
staff-invited-heading = Wedi cael gwahoddiad, heb ymuno eto
staff-invite-heading = Gwahodd aelod o staff
staff-role-legend = Rôl
staff-invite-button = Anfon gwahoddiad
staff-invited = Mae'r gwahoddiad wedi'i anfon.
staff-error-exists = Mae cyfrif gyda'r cyfeiriad e-bost hwn yn bodoli eisoes
staff-error-role = Dewiswch rôl

## Trywydd archwilio'r practis
practice-audit-title = Trywydd archwilio
practice-audit-lead = Pob tro y cafodd cofnodion pobl gyda'r practis eu darllen neu eu newid, a phob tro y mewngofnododd aelod o staff, gyda'r diweddaraf yn gyntaf. Ni all neb newid na dileu'r eitemau hyn.
practice-audit-who = Pwy
practice-audit-action = Beth
practice-audit-record = Cofnod pwy
caseload-action = Dyraniad
caseload-change = Newid y gweithiwr cymdeithasol

## Dyrannu
allocate-title = Pwy yw eu gweithiwr cymdeithasol?
allocate-hint = Mae'r gweithiwr cymdeithasol yn gweld cofnod a negeseuon y person hwn. Cedwir y dyraniad blaenorol yn yr hanes.
allocate-nobody = Neb am y tro
allocate-nobody-hint = Mae negeseuon yn mynd i fewnflwch dyletswydd y practis nes bod rhywun wedi'i ddyrannu.
allocate-button = Cadw
allocate-error = Dewiswch weithiwr cymdeithasol o'r rhestr
allocate-done = Mae'r dyraniad wedi'i gadw.
caseload-to-do = Yn aros amdanoch chi
caseload-to-do-none = Dim byd yn aros
caseload-to-do-some = { $comments ->
    [0] { "" }
    [one] 1 sylw
   *[other] { $comments } sylw
}{ $comments ->
    [0] { "" }
   *[other] { $reviews ->
        [0] { "" }
       *[other] , { "" }
    }
}{ $reviews ->
    [0] { "" }
    [one] 1 cais am adolygiad cynnar
   *[other] { $reviews } cais am adolygiad cynnar
}
