## Eich cyfrif
account-title = Eich cyfrif
account-name = Enw
account-role = Rôl
account-two-step = Mewngofnodi dau gam
account-two-step-on = Ymlaen
account-two-step-off = I ffwrdd
account-change-email = Newid cyfeiriad e-bost
account-change-password = Newid cyfrinair
account-change-two-step = Newid mewngofnodi dau gam
account-more-heading = Rhagor am eich cyfrif
account-sessions-link = Ble rydych chi wedi mewngofnodi
account-display-link = Maint testun, lliwiau a bylchau
account-carers-link = Pwy all helpu gyda'ch gofal a'ch cymorth
account-history-link = Pwy sydd wedi edrych ar eich gwybodaeth
account-language-heading = Iaith
account-language-legend = Pa iaith ddylai Careway ei defnyddio ar eich cyfer chi?
account-language-hint = Rydym yn ei defnyddio pan fyddwch yn mewngofnodi ar unrhyw ddyfais, ac ar gyfer e-byst.
account-language-button = Cadw'r iaith
account-language-saved = Mae eich iaith wedi'i chadw.
account-error-language = Dewiswch iaith

account-current-password = Eich cyfrinair presennol
account-error-current-empty = Rhowch eich cyfrinair presennol
account-error-current-wrong = Mae eich cyfrinair presennol yn anghywir

account-password-title = Newid eich cyfrinair
account-password-button = Newid cyfrinair
account-password-done = Mae eich cyfrinair wedi'i newid. Rydych chi wedi cael eich allgofnodi ar bob dyfais arall.

account-email-title = Newid eich cyfeiriad e-bost
account-email-current = Eich cyfeiriad e-bost yw { $email }.
account-new-email = Cyfeiriad e-bost newydd
account-new-email-hint = Byddwn yn anfon dolen ato. Bydd y newid yn digwydd pan fyddwch yn agor y ddolen.
account-email-button = Anfon y ddolen
account-email-sent = Rydym wedi anfon dolen i'ch cyfeiriad e-bost newydd. Agorwch hi o fewn 24 awr i orffen y newid.
account-error-email-same = Dyna eich cyfeiriad e-bost yn barod
account-error-email-taken = Ni ellir defnyddio'r cyfeiriad e-bost hwnnw. Dewiswch un gwahanol.
account-email-confirm-title = Cadarnhewch eich cyfeiriad e-bost newydd
account-email-confirm-lead = Newid eich cyfeiriad e-bost i { $email }?
account-email-confirm-button = Newid fy nghyfeiriad e-bost
account-email-done = Mae eich cyfeiriad e-bost wedi'i newid.
account-email-link-invalid = Mae'r ddolen wedi dod i ben, mae wedi cael ei defnyddio, neu mae ar gyfer cyfrif gwahanol.
account-email-try-again = Newid eich cyfeiriad e-bost

## Sesiynau
sessions-title = Ble rydych chi wedi mewngofnodi
sessions-lead = Dyma'r dyfeisiau sydd wedi mewngofnodi i'ch cyfrif ar hyn o bryd. Os nad ydych chi'n adnabod un ohonyn nhw, dewch â'r sesiwn honno i ben a newidiwch eich cyfrinair.
sessions-caption = Dyfeisiau sydd wedi mewngofnodi i'ch cyfrif
sessions-device = Dyfais
sessions-network = Rhwydwaith
sessions-started = Wedi mewngofnodi
sessions-last-active = Gweithgarwch diwethaf
sessions-action = Cam gweithredu
sessions-this-one = Y ddyfais hon
sessions-end = Dod â'r sesiwn i ben
sessions-end-others = { $count ->
    [one] Allgofnodi o'r ddyfais arall
    [two] Allgofnodi o'r { $count } ddyfais arall
   *[other] Allgofnodi o bob un o'r { $count } dyfais arall
}
sessions-ended-one = Mae'r sesiwn honno wedi dod i ben.
sessions-ended-others = Rydych chi wedi cael eich allgofnodi ym mhob man arall.
