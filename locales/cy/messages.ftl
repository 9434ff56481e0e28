# Negeseuon: ochr y person, y sgwrs, fideo BSL, a mewnflwch y practis.

core-nav-messages = { $count ->
    [0] Negeseuon
    [one] Negeseuon ({ $count } heb ei darllen)
   *[other] Negeseuon ({ $count } heb eu darllen)
}
core-nav-messages-many = Negeseuon (mwy na { $count } heb eu darllen)

messages-title = Negeseuon
messages-title-own = Eich negeseuon
messages-lead-other = Negeseuon rhwng { $name } a'u practis gwaith cymdeithasol.
messages-start = Dechrau sgwrs newydd
messages-none = Nid oes unrhyw sgyrsiau eto.
messages-list-caption = { $count ->
    [one] { $count } sgwrs, y mwyaf diweddar yn gyntaf
   *[other] { $count } sgwrs, y mwyaf diweddar yn gyntaf
}
messages-col-subject = Pwnc
messages-col-last = Neges ddiwethaf
messages-col-status = Statws
messages-col-person = Person
messages-status-unread = { $count ->
    [one] { $count } neges newydd
   *[other] { $count } neges newydd
}
messages-status-waiting-them = Yn aros am ateb gan y practis
messages-status-answered-them = Wedi cael ateb
messages-status-waiting-us = Yn aros am ein hateb
messages-status-answered-us = Wedi ateb
messages-status-due = Ateb yn ddyledus erbyn { $date }
messages-status-overdue = Yn hwyr: roedd ateb yn ddyledus erbyn { $date }
messages-back-to-list = Yn ôl i'r holl sgyrsiau

## Diogelwch: yr un geiriau ar bob tudalen negeseuon
messages-safety-warning = Rhybudd
messages-safety-lead = Nid yw negeseuon ar gyfer argyfyngau.
messages-safety-999-before = Os oes rhywun mewn perygl nawr, ffoniwch
messages-safety-ooh-before = Am help brys gyda gofal y tu allan i oriau swyddfa, ffoniwch { $team } ar
messages-safety-text-before = Gallwch hefyd anfon neges destun atyn nhw ar
messages-safety-sms = Os ydych chi'n fyddar neu'n methu siarad, tecstiwch 999 ar ôl cofrestru gydag emergencySMS.

## Pwy fydd yn ateb
messages-replier-worker = Mae eich negeseuon yn mynd at { $name }.
messages-replier-away = Mae { $name } i ffwrdd tan { $until }. Bydd tîm dyletswydd { $practice } yn ateb eich negeseuon tan hynny.
messages-replier-none = Bydd tîm dyletswydd { $practice } yn ateb eich negeseuon.
messages-reply-target = { $days ->
    [one] Ein nod yw ateb o fewn { $days } diwrnod gwaith.
    [two] Ein nod yw ateb o fewn { $days } ddiwrnod gwaith.
   *[other] Ein nod yw ateb o fewn { $days } diwrnod gwaith.
}

## Dechrau sgwrs
messages-new-title = Dechrau sgwrs newydd
messages-subject-legend = Am beth mae'r sgwrs?
messages-subject-plan = { $who ->
    [own] Fy nghynllun
   *[other] Eu cynllun
}
messages-subject-payments = { $who ->
    [own] Fy nhaliadau
   *[other] Eu taliadau
}
messages-subject-needs = { $who ->
    [own] Newid yn fy anghenion
   *[other] Newid yn eu hanghenion
}
messages-subject-other = { $who ->
    *[other] Rhywbeth arall
}
messages-subject-text-label = Y pwnc yn eich geiriau eich hun (dewisol)
messages-subject-text-hint = Rhaid i chi lenwi hwn os gwnaethoch ddewis “Rhywbeth arall”. Hyd at { $count } nod.
messages-subject-title-plan = Am y cynllun
messages-subject-title-payments = Am daliadau
messages-subject-title-needs = Newid mewn anghenion
messages-subject-title-other = Rhywbeth arall
messages-subject-title-with-text = { $subject }: { $text }

