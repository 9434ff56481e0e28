## Mewngofnodi
auth-sign-in-title = Mewngofnodi
auth-email-label = Cyfeiriad e-bost
auth-password-label = Cyfrinair
auth-sign-in-button = Mewngofnodi
auth-forgot-link = Rwyf wedi anghofio fy nghyfrinair
auth-no-account-heading = Os nad oes gennych gyfrif
auth-no-account-body = Mae eich practis gwaith cymdeithasol yn anfon gwahoddiad atoch drwy e-bost. Mae gofalwyr yn cael gwahoddiad gan y person maen nhw'n ei helpu, neu gan y practis. Gofynnwch iddyn nhw anfon un atoch.
auth-timeout-notice = Er eich diogelwch, byddwch yn cael eich allgofnodi ar ôl 30 munud heb weithgarwch, ac ar ôl 12 awr i gyd. Os bydd hynny'n digwydd tra byddwch yn llenwi ffurflen, bydd yr hyn roeddech chi wedi'i deipio yn cael ei gadw i chi.
auth-already-signed-in = Rydych chi eisoes wedi mewngofnodi fel { $name }. Bydd mewngofnodi eto yn newid pwy sydd wedi mewngofnodi ar y ddyfais hon.
auth-ended-idle = Cawsoch eich allgofnodi oherwydd nad oedd unrhyw weithgarwch am 30 munud. Mewngofnodwch eto i barhau.
auth-ended-absolute = Cawsoch eich allgofnodi oherwydd eich bod wedi bod wedi mewngofnodi am 12 awr. Mewngofnodwch eto i barhau.
auth-ended-elsewhere = Cawsoch eich allgofnodi. Gall hyn ddigwydd os gwnaethoch allgofnodi ar ddyfais arall neu newid eich cyfrinair. Mewngofnodwch eto i barhau.
auth-kept-input = Mae'r hyn roeddech chi wedi'i deipio wedi cael ei gadw. Mewngofnodwch a byddwch yn mynd yn ôl i'r ffurflen, gyda'r wybodaeth wedi'i llenwi.
auth-error-email-empty = Rhowch eich cyfeiriad e-bost
auth-error-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
auth-error-password-missing = Rhowch eich cyfrinair
auth-error-credentials = Mae'r cyfeiriad e-bost neu'r cyfrinair yn anghywir. Gwiriwch nhw a rhowch gynnig arall arni.
auth-error-throttled = { $count ->
    [one] Bu gormod o ymdrechion. Arhoswch 1 munud, yna rhowch gynnig arall arni.
    [two] Bu gormod o ymdrechion. Arhoswch { $count } funud, yna rhowch gynnig arall arni.
   *[other] Bu gormod o ymdrechion. Arhoswch { $count } munud, yna rhowch gynnig arall arni.
}
auth-signed-out-title = Rydych chi wedi allgofnodi
auth-signed-out-body = Rydych chi wedi allgofnodi o Careway ar y ddyfais hon. Os ydych chi'n defnyddio cyfrifiadur sy'n cael ei rannu, caewch y porwr hefyd.
auth-sign-in-again = Mewngofnodi eto

## Yr ail gam
auth-code-title = Rhowch eich cod diogelwch
auth-code-hint = Y cod 6 digid o'ch ap dilysu, neu un o'ch codau adfer.
auth-code-button = Parhau
auth-code-start-again = Dechrau mewngofnodi eto
auth-code-expired = Cymerodd mewngofnodi fwy na 5 munud, felly mae angen i chi ddechrau eto.
auth-error-code-empty = Rhowch eich cod diogelwch
auth-error-code-wrong = Mae'r cod yn anghywir, neu mae wedi cael ei ddefnyddio eisoes. Rhowch y cod diweddaraf o'ch ap.

