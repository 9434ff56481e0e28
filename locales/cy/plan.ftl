## Y cynllun gofal a chymorth
plan-title = Cynllun gofal a chymorth
plan-title-own = Eich cynllun gofal a chymorth
plan-glance-title = Eich cynllun yn gryno
plan-none = Nid oes cynllun wedi'i gytuno eto.
plan-not-set = Heb ei osod
plan-type = Math o gynllun
plan-type-long-term = Gofal a chymorth tymor hir
plan-type-reablement = Ailalluogi: cymorth tymor byr i'ch helpu i ddod yn ôl ar eich traed
plan-next-review = Adolygiad nesaf
plan-review-in = { $date } ({ $count ->
    [one] yfory
    [two] ymhen { $count } ddiwrnod
   *[other] ymhen { $count } diwrnod
})
plan-review-today = { $date } (heddiw)
plan-review-overdue = { $date } ({ $count ->
    [one] ddoe: gofynnwch i'ch gweithiwr cymdeithasol pryd y bydd yn digwydd
    [two] { $count } ddiwrnod yn ôl: gofynnwch i'ch gweithiwr cymdeithasol pryd y bydd yn digwydd
   *[other] { $count } diwrnod yn ôl: gofynnwch i'ch gweithiwr cymdeithasol pryd y bydd yn digwydd
})
plan-reablement-ends = Ailalluogi yn dod i ben
plan-weekly-support = Cymorth bob wythnos
plan-budget-total = Cyllideb bersonol
plan-per-week = { $amount } yr wythnos
plan-version-agreed = Fersiwn { $number }, y cytunwyd arni ar { $date }
plan-sections-heading = Rhannau'r cynllun
plan-section-outcomes = Beth sy'n bwysig i mi a fy nghanlyniadau
plan-section-outcomes-hint = Yn eich geiriau eich hun: beth rydych chi eisiau ei gyflawni.
plan-section-goals = Nodau a chynnydd
plan-section-needs = Anghenion
plan-section-needs-hint = Yr anghenion a nodwyd yn yr asesiad, a pha rai sy'n gymwys.
plan-section-support = Cymorth
plan-section-support-hint = Pa gymorth rydych chi'n ei gael, pwy sy'n ei roi, pryd, a faint mae'n ei gostio.
plan-section-budget = Cyllideb bersonol
plan-section-budget-hint = Faint yw'r gyllideb, sut y cafodd ei chyfrifo, a'ch cyfraniad chi.
plan-section-advice = Cyngor, ac os nad yw'r cymorth yn cyrraedd
plan-section-advice-hint = Cyngor i gadw'n iach, a'r cynllun wrth gefn.
plan-section-people = Pobl sy'n cymryd rhan
plan-section-people-hint = Pwy fu'n rhan o lunio'r cynllun hwn.
plan-versions-link = Fersiynau cynharach a beth newidiodd
plan-back-to-glance = Yn ôl i'r cynllun yn gryno
plan-what-matters = Beth sy'n bwysig i mi
plan-outcomes-heading = Y canlyniadau rydw i eu heisiau
plan-goals-heading = Fy nodau
plan-written-by = Ysgrifennwyd gan { $name }
plan-progress = Cynnydd
plan-progress-not-started = Heb ddechrau
plan-progress-started = Wedi dechrau
plan-progress-nearly = Bron yno
plan-progress-achieved = Wedi'i gyflawni
plan-needs-caption = Anghenion o'r asesiad
plan-need = Angen
plan-eligible = Yn gymwys i gael cymorth?
plan-eligible-yes = Ydy
plan-eligible-no = Nac ydy
plan-support-caption = Cymorth bob wythnos
plan-support-what = Cymorth
plan-support-who = Pwy sy'n ei ddarparu
plan-support-when = Pryd a pha mor aml
plan-support-meets = Yn diwallu'r angen
plan-support-cost = Cost yr wythnos
plan-support-hours = { $when } ({ $hours } awr yr wythnos)
plan-paid-by-dp = Taliad uniongyrchol
plan-support-total = Cyfanswm bob wythnos
plan-budget-how = Sut y cafodd ei chyfrifo
plan-contribution = Eich cyfraniad
plan-council-pays = Mae'r cyngor yn talu
plan-direct-payment = Taliad uniongyrchol
plan-dp-amount = { $amount }, yn cael ei dalu { $frequency }
plan-dp-covers = Mae'n talu am
plan-dp-none = Dim taliad uniongyrchol
plan-frequency-weekly = bob wythnos
plan-frequency-four-weekly = bob pedair wythnos
plan-frequency-monthly = bob mis
plan-advice-heading = Cyngor a gwybodaeth
plan-contingency-heading = Os nad yw'r cymorth yn cyrraedd
plan-agreed-with = Cytunwyd ar y cynllun hwn gyda { $people } ar { $date }.
plan-member-person = y person
plan-member-carer = gofalwr
plan-member-nominated = person enwebedig
plan-member-social-worker = gweithiwr cymdeithasol
plan-member-other = arall
plan-versions-title = Fersiynau cynharach o'r cynllun
plan-versions-lead = Rydym yn cadw pob fersiwn y cytunwyd arni. Mae pob un yn dweud beth newidiodd ers y fersiwn flaenorol.
plan-versions-first = Y fersiwn gyntaf y cytunwyd arni.
plan-versions-no-change = Ni newidiodd dim ers y fersiwn flaenorol, ar wahân i'r dyddiad.
plan-versions-what-changed = Beth newidiodd
plan-yes = ydy
plan-no = nac ydy
plan-change-added = { $kind } wedi'i ychwanegu: { $item }
plan-change-removed = { $kind } wedi'i dynnu: { $item }
plan-change-field = { $field }: { $to } erbyn hyn (yn flaenorol: { $from })
plan-change-item-field = { $item } – { $field }: { $to } erbyn hyn (yn flaenorol: { $from })
plan-kind-need = Angen
plan-kind-outcome = Canlyniad
plan-kind-support = Cymorth
plan-kind-member = Person sy'n cymryd rhan
plan-field-need-description = yr angen
plan-field-need-eligible = yn gymwys
plan-field-outcome-text = y canlyniad
plan-field-support-what = beth yw'r cymorth
plan-field-support-provider = pwy sy'n ei ddarparu
plan-field-support-how-often = pryd a pha mor aml
plan-field-support-hours = oriau'r wythnos
plan-field-support-cost = cost yr wythnos
plan-field-support-direct-payment = yn cael ei dalu drwy'r taliad uniongyrchol
plan-field-member-role = rôl
plan-field-what-matters = Beth sy'n bwysig i mi
plan-field-advice = Cyngor
plan-field-contingency = Y cynllun wrth gefn
plan-field-budget-total = Y gyllideb bersonol
plan-field-budget-explanation = Sut y cafodd y gyllideb ei chyfrifo
plan-field-contribution = Eich cyfraniad
plan-field-dp-amount = Y taliad uniongyrchol
plan-field-dp-frequency = Pa mor aml y telir y taliad uniongyrchol
plan-field-next-review = Yr adolygiad nesaf
plan-field-reablement-ends = Diwedd y cyfnod ailalluogi