## Meysydd y neges
messages-body-label = Eich neges
messages-body-hint = Ysgrifennwch hi fel y byddech chi'n ei dweud. Mae toriadau llinell yn cael eu cadw. Nid oes angen i chi ysgrifennu dim os ydych chi'n anfon fideo BSL.
messages-bsl-legend = Anfon fideo Iaith Arwyddion Prydain (BSL) (dewisol)
messages-bsl-hint = Gallwch arwyddo eich neges yn lle ei hysgrifennu.
messages-video-label = Eich fideo BSL
messages-video-hint = Ar ffôn, mae hyn yn agor y camera er mwyn i chi allu recordio eich hun yn arwyddo. Ar gyfrifiadur, dewiswch fideo rydych chi wedi'i recordio. MP4, WebM neu MOV, hyd at { $mb } MB.
messages-summary-label = Crynodeb ysgrifenedig o'ch fideo (dewisol)
messages-summary-hint = Ychydig eiriau am yr hyn a arwyddoch chi, os hoffech chi eu hychwanegu.
messages-captions-label = Capsiynau ar gyfer eich fideo (dewisol)
messages-captions-hint = Ffeil capsiynau WebVTT (sy'n gorffen â .vtt). Mae'r capsiynau'n ymddangos ar y fideo cyntaf yn eich neges.
messages-files-label = Atodi ffeiliau (dewisol)
messages-limits = Gallwch atodi dogfennau (PDF neu destun plaen), lluniau (JPEG neu PNG) a fideos. Gall pob dogfen neu lun fod hyd at { $file_mb } MB, a phob fideo hyd at { $video_mb } MB. Hyd at { $files } ffeil, { $total_mb } MB i gyd.
messages-kept-legend = Ffeiliau rydych chi wedi'u dewis yn barod
messages-kept-hint = Mae'r rhain yn cael eu cadw, felly does dim angen i chi eu dewis eto. Dad-diciwch unrhyw rai nad ydych chi eisiau eu hanfon mwyach.
messages-kept-file-hint = { $kind }, { $size }
messages-send = Anfon neges
messages-sent = Mae eich neges wedi'i hanfon.

## Gwallau
messages-error-subject = Dewiswch am beth mae'r sgwrs
messages-error-subject-text = Rhowch bwnc yn eich geiriau eich hun, neu dewiswch un o'r lleill
messages-error-empty = Ysgrifennwch neges, neu ychwanegwch fideo neu ffeil
messages-error-summary-no-video = Ychwanegwch y fideo y mae'r crynodeb hwn yn sôn amdano, neu dilëwch y crynodeb
messages-error-captions-no-video = Ychwanegwch y fideo y mae'r capsiynau hyn ar ei gyfer, neu dad-diciwch y capsiynau
messages-error-video-type = Rhaid i'r fideo fod yn ffeil MP4, WebM neu MOV. Dewiswch y fideo eto
messages-error-video-too-big = { $count ->
    [one] Rhaid i'r fideo fod yn { $count } MB neu'n llai. Dewiswch fideo byrrach
   *[other] Rhaid i'r fideo fod yn { $count } MB neu'n llai. Dewiswch fideo byrrach
}
messages-error-captions-type = Rhaid i'r capsiynau fod yn ffeil WebVTT (sy'n gorffen â .vtt) gyda chapsiynau wedi'u hamseru. Dewiswch y ffeil capsiynau eto
messages-error-file-type = Rhaid i bob ffeil fod yn PDF, yn llun JPEG neu PNG, yn ffeil testun plaen neu'n fideo. Dewiswch y ffeiliau eto
messages-error-file-too-big = { $count ->
    [one] Rhaid i bob dogfen neu lun fod yn { $count } MB neu'n llai. Dewiswch y ffeiliau eto
   *[other] Rhaid i bob dogfen neu lun fod yn { $count } MB neu'n llai. Dewiswch y ffeiliau eto
}
messages-error-too-many = { $count ->
    [one] Gallwch anfon hyd at { $count } ffeil gydag un neges
   *[other] Gallwch anfon hyd at { $count } ffeil gydag un neges
}
messages-error-total = { $count ->
    [one] Rhaid i'r ffeiliau fod yn { $count } MB neu'n llai i gyd. Anfonwch rai ohonyn nhw mewn neges arall
   *[other] Rhaid i'r ffeiliau fod yn { $count } MB neu'n llai i gyd. Anfonwch rai ohonyn nhw mewn neges arall
}
messages-error-storage = Nid oedd modd cadw eich ffeil ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau. Nid yw eich neges wedi'i hanfon, ac mae'r hyn a ysgrifennoch wedi'i gadw