## Cyfrineiriau
auth-new-password-label = Cyfrinair newydd
auth-new-password-hint = Defnyddiwch o leiaf 12 nod. Mae ychydig o eiriau sydd ddim yn perthyn i'w gilydd yn gwneud cyfrinair cryf sy'n hawdd ei gofio. Gallwch ei ludo o reolwr cyfrineiriau.
auth-error-password-empty = Rhowch gyfrinair newydd
auth-error-password-short = Rhaid i'ch cyfrinair fod yn o leiaf 12 nod o hyd
auth-error-password-long = Rhaid i'ch cyfrinair fod yn 256 nod neu lai
auth-error-password-common = Mae'r cyfrinair hwnnw'n rhy hawdd i'w ddyfalu. Dewiswch un gwahanol.

## Cyfrinair wedi'i anghofio
auth-forgot-title = Ailosod eich cyfrinair
auth-forgot-lead = Rhowch y cyfeiriad e-bost rydych chi'n ei ddefnyddio i fewngofnodi. Os oes cyfrif ar ei gyfer, byddwn yn anfon dolen drwy e-bost i ailosod y cyfrinair. Mae'r ddolen yn gweithio unwaith, am 1 awr.
auth-forgot-button = Anfon y ddolen
auth-forgot-sent = Os oes cyfrif ar gyfer y cyfeiriad e-bost hwnnw, rydym wedi anfon dolen ato. Edrychwch yn eich mewnflwch a'ch ffolder sothach.
auth-reset-title = Dewiswch gyfrinair newydd
auth-reset-button = Cadw'r cyfrinair newydd
auth-reset-done = Mae eich cyfrinair wedi'i newid, ac rydych chi wedi cael eich allgofnodi ym mhob man. Mewngofnodwch gyda'ch cyfrinair newydd.
auth-reset-ask-again = Gofyn am ddolen newydd
auth-link-invalid-title = Nid yw'r ddolen hon yn gweithio
auth-link-invalid-body = Mae'r ddolen wedi dod i ben neu mae wedi cael ei defnyddio eisoes.

## Gwahoddiadau
invite-title = Derbyn eich gwahoddiad
invite-invalid-body = Mae'r gwahoddiad wedi dod i ben, mae wedi cael ei ddefnyddio eisoes, neu mae wedi cael ei dynnu'n ôl. Gofynnwch i bwy bynnag a'ch gwahoddodd anfon un newydd.
invite-new-lead = Crëwch eich cyfrif ar gyfer { $email }.
invite-name-label = Eich enw
invite-name-hint = Yr enw y bydd pobl yn y practis yn ei weld.
invite-create-button = Creu cyfrif
invite-error-name-empty = Rhowch eich enw
invite-error-name-long = Rhaid i'r enw fod yn 100 nod neu lai
invite-sign-in-first = Mae cyfrif ar gyfer { $email } yn bodoli eisoes. Mewngofnodwch iddo i dderbyn y gwahoddiad.
invite-sign-in-link = Mewngofnodi i dderbyn
invite-accept-lead = Mae { $person } wedi gofyn i chi ei helpu yn Careway. Derbyniwch y gwahoddiad i weld beth sydd wedi cael ei rannu gyda chi.
invite-accept-button = Derbyn
invite-accepted = Rydych chi wedi derbyn y gwahoddiad.