## Arian fel y cafodd ei deipio
money-error-empty = Rhowch swm mewn punnoedd, fel 80 neu 80.50
money-error-negative = Ni all y swm fod yn llai na sero
money-error-format = Rhowch swm mewn punnoedd a cheiniogau, fel 1,250.50
money-error-too-big = Rhaid i'r swm fod yn £10,000,000 neu lai

## The social worker's draft (task list, sections, check and publish)
draft-title = Newid y cynllun
draft-first-lead = Nid oes cynllun eto. Dechreuwch un yma: bydd yn aros yn ddrafft, a dim ond staff fydd yn gallu ei weld, nes i chi ei gyhoeddi.
draft-none-lead = Dechreuwch fersiwn newydd o'r cynllun. Mae'r drafft yn dechrau fel copi o'r fersiwn bresennol, dim ond staff sy'n gallu ei weld, a gallwch ei newid dros sawl ymweliad nes i chi ei gyhoeddi.
draft-start = Dechrau fersiwn newydd
draft-start-first = Dechrau cynllun
draft-started = Mae'r drafft wedi'i ddechrau. Dim ond staff sy'n gallu ei weld.
draft-lead = Bydd y drafft hwn yn dod yn fersiwn { $number } pan fyddwch chi'n ei gyhoeddi. Dim ond staff sy'n gallu ei weld.
draft-tasks-heading = Rhannau
draft-tasks-done = Rydych chi wedi cwblhau { $done } o { $total } rhan.
draft-status-complete = Wedi'i gwblhau
draft-status-incomplete = Heb ei gwblhau
draft-check-link = Gwirio'r cynllun a'i gyhoeddi
draft-discard-heading = Cael gwared ar y drafft hwn
draft-discard-lead = Nid yw'r cynllun y cytunwyd arno yn newid. Bydd popeth yn y drafft hwn yn cael ei ddileu.
draft-discard = Cael gwared ar y drafft
draft-discarded = Mae'r drafft wedi'i ddileu. Nid yw'r cynllun y cytunwyd arno wedi newid.
draft-section-about = Am y cynllun hwn
draft-back-to-tasks = Yn ôl i'r rhannau
draft-save = Cadw a mynd yn ôl i'r rhannau
draft-saved = Mae eich newidiadau wedi'u cadw.
draft-save-item = Cadw'r newidiadau
draft-item-added = Wedi'i ychwanegu.
draft-item-saved = Mae eich newidiadau wedi'u cadw.
draft-item-removed = Wedi'i dynnu.
draft-change = Newid
draft-remove = Tynnu
draft-item = Eitem
draft-item-details = Manylion
draft-item-actions = Camau gweithredu
draft-items-caption = { $count ->
    [one] 1 eitem hyd yma
   *[other] { $count } eitem hyd yma
}
draft-yes = Ydy
draft-no = Nac ydy
draft-plan-type = Pa fath o gynllun yw hwn?
draft-plan-type-long-term = Gofal a chymorth tymor hir
draft-plan-type-reablement = Ailalluogi (cymorth tymor byr ar ôl cyfnod yn yr ysbyty, gyda nodau a dyddiad gorffen)
draft-what-matters-hint = Yng ngeiriau'r person ei hun.
draft-date-hint = Er enghraifft, 14 9 2027
draft-ends-hint = Ar gyfer ailalluogi yn unig. Er enghraifft, 14 9 2027
draft-money-hint = Mewn punnoedd a cheiniogau, er enghraifft 180.00
draft-budget-total = Cyllideb bersonol yr wythnos
draft-budget-explanation-hint = Sut y cafodd y swm ei gyfrifo, mewn geiriau syml.
draft-contribution = Cyfraniad y person ei hun yr wythnos
draft-contribution-hint = O'r asesiad ariannol. Gadewch hwn yn wag os nad oes cyfraniad.
draft-dp-frequency = Sut mae'r taliad uniongyrchol yn cael ei dalu?
draft-frequency-none = Nid oes taliad uniongyrchol
draft-frequency-weekly = Bob wythnos
draft-frequency-four-weekly = Bob 4 wythnos
draft-frequency-monthly = Bob mis
draft-dp-amount = Swm pob taliad uniongyrchol
draft-dp-amount-hint = Mewn punnoedd a cheiniogau. Gadewch hwn yn wag os nad oes taliad uniongyrchol.
draft-advice-hint = Cyngor a gwybodaeth am atal neu ohirio anghenion yn y dyfodol.
draft-contingency-hint = Beth sy'n digwydd os nad yw'r cymorth yn cyrraedd.
draft-change-needs = Newid angen
draft-change-outcomes = Newid canlyniad
draft-change-support = Newid eitem o gymorth
draft-change-people = Newid person sy'n cymryd rhan
draft-add-needs = Ychwanegu'r angen hwn
draft-add-outcomes = Ychwanegu'r canlyniad hwn
draft-add-support = Ychwanegu'r cymorth hwn
draft-add-people = Ychwanegu'r person hwn
draft-add-needs-heading = Ychwanegu angen
draft-add-outcomes-heading = Ychwanegu canlyniad
draft-add-support-heading = Ychwanegu cymorth
draft-add-people-heading = Ychwanegu person sy'n cymryd rhan
draft-needs-empty = Nid oes unrhyw anghenion wedi'u hychwanegu eto.
draft-outcomes-empty = Nid oes unrhyw ganlyniadau wedi'u hychwanegu eto.
draft-support-empty = Nid oes unrhyw gymorth wedi'i ychwanegu eto.
draft-people-empty = Nid oes neb wedi'i ychwanegu eto.
draft-need-description = Yr angen
draft-need-eligible = Ydy hwn yn angen cymwys o dan y Ddeddf Gofal?
draft-outcome-text = Y canlyniad
draft-outcome-hint = Yng ngeiriau'r sawl a'i dywedodd.
draft-outcome-written-by = Pwy ddywedodd hyn?
draft-writer-person = Y person
draft-writer-carer = Gofalwr
draft-writer-social-worker = Y gweithiwr cymdeithasol
draft-outcome-author = Eu henw
draft-support-what = Beth yw'r cymorth
draft-support-what-hint = Er enghraifft, cynorthwyydd personol
draft-support-provider = Pwy sy'n ei ddarparu
draft-support-how-often = Pryd a pha mor aml
draft-support-how-often-hint = Er enghraifft, bob bore
draft-support-hours = Oriau'r wythnos (dewisol)
draft-support-hours-hint = Rhif, er enghraifft 10 neu 7.5
draft-support-cost = Cost yr wythnos
draft-support-dp = Ydy'r taliad uniongyrchol yn talu amdano?
draft-support-meets = Pa anghenion y mae'n eu diwallu?
draft-support-no-needs = Ychwanegwch yr anghenion yn gyntaf, yna dywedwch pa anghenion y mae'r cymorth hwn yn eu diwallu.
draft-member-name = Enw
draft-member-role = Sut maen nhw'n cymryd rhan?
draft-role-person = Y person
draft-role-carer = Gofalwr
draft-role-nominated-person = Person enwebedig
draft-role-social-worker = Gweithiwr cymdeithasol
draft-role-other = Arall
draft-check-title = Gwiriwch y cynllun cyn i chi ei gyhoeddi
draft-incomplete-lead = Mae angen cwblhau'r rhannau hyn cyn y gellir cyhoeddi'r cynllun:
draft-publish-heading = Cyhoeddi'r cynllun
draft-agreed-on = Pryd y cytunwyd ar y cynllun?
draft-agreed-with = Gyda phwy y cytunwyd arno?
draft-agreed-with-hint = Er enghraifft, Alex Morgan a Sam Morgan (gofalwr)
draft-publish = Cyhoeddi fel fersiwn { $number }
draft-published = Mae'r cynllun wedi'i gyhoeddi. Gall y person ei weld nawr.
draft-conflict-explained = Mae rhywun arall wedi cadw newid i'r drafft hwn ar ôl i chi agor y dudalen hon, felly nid yw'r hyn a anfonoch wedi'i gadw. Mae'r hyn a deipioch chi yma o hyd. Gwiriwch y drafft fel y mae nawr, yna anfonwch eich newid eto.
draft-error-conflict = Mae rhywun arall wedi newid y drafft hwn ar ôl i chi agor y dudalen. Nid oes dim wedi'i gadw
draft-error-date-empty = Rhowch ddyddiad
draft-error-date-invalid = Rhowch ddyddiad go iawn, fel 14 9 2027
draft-error-review-past = Rhaid i'r adolygiad nesaf fod heddiw neu yn y dyfodol
draft-error-agreed-future = Rhaid i'r dyddiad y cytunwyd ar y cynllun fod heddiw neu yn y gorffennol
draft-error-agreed-with-empty = Rhowch gyda phwy y cytunwyd ar y cynllun
draft-error-incomplete = Cwblhewch bob rhan cyn cyhoeddi
draft-error-plan-type = Dewiswch y math o gynllun
draft-error-what-matters-empty = Rhowch beth sy'n bwysig i'r person
draft-error-explanation-empty = Rhowch sut y cafodd y gyllideb ei chyfrifo
draft-error-contribution-over = Ni all y cyfraniad fod yn fwy na'r gyllideb bersonol
draft-error-frequency = Dewiswch sut mae'r taliad uniongyrchol yn cael ei dalu
draft-error-dp-amount-zero = Rhowch swm pob taliad uniongyrchol
draft-error-contingency-empty = Rhowch beth sy'n digwydd os nad yw'r cymorth yn cyrraedd
draft-error-need-empty = Rhowch yr angen
draft-error-eligible = Dewiswch a yw'n angen cymwys
draft-error-outcome-empty = Rhowch y canlyniad
draft-error-written-by = Dewiswch pwy ddywedodd hyn
draft-error-author-empty = Rhowch eu henw
draft-error-what-empty = Rhowch beth yw'r cymorth
draft-error-provider-empty = Rhowch pwy sy'n ei ddarparu
draft-error-how-often-empty = Rhowch pryd a pha mor aml
draft-error-hours = Rhowch oriau'r wythnos fel rhif rhwng 0 a 168, fel 10 neu 7.5
draft-error-dp = Dewiswch a yw'r taliad uniongyrchol yn talu amdano
draft-error-meets = Dewiswch anghenion o'r rhestr
draft-error-name-empty = Rhowch eu henw
draft-error-role = Dewiswch sut maen nhw'n cymryd rhan