## Sgwrs
messages-thread-with = Sgwrs gyda { $name }.
messages-latest-link = Mynd i'r neges ddiweddaraf
messages-reply-link = Mynd i'r ffurflen ateb
messages-count = { $count ->
    [one] { $count } neges, yr hynaf yn gyntaf
   *[other] { $count } neges, yr hynaf yn gyntaf
}
messages-author-you = Chi
messages-author-you-for = Chi, ar ran { $person }
messages-author-for = { $name }, { $role }, ar ran { $person }
messages-author-staff = { $name }, { $role }
messages-read-by = Darllenwyd gan { $name } ar { $date }.
messages-reply-heading = Ateb
messages-waiting-due = Yn aros am ein hateb: yn ddyledus erbyn { $date }
messages-summary-heading = Crynodeb ysgrifenedig o'r fideo
messages-file-about = { $kind }, { $size }
messages-file-kind-document = Dogfen
messages-file-kind-image = Llun
messages-file-kind-video = Fideo
messages-file-kind-captions = Capsiynau
messages-captions-track = Capsiynau
messages-video-label-from = Fideo BSL gan { $who }
messages-video-has-captions = Mae gan y fideo hwn gapsiynau.
messages-video-no-captions = Nid oes gan y fideo hwn gapsiynau.
messages-video-own-page = Gwylio'r fideo ar dudalen ar wahân
messages-video-download = Lawrlwytho'r fideo
messages-video-title = Fideo BSL gan { $who }
messages-video-sent = Anfonwyd ar { $date }.
messages-video-back = Yn ôl i'r sgwrs

## Beth sy'n rhaid i staff ei gofio am y person
messages-needs-title = Anghenion cyfathrebu
messages-needs-bsl-reminder = Mae'n well gan y person hwn gael fideo BSL. Atebwch gyda fideo BSL os gallwch chi.
messages-need-bsl-video = Yn ffafrio fideo BSL
messages-need-bsl-interpreter = Angen dehonglydd BSL mewn ymweliadau
messages-need-deafblind-manual = Yn defnyddio'r wyddor llaw fyddarddall
messages-need-large-print = Angen print bras
messages-need-large-print-size = Angen print bras ({ $size })
messages-need-easy-read = Angen Hawdd ei Ddeall
messages-need-braille = Angen braille
messages-need-audio = Angen sain
messages-need-plain-english = Angen iaith glir
messages-needs-short = Anghenion: { $needs }
messages-need-short-bsl-video = fideo BSL
messages-need-short-bsl-interpreter = dehonglydd BSL
messages-need-short-deafblind-manual = gwyddor llaw fyddarddall
messages-need-short-large-print = print bras
messages-need-short-easy-read = Hawdd ei Ddeall
messages-need-short-braille = braille
messages-need-short-audio = sain
messages-need-short-plain-english = iaith glir

## Mewnflwch y practis
messages-inbox-title = Negeseuon
messages-away-link = Nodi pryd rydych chi i ffwrdd
messages-settings-link = Gosod targed ateb y practis
messages-you-are-away = Rydych chi i ffwrdd tan { $until }. Mae negeseuon y bobl rydych chi'n gweithio gyda nhw yn mynd i fewnflwch dyletswydd y practis tan hynny.
messages-show-legend = Dangos
messages-show-all = Pob un
messages-show-unread = Heb eu darllen
messages-show-waiting = Yn aros am ein hateb
messages-show-overdue = Yn hwyr
messages-search-label = Chwilio yn ôl person neu eiriau
messages-search-hint = Er enghraifft, enw neu air o neges.
messages-filter-button = Dangos sgyrsiau
messages-results = { $count ->
    [one] { $count } sgwrs
   *[other] { $count } sgwrs
}
messages-inbox-caption = Sgyrsiau, y mwyaf diweddar yn gyntaf (tudalen { $page } o { $pages })
messages-inbox-empty = Nid oes unrhyw sgyrsiau eto.
messages-inbox-no-match = Nid oes unrhyw sgyrsiau'n cyfateb. Rhowch gynnig ar lai o eiriau, neu dangoswch bob sgwrs.
messages-duty-for = Dyletswydd: mae { $name } i ffwrdd
messages-duty-unallocated = Dyletswydd: dim gweithiwr cymdeithasol wedi'i ddyrannu
messages-figures-heading = Pa mor gyflym mae'r practis yn ateb
messages-figures = Yn ystod y { $period } diwrnod diwethaf, yr amser canolrifol cyn yr ateb cyntaf oedd { $median }. Cafodd { $percent }% o'r sgyrsiau ({ $within } o { $count }) eu hateb o fewn { $days } diwrnod gwaith.
messages-figures-none = Nid oes atebion i'w mesur o'r { $period } diwrnod diwethaf eto.
messages-duration-minutes = { $count ->
    [one] { $count } munud
    [two] { $count } funud
   *[other] { $count } munud
}
messages-duration-hours = { $count ->
    [one] { $count } awr
   *[other] { $count } awr
}
messages-duration-days = { $count ->
    [one] { $count } diwrnod
    [two] { $count } ddiwrnod
   *[other] { $count } diwrnod
}
messages-duration-and = { $days } a { $hours }