## Mewngofnodi dau gam
two-step-title = Mewngofnodi dau gam
two-step-staff-must = Rhaid i staff osod mewngofnodi dau gam cyn defnyddio Careway.
two-step-step-app = Agorwch ap dilysu ar eich ffôn neu'ch cyfrifiadur, er enghraifft Microsoft Authenticator neu Google Authenticator.
two-step-step-scan = Ychwanegwch gyfrif yn yr ap drwy sganio'r cod QR hwn.
two-step-step-type = Neu, os na allwch ei sganio, teipiwch yr allwedd hon yn yr ap:
two-step-step-code = Rhowch y cod 6 digid y mae'r ap yn ei ddangos.
two-step-code-label = Cod o'r ap
two-step-code-hint = Er enghraifft, 123456
two-step-confirm-button = Troi mewngofnodi dau gam ymlaen
two-step-on-done = Mae mewngofnodi dau gam ymlaen.
two-step-on-lead = Mae mewngofnodi dau gam ymlaen. Pan fyddwch yn mewngofnodi, bydd angen cod o'ch ap dilysu arnoch hefyd.
two-step-codes-heading = Eich codau adfer
two-step-codes-lead = Cadwch y codau hyn yn rhywle diogel. Mae pob un yn gweithio unwaith, os na allwch ddefnyddio eich ap dilysu. Ni fyddwch yn eu gweld eto.
two-step-codes-left = { $count ->
    [zero] Nid oes gennych unrhyw godau adfer heb eu defnyddio.
    [one] Mae gennych 1 cod adfer heb ei ddefnyddio.
    [two] Mae gennych { $count } god adfer heb eu defnyddio.
    [few] Mae gennych { $count } chod adfer heb eu defnyddio.
    [many] Mae gennych { $count } chod adfer heb eu defnyddio.
   *[other] Mae gennych { $count } cod adfer heb eu defnyddio.
}
two-step-new-codes-button = Creu codau adfer newydd
two-step-off-heading = Diffodd mewngofnodi dau gam
two-step-off-button = Diffodd mewngofnodi dau gam
two-step-off-done = Mae mewngofnodi dau gam wedi'i ddiffodd.

## E-byst: byth unrhyw fanylion gofal
mail-footer = Anfonwyd yr e-bost hwn gan Careway. Os nad oeddech chi'n ei ddisgwyl, gallwch ei anwybyddu, neu ddweud wrth eich practis gwaith cymdeithasol.
mail-reset-subject = Ailosod eich cyfrinair Careway
mail-reset-body = Gofynnodd rhywun am ailosod y cyfrinair ar gyfer eich cyfrif Careway. Os mai chi oedd hynny, agorwch y ddolen hon o fewn 1 awr i ddewis cyfrinair newydd:
    
    { $link }
    
    Os nad chi oedd hynny, does dim angen i chi wneud dim.
mail-invite-subject = Rydych chi wedi cael gwahoddiad i Careway
mail-invite-body = Rydych chi wedi cael gwahoddiad i greu cyfrif Careway. Agorwch y ddolen hon i osod eich cyfrinair:
    
    { $link }
    
    Mae'r ddolen yn gweithio unwaith.
mail-carer-invite-subject = Rydych chi wedi cael gwahoddiad i helpu rhywun yn Careway
mail-carer-invite-body = Mae { $person } wedi eich gwahodd i'w helpu yn Careway. Agorwch y ddolen hon i dderbyn:
    
    { $link }
mail-confirm-email-subject = Cadarnhewch eich cyfeiriad e-bost newydd ar gyfer Careway
mail-confirm-email-body = Agorwch y ddolen hon i gadarnhau mai hwn yw eich cyfeiriad e-bost newydd ar gyfer Careway. Bydd angen i chi fewngofnodi.
    
    { $link }
mail-email-changed-subject = Mae eich cyfeiriad e-bost Careway wedi newid
mail-email-changed-body = Mae'r cyfeiriad e-bost ar gyfer eich cyfrif Careway wedi cael ei newid. Os nad chi wnaeth hyn, cysylltwch â'ch practis gwaith cymdeithasol ar unwaith.
mail-password-changed-subject = Mae eich cyfrinair Careway wedi newid
mail-password-changed-body = Mae'r cyfrinair ar gyfer eich cyfrif Careway wedi cael ei newid. Os nad chi wnaeth hyn, ailosodwch ef nawr yn { $sign_in } a chysylltwch â'ch practis gwaith cymdeithasol.
mail-access-changed-subject = Mae eich mynediad yn Careway wedi newid
mail-access-changed-body = Mae'r hyn y gallwch ei weld neu ei wneud ar ran rhywun yn Careway wedi newid. Mewngofnodwch i'w weld: { $sign_in }
two-step-qr-alt = Cod QR i ychwanegu Careway at eich ap dilysu. Os na allwch ei sganio, defnyddiwch yr allwedd sydd wedi'i dangos fel testun isod.