## Glance page: downloads, your say, staff links
plan-download-heading = Lawrlwytho eich cynllun
plan-download-lead = Eich cynllun chi yw hwn. Cadwch gopi, neu ewch ag ef i bractis arall.
plan-download-html = Lawrlwytho fel tudalen we y gallwch ei darllen all-lein (HTML)
plan-download-json = Lawrlwytho fel data ar gyfer system arall (FHIR JSON)
plan-your-say-heading = Dweud eich dweud
plan-your-say-lead = Gallwch roi sylw ar unrhyw ran o'r cynllun, neu ddweud nad ydych chi'n cytuno ag ef, ar dudalen y rhan honno. Gallwch hefyd ofyn am adolygiad cynnar.
plan-review-link = Gofyn am adolygiad cynnar
plan-comments-link = Popeth sydd wedi'i ddweud am y cynllun, a'r atebion
plan-staff-heading = Ar gyfer staff
plan-staff-change = Newid y cynllun (dechrau fersiwn newydd)
plan-staff-continue-draft = Parhau â'r drafft
plan-staff-comments = { $count ->
    [0] Sylwadau: dim un yn aros am ateb
    [one] Sylwadau: 1 yn aros am ateb
   *[other] Sylwadau: { $count } yn aros am ateb
}
plan-staff-reviews = { $count ->
    [0] Ceisiadau am adolygiad cynnar: dim un ar agor
    [one] Ceisiadau am adolygiad cynnar: 1 ar agor
   *[other] Ceisiadau am adolygiad cynnar: { $count } ar agor
}