## Cyfnodau i ffwrdd
messages-away-title = Pan fyddwch chi i ffwrdd
messages-away-lead = Tra byddwch chi i ffwrdd, mae negeseuon gan y bobl rydych chi'n gweithio gyda nhw yn mynd i fewnflwch dyletswydd y practis, ac maen nhw'n cael gwybod pwy fydd yn ateb.
messages-away-none = Nid oes gennych unrhyw gyfnodau i ffwrdd wedi'u gosod.
messages-away-caption = Eich cyfnodau i ffwrdd
messages-away-from = Diwrnod cyntaf i ffwrdd
messages-away-to = Diwrnod olaf i ffwrdd
messages-away-action = Cam gweithredu
messages-away-cancel = Canslo
messages-away-cancel-label = Canslo'r cyfnod i ffwrdd o { $from } i { $to }
messages-away-add-heading = Ychwanegu cyfnod i ffwrdd
messages-away-starts = Diwrnod cyntaf i ffwrdd
messages-away-ends = Diwrnod olaf i ffwrdd
messages-away-date-hint = Er enghraifft, 14 12 2026
messages-away-ends-hint = Byddwch chi'n ôl y diwrnod gwaith ar ôl hwn.
messages-away-save = Cadw'r cyfnod i ffwrdd
messages-away-saved = Mae eich cyfnod i ffwrdd wedi'i gadw.
messages-away-cancelled = Mae'r cyfnod i ffwrdd wedi'i ganslo.
messages-away-error-past = Rhaid i'r diwrnod cyntaf i ffwrdd fod heddiw neu'n hwyrach
messages-away-error-order = Rhaid i'r diwrnod olaf i ffwrdd fod yr un diwrnod â'r diwrnod cyntaf neu ar ei ôl
messages-away-error-long = Gall cyfnod i ffwrdd fod hyd at flwyddyn. Ychwanegwch un arall ar ei ôl os oes angen

## Gosodiadau'r practis
practice-settings-title = Gosodiadau'r practis
practice-settings-reply-label = Ateb negeseuon o fewn (diwrnodau gwaith)
practice-settings-reply-hint = Mae pobl yn cael gwybod hyn. Mae negeseuon sy'n aros yn hirach yn cael eu dangos fel rhai hwyr, ac mae'r ffigurau y mae'r practis yn eu cyhoeddi yn cyfrif atebion o fewn y cyfnod hwn. Nid yw penwythnosau a gwyliau banc yn Lloegr yn cael eu cyfrif.
practice-settings-save = Cadw'r gosodiadau
practice-settings-saved = Mae gosodiadau'r practis wedi'u cadw.
practice-settings-error-empty = Rhowch nifer o ddiwrnodau gwaith
practice-settings-error-range = { $count ->
    [one] Rhowch rif cyfan o ddiwrnodau gwaith o 1 i { $count }
   *[other] Rhowch rif cyfan o ddiwrnodau gwaith o 1 i { $count }
}

## E-byst y cyfrif am negeseuon
account-message-emails-heading = E-byst am negeseuon newydd
account-message-emails-legend = Ydych chi eisiau e-bost pan fydd gennych neges newydd?
account-message-emails-hint = Dim ond dweud bod gennych neges newydd yn Careway y mae'r e-bost, gyda dolen. Nid yw byth yn dweud gan bwy mae'r neges na beth mae'n ei ddweud. Byddwch chi'n cael un yr awr ar y mwyaf ar gyfer pob sgwrs.
account-message-emails-on = Ydw, anfonwch e-bost ataf
account-message-emails-off = Nac ydw, peidiwch ag anfon e-bost ataf
account-message-emails-button = Cadw
account-message-emails-saved = Mae eich dewis ynghylch e-byst wedi'i gadw.
account-message-emails-error = Dewiswch a ydych chi eisiau e-byst am negeseuon newydd

## E-bost
mail-new-message-subject = Mae gennych neges newydd yn Careway
mail-new-message-body = Mae gennych neges newydd yn Careway. Mewngofnodwch i'w darllen:
    
    { $link }
    
    Gallwch ddiffodd yr e-byst hyn yn eich cyfrif.

## Pwy sydd wedi edrych (trywydd y person, a chodau'r practis)
audit-viewed-conversations = Edrychodd { $who } ar eich rhestr negeseuon
audit-viewed-conversation = Darllenodd { $who } sgwrs yn eich negeseuon
audit-started-conversation = Dechreuodd { $who } sgwrs yn eich negeseuon
audit-sent-message = Anfonodd { $who } neges yn eich negeseuon
audit-viewed-message-file = Agorodd { $who } ffeil neu fideo yn eich negeseuon
audit-code-viewed-conversations = Edrychodd ar y rhestr negeseuon
audit-code-viewed-conversation = Darllenodd sgwrs
audit-code-started-conversation = Dechreuodd sgwrs
audit-code-sent-message = Anfonodd neges
audit-code-viewed-message-file = Agorodd ffeil neges