## Comments and "I don't agree"
plan-comments-heading = Beth sydd wedi'i ddweud am y rhan hon
plan-comments-none = Nid oes dim wedi'i ddweud eto.
plan-comment-legend = Dweud rhywbeth am y rhan hon
plan-comment-kind-comment = Sylw neu gwestiwn
plan-comment-kind-comment-hint = Unrhyw beth rydych chi eisiau i'ch gweithiwr cymdeithasol ei wybod.
plan-comment-kind-disagree = Dydw i ddim yn cytuno â hyn
plan-comment-kind-disagree-hint = Dywedwch beth nad ydych chi'n cytuno ag ef, a pham.
plan-comment-body = Eich geiriau
plan-comment-body-hint = Bydd eich gweithiwr cymdeithasol yn ateb. Ni fydd yn effeithio ar eich gofal.
plan-comment-send = Anfon
plan-comment-sent = Wedi'i anfon. Bydd eich gweithiwr cymdeithasol yn ateb yma.
plan-comment-error-kind = Dewiswch sylw, neu nad ydych chi'n cytuno
plan-comment-error-empty = Rhowch eich sylw
plan-comment-error-reason-empty = Dywedwch beth nad ydych chi'n cytuno ag ef, a pham
plan-comment-by = { $role ->
    [carer] Gan { $name } (gofalwr), { $date }, am { $section } yn fersiwn { $number }
   *[other] Gan { $name }, { $date }, am { $section } yn fersiwn { $number }
}
plan-comment-answered = Ateb gan { $name }, { $date }:
plan-comment-waiting = Yn aros am ateb.
plan-comment-answer-link = Ateb
plan-comments-title = Sylwadau ar y cynllun
plan-comments-waiting = { $count ->
    [0] Nid oes dim yn aros am ateb.
    [one] Mae 1 sylw yn aros am ateb.
   *[other] Mae { $count } sylw yn aros am ateb.
}
plan-comments-how = I ychwanegu sylw, agorwch y rhan o'r cynllun y mae'r sylw yn ymwneud â hi.
plan-answer-title = Ateb sylw
plan-answer-label = Eich ateb
plan-answer-hint = Bydd y person, a gofalwyr sy'n gallu gweld y cynllun, yn darllen hwn.
plan-answer-send = Anfon yr ateb
plan-answer-sent = Mae eich ateb wedi'i anfon.
plan-answer-error-empty = Rhowch eich ateb

## Early review
plan-review-title = Gofyn am adolygiad cynnar
plan-review-next = Mae eich adolygiad nesaf i fod i ddigwydd ar { $date }.
plan-review-next-none = Nid oes dyddiad adolygu wedi'i osod eto.
plan-review-lead = Os yw eich anghenion neu eich sefyllfa wedi newid, gallwch ofyn i'ch cynllun gael ei adolygu'n gynt. Bydd eich gweithiwr cymdeithasol yn cysylltu â chi yn y ffordd rydych chi'n ei dewis.
plan-review-open = Rydych chi eisoes wedi gofyn am adolygiad cynnar. Gallwch weld isod ble mae pethau arni.
plan-review-ask-heading = Gofyn am adolygiad
plan-review-reason-label = Pam rydych chi eisiau adolygiad cynnar?
plan-review-reason-hint = Er enghraifft, beth sydd wedi newid.
plan-review-contact-legend = Sut dylen ni gysylltu â chi?
plan-review-contact-email = E-bost
plan-review-contact-phone = Ffôn neu neges destun
plan-review-contact-letter = Llythyr
plan-review-contact-video = Galwad fideo (gan gynnwys BSL)
plan-review-contact-carer = Drwy fy ngofalwr
plan-review-contact-detail = Unrhyw beth sydd angen i ni ei wybod er mwyn cysylltu â chi (dewisol)
plan-review-contact-detail-hint = Er enghraifft, rhif ffôn, neu'r amser gorau o'r dydd.
plan-review-send = Gofyn am adolygiad
plan-review-sent = Mae eich cais wedi'i anfon. Bydd eich gweithiwr cymdeithasol yn cysylltu â chi.
plan-review-error-reason-empty = Dywedwch pam rydych chi eisiau adolygiad cynnar
plan-review-error-contact = Dewiswch sut dylen ni gysylltu â chi
plan-review-requests-heading = Eich ceisiadau
plan-review-none = Nid oes neb wedi gofyn am adolygiad cynnar.
plan-review-request-heading = Gofynnwyd amdano ar { $date }
plan-review-status = Ble mae pethau arni
plan-review-state-received = Wedi dod i law
plan-review-state-received-hint = Mae'r cais wedi cyrraedd ac nid oes dim wedi'i drefnu eto.
plan-review-state-booked = Wedi'i drefnu
plan-review-state-booked-hint = Mae dyddiad wedi'i bennu ar gyfer yr adolygiad.
plan-review-state-done = Wedi'i gynnal
plan-review-state-done-hint = Mae'r adolygiad wedi digwydd.
plan-review-asked = Gofynnwyd gan
plan-review-asked-by = { $name }, { $date }
plan-review-reason = Pam
plan-review-contact = Sut i gysylltu
plan-review-booked-for = Dyddiad yr adolygiad
plan-review-booked-hint = Mae angen hwn pan fydd wedi'i drefnu. Er enghraifft, 14 9 2027
plan-review-note = Nodyn i'r person
plan-review-note-hint = Er enghraifft, ble fydd yr adolygiad, a phwy fydd yn dod.
plan-review-update-link = Diweddaru'r cais hwn
plan-review-update-title = Diweddaru cais am adolygiad cynnar
plan-review-update-send = Cadw
plan-review-updated = Mae'r cais wedi'i ddiweddaru. Gall y person ei weld.
plan-review-error-status = Dewiswch ble mae pethau arni
plan-review-error-booked-empty = Rhowch ddyddiad yr adolygiad

## Downloaded copy
plan-export-title = Cynllun gofal a chymorth
plan-export-lead = Fersiwn { $number }, wedi'i lawrlwytho o Careway ar { $date }.
plan-export-person = Cynllun pwy
plan-export-agreed = Cytunwyd arno ar
