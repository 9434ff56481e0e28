## The personal budget and how it is paid
budget-title = Cyllideb bersonol
budget-title-own = Eich cyllideb bersonol
budget-no-plan = Nid oes cynllun wedi'i gytuno eto, felly nid oes cyllideb bersonol i'w dangos.
budget-paid-how = Sut mae'n cael ei thalu
budget-not-chosen = Heb ei ddewis eto
budget-options-title = Sut y gellir talu eich cyllideb
budget-options-intro = Mae gwahanol ffyrdd o gael yr arian yn eich cyllideb bersonol at y cymorth sydd ei angen arnoch. Chi sy'n dewis, gyda help os ydych chi eisiau.
budget-options-link = Cymharu'r ffyrdd y gellir talu eich cyllideb
budget-easy-read-link = Hawdd ei Ddeall: sut y gellir talu eich cyllideb
budget-options-lead = Mae pob ffordd i'w gweld ochr yn ochr isod: beth mae'n ei olygu, beth y byddai angen i chi ei wneud, yr help y gallwch ei gael, a beth sy'n dda a beth sy'n anoddach amdani. Bydd eich gweithiwr cymdeithasol yn trafod y cyfan gyda chi os ydych chi eisiau.
budget-options-amount = Eich cyllideb bersonol yw { $amount } yr wythnos.
budget-options-needs = Mae'n talu am gymorth gyda'r anghenion hyn:
budget-comparison-caption = Y ffyrdd y gellir talu eich cyllideb, ochr yn ochr
budget-options-change = Gallwch newid sut mae eich cyllideb yn cael ei thalu yn nes ymlaen. Nid oes dim yn newid nes eich bod chi a'ch gweithiwr cymdeithasol yn cytuno.
budget-choose-start = Dewis sut mae eich cyllideb yn cael ei thalu
budget-requests-heading = Eich dewisiadau hyd yma
budget-requests-none = Nid oes dewis wedi'i anfon eto.
budget-request-heading = Anfonwyd gan { $name } ar { $date }
budget-request-status = Ble mae pethau arni
budget-request-status-sent = Wedi'i anfon at y gweithiwr cymdeithasol
budget-request-status-agreed = Wedi'i gytuno
budget-request-status-discuss = I'w drafod
budget-request-answer = Ateb y gweithiwr cymdeithasol
budget-request-answer-by = { $name }, { $date }: { $note }
budget-respond-link = Ateb y dewis hwn
budget-discussions-link = Cofnod o'r drafodaeth am yr opsiynau ar gyfer y gyllideb
budget-none-given = Dim

budget-option-direct-payment = Taliad uniongyrchol
budget-option-managed-account = Cyfrif a reolir
budget-option-individual-service-fund = Cronfa gwasanaeth unigol
budget-option-council-arranged = Gwasanaethau y mae'r cyngor yn eu trefnu
budget-option-mixed = Cymysgedd o'r rhain

budget-aspect-means = Beth mae'n ei olygu
budget-aspect-you-do = Beth y byddai angen i chi ei wneud
budget-aspect-support = Help y gallwch ei gael
budget-aspect-pros = Pethau da
budget-aspect-cons = Pethau anoddach
budget-aspect-covers = Pa rai o'ch anghenion y gall dalu amdanynt

budget-direct-payment-means = Mae'r cyngor yn talu eich cyllideb i chi, neu i rywun rydych chi'n ei enwebu, ac rydych chi'n trefnu ac yn talu am eich cymorth eich hun.
budget-direct-payment-you-do = Trefnu eich cymorth. Os ydych chi'n cyflogi cynorthwyydd personol, rydych chi'n dod yn gyflogwr: cyflogres, yswiriant atebolrwydd cyflogwr, pensiwn gweithle a gwiriadau DBS. Cadw derbynebau a chofnodion, ac anfon ffurflen at y cyngor bob 3 mis.
budget-direct-payment-support = Gall gwasanaeth cymorth taliadau uniongyrchol helpu i ddod o hyd i staff, a helpu gyda'r gyflogres a'r gwaith papur. Mae'n cael ei dalu o'r gyllideb. Mae'r arian yn dod ar gerdyn rhagdaledig neu i gyfrif banc ar wahân.
budget-direct-payment-pros = Y mwyaf o ddewis a rheolaeth: pwy sy'n eich helpu, pryd, a sut.
budget-direct-payment-cons = Y mwyaf i'w wneud, a chi sy'n gyfrifol am sut mae'r arian yn cael ei wario.
budget-managed-account-means = Mae sefydliad yn dal yr arian ar eich rhan ac yn talu am eich cymorth fel rydych chi'n dweud wrtho.
budget-managed-account-you-do = Dewis eich cymorth a dweud wrth y sefydliad. Maen nhw'n talu'r biliau ac yn cadw'r cofnodion.
budget-managed-account-support = Mae'r sefydliad yn delio â thaliadau, y gyflogres a chofnodion. Efallai y bydd yn codi ffi o'r gyllideb.
budget-managed-account-pros = Dewis, heb orfod delio â'r arian na'r gwaith papur.
budget-managed-account-cons = Efallai y bydd ffi yn dod allan o'r gyllideb, ac mae gennych ychydig yn llai o reolaeth uniongyrchol.
budget-individual-service-fund-means = Mae darparwr gofal rydych chi'n ei ddewis yn dal y gyllideb ac yn ei defnyddio'n hyblyg i roi'r cymorth yn eich cynllun i chi.
budget-individual-service-fund-you-do = Dewis y darparwr, a chytuno gyda nhw sut bydd eich cymorth yn gweithio.
budget-individual-service-fund-support = Mae'r darparwr yn cynllunio ac yn trefnu cymorth gyda chi, ac yn adrodd i'r cyngor.
budget-individual-service-fund-pros = Cymorth hyblyg gan un darparwr, heb lawer o waith papur i chi.
budget-individual-service-fund-cons = Rydych chi ynghlwm wrth un darparwr. Mae newid yn golygu symud y gronfa.
budget-council-arranged-means = Mae'r cyngor yn trefnu ac yn talu am eich cymorth, gyda darparwyr y mae ganddo gontractau â nhw.
budget-council-arranged-you-do = Dweud wrth eich gweithiwr cymdeithasol beth sy'n gweithio i chi a beth sydd ddim.
budget-council-arranged-support = Mae eich gweithiwr cymdeithasol yn trefnu'r cyfan ac yn ei adolygu gyda chi.
budget-council-arranged-pros = Y lleiaf i chi ei wneud.
budget-council-arranged-cons = Llai o ddewis o ran pwy sy'n eich helpu a phryd.
budget-mixed-means = Mae rhan o'ch cyllideb yn cael ei thalu mewn un ffordd a rhan arall mewn ffordd arall: er enghraifft, taliad uniongyrchol ar gyfer cynorthwyydd personol a gofal dydd wedi'i drefnu gan y cyngor.
budget-mixed-you-do = Beth sydd ei angen ar gyfer pob rhan: er enghraifft, cadw cofnodion taliad uniongyrchol ar gyfer y rhan honno yn unig.
budget-mixed-support = Yr help sy'n dod gyda phob rhan.
budget-mixed-pros = Dewis lle mae'n bwysig i chi fwyaf, a llai i'w wneud mewn mannau eraill.
budget-mixed-cons = Mwy nag un trefniant i gadw golwg arnynt.
budget-covers-all = Yr holl anghenion uchod
budget-covers-mixed = Rhai anghenion mewn un ffordd a rhai mewn ffordd arall. Chi a'ch gweithiwr cymdeithasol sy'n penderfynu pa rai.

## Easy Read
budget-easy-title = Eich arian ar gyfer cymorth: Hawdd ei Ddeall
budget-easy-lead = Mae'r cyngor yn rhoi arian i chi ar gyfer eich cymorth. Enw'r arian hwn yw cyllideb bersonol.
budget-easy-amount = Eich cyllideb bersonol yw { $amount } bob wythnos.
budget-easy-choose = Gallwch ddewis sut mae'r arian yn mynd at eich cymorth. Mae 5 ffordd.
budget-easy-good = Da:
budget-easy-hard = Anoddach:
budget-easy-direct-payment-means = Mae'r arian yn dod i chi. Rydych chi'n talu am eich cymorth eich hun.
budget-easy-direct-payment-good = Chi sy'n dewis pwy sy'n eich helpu. Chi sy'n dewis pryd.
budget-easy-direct-payment-hard = Rydych chi'n cadw derbynebau. Os ydych chi'n talu rhywun i helpu, chi yw eu bòs.
budget-easy-managed-account-means = Mae cwmni yn gofalu am yr arian. Mae'n talu am y cymorth rydych chi'n ei ddewis.
budget-easy-managed-account-good = Chi sy'n dewis. Nhw sy'n gwneud y gwaith papur.
budget-easy-managed-account-hard = Efallai y byddan nhw'n cymryd ychydig o arian fel ffi.
budget-easy-individual-service-fund-means = Rydych chi'n dewis cwmni gofal. Mae'n gofalu am yr arian. Mae'n rhoi cymorth i chi.
budget-easy-individual-service-fund-good = Mae un cwmni yn trefnu eich cymorth.
budget-easy-individual-service-fund-hard = Mae'n anoddach newid cwmni.
budget-easy-council-arranged-means = Mae'r cyngor yn trefnu eich cymorth i chi.
budget-easy-council-arranged-good = Does dim llawer i chi ei wneud.
budget-easy-council-arranged-hard = Mae gennych chi lai o ddewis.
budget-easy-mixed-means = Mae rhan o'r arian yn mynd un ffordd. Mae rhan arall yn mynd ffordd arall.
budget-easy-mixed-good = Chi sy'n dewis beth sy'n iawn i chi ar gyfer pob rhan.
budget-easy-mixed-hard = Mae mwy i'w gofio.
budget-easy-help-heading = Help
budget-easy-help = Gall eich gweithiwr cymdeithasol eich helpu i ddewis. Gallwch ofyn am gyfarfod, galwad ffôn, neu alwad fideo yn Iaith Arwyddion Prydain (BSL).
budget-easy-standard-link = Yr un wybodaeth mewn Cymraeg arferol

## Choosing, step by step
budget-step-count = Cam { $n } o { $total }
budget-step-earlier = Atebwch gwestiwn cynharach yn gyntaf:
budget-step-option = Sut hoffech chi i'ch cyllideb gael ei thalu?
budget-step-option-hint = Gallwch newid hyn yn nes ymlaen. Nid oes dim yn newid nes eich bod chi a'ch gweithiwr cymdeithasol yn cytuno.
budget-step-manager = Pwy fydd yn ei rheoli?
budget-step-checks = Beth rydych chi'n ei ddeall am y dewis hwn?
budget-step-checks-hint = Ticiwch bob un rydych chi'n siŵr amdano. Os nad ydych chi'n siŵr, gadewch ef, a bydd eich gweithiwr cymdeithasol yn ei drafod gyda chi.
budget-step-questions = Cwestiynau i'ch gweithiwr cymdeithasol
budget-step-check = Gwiriwch eich atebion cyn anfon
budget-manager-person = Fi
budget-manager-person-hint = Byddaf yn ei rheoli fy hun.
budget-manager-carer = Gofalwr neu aelod o'r teulu
budget-manager-carer-hint = Er enghraifft, fel fy mherson enwebedig.
budget-manager-organisation = Sefydliad
budget-manager-organisation-hint = Er enghraifft, darparwr cyfrif a reolir neu ddarparwr gofal.
budget-manager-name = Eu henw
budget-manager-name-hint = Dim ond os bydd gofalwr neu sefydliad yn ei rheoli.
budget-check-what-it-means = Rwy'n deall beth mae'r ffordd hon o dalu yn ei olygu.
budget-check-change-later = Rwy'n gwybod y gallaf newid fy meddwl yn nes ymlaen.
budget-check-employer = Rwy'n deall, os byddaf yn cyflogi cynorthwyydd personol, y byddaf yn dod yn gyflogwr.
budget-check-records = Rwy'n deall bod rhaid cadw a gwirio cofnodion a derbynebau.
budget-checks-none = Dim un wedi'i dicio
budget-questions-label = Eich cwestiynau (dewisol)
budget-questions-hint = Unrhyw beth rydych chi eisiau ei ofyn neu ei ddweud am dalu eich cyllideb.
budget-talk-legend = Hoffech chi drafod y peth?
budget-talk-no = Na, dim diolch
budget-talk-phone = Hoffwn, dros y ffôn
budget-talk-visit = Hoffwn, mewn ymweliad
budget-talk-video = Hoffwn, drwy alwad fideo (gan gynnwys BSL)
budget-choice-option = Sut i'w thalu
budget-choice-manager = Pwy fydd yn ei rheoli
budget-choice-checks = Beth rydych chi'n ei ddeall
budget-choice-questions = Cwestiynau
budget-choice-talk = Trafod y peth
budget-check-talk-note = Bydd eich gweithiwr cymdeithasol yn trafod y peth gyda chi cyn i unrhyw beth newid.
budget-check-lead = Pan fyddwch chi'n anfon hwn, bydd eich gweithiwr cymdeithasol yn ei weld ac yn ateb. Ni fydd dim am eich cymorth yn newid nes eich bod chi'ch dau yn cytuno.
budget-send = Anfon fy newis
budget-continue = Parhau
budget-choice-sent = Mae eich dewis wedi'i anfon at eich gweithiwr cymdeithasol.
budget-error-option = Dewiswch sut hoffech chi i'ch cyllideb gael ei thalu
budget-error-manager = Dewiswch pwy fydd yn ei rheoli
budget-error-manager-name = Rhowch enw'r gofalwr neu'r sefydliad
budget-error-checks = Dewiswch o'r rhestr
budget-error-talk = Dewiswch a hoffech chi drafod y peth

## The social worker's answer
budget-decide-title = Ateb dewis ynghylch cyllideb
budget-decide-legend = Eich ateb
budget-decide-agreed = Cytuno
budget-decide-agreed-hint = Bydd cyllideb y cynllun yn dangos y ffordd hon o dalu.
budget-decide-discuss = Trafod y peth yn gyntaf
budget-decide-discuss-hint = Dywedwch beth rydych chi eisiau ei drafod, a sut.
budget-decide-note = Nodyn i'r person
budget-decide-note-hint = Byddan nhw'n darllen hwn.
budget-decide-send = Anfon yr ateb
budget-decided = Mae eich ateb wedi'i anfon. Gall y person ei weld.
budget-decide-error = Dewiswch gytuno, neu drafod y peth yn gyntaf
budget-decide-note-empty = Dywedwch beth rydych chi eisiau ei drafod

## The record of the discussion
budget-discussions-title = Cofnod o'r drafodaeth am yr opsiynau ar gyfer y gyllideb
budget-discussions-lead = Pob tro y dangoswyd yr opsiynau i'r person neu i rywun sy'n ei helpu, a phob dewis a anfonwyd, gyda'r union beth a ddangoswyd. Dyma'r cofnod y mae'r Cyfarwyddiadau Taliadau Uniongyrchol yn gofyn amdano. Ni all neb ei newid na'i ddileu.
budget-discussions-none = Nid yw'r opsiynau wedi cael eu dangos eto.
budget-discussions-caption = { $count ->
    [one] 1 cofnod
   *[other] { $count } cofnod
}
budget-discussions-when = Pryd
budget-discussions-who = Pwy
budget-discussions-what = Beth ddigwyddodd
budget-discussions-shown = Beth a ddangoswyd neu a ddewiswyd
budget-event-shown = Edrychodd ar yr opsiynau
budget-event-shown-easy-read = Edrychodd ar yr opsiynau ar ffurf Hawdd ei Ddeall
budget-event-chose = Anfonodd ddewis

## The direct payment account
dp-title = Cyfrif taliad uniongyrchol
dp-title-own = Eich cyfrif taliad uniongyrchol
dp-none = Nid oes cyfrif taliad uniongyrchol: nid yw'r gyllideb yn cael ei thalu fel taliad uniongyrchol eto.
dp-back-to-budget = Yn ôl i'r gyllideb bersonol
dp-account-link = Y cyfrif taliad uniongyrchol: balans, gwariant a chyfriflenni
dp-balance = Balans
dp-payments-in = Taliadau i mewn gan y cyngor
dp-payments-in-value = { $amount }, { $frequency }
dp-committed = Cymorth rheolaidd sy'n cael ei dalu ohono
dp-warnings-heading = Pethau i edrych arnynt
dp-warning-surplus = Mae'r balans yn { $balance }, sy'n fwy na gwerth { $weeks } wythnos o gyllideb ({ $limit }). Efallai y bydd y cyngor yn gofyn am gael rhywfaint ohono yn ôl. Siaradwch â'ch gweithiwr cymdeithasol os ydych chi'n cynilo ar gyfer rhywbeth.
dp-warning-too-low = Mae'r balans yn { $balance }, sy'n llai na'r { $committed } y bydd eich cymorth rheolaidd yn ei gostio cyn y taliad nesaf i mewn. Siaradwch â'ch gweithiwr cymdeithasol yn fuan.
dp-warning-receipts = { $count ->
    [one] Nid oes derbynneb ar gyfer 1 taliad eto. Ychwanegwch y dderbynneb er mwyn i'r arian gael ei wirio.
   *[other] Nid oes derbynneb ar gyfer { $count } taliad eto. Ychwanegwch y derbynebau er mwyn i'r arian gael ei wirio.
}
dp-record-spend = Cofnodi gwariant
dp-recent-heading = Gwariant diweddar
dp-recent-none = Nid oes gwariant wedi'i gofnodi eto.
dp-recent-caption = Y 10 taliad diwethaf allan, y mwyaf diweddar yn gyntaf
dp-date = Dyddiad
dp-payee = Talwyd i
dp-payee-hint = Er enghraifft, enw eich cynorthwyydd personol neu'r siop.
dp-category = Beth oedd y taliad ar ei gyfer
dp-amount = Swm
dp-receipt = Derbynneb
dp-receipt-view = Gweld y dderbynneb
dp-receipt-missing = Dim derbynneb
dp-statements-heading = Cyfriflenni
dp-statement-for = Cyfriflen ar gyfer { $month }
dp-statement-caption = Arian i mewn ac allan, { $month }
dp-statement-whose = Cyfrif taliad uniongyrchol { $name }
dp-what = Beth
dp-in = Arian i mewn
dp-out = Arian allan
dp-opening = Balans ar ddechrau'r mis
dp-totals = Cyfansymiau, a'r balans ar ddiwedd y mis
dp-line-council = Taliad gan y cyngor
dp-line-contribution = Eich cyfraniad
dp-download-csv = Lawrlwytho fel taenlen (CSV)
dp-download-html = Lawrlwytho fel tudalen we y gallwch ei darllen all-lein (HTML)
dp-category-pa-wages = Cyflog cynorthwyydd personol
dp-category-agency = Asiantaeth ofal
dp-category-payroll-insurance = Cyflogres, yswiriant neu bensiwn
dp-category-equipment = Offer
dp-category-activities = Gweithgareddau
dp-category-transport = Trafnidiaeth
dp-category-other = Rhywbeth arall
dp-spend-title = Cofnodi gwariant
dp-spend-on = Pryd y cafodd ei dalu?
dp-outcome = Pa ganlyniad y mae'n ei gefnogi? (dewisol)
dp-outcome-hint = O'ch cynllun.
dp-outcome-none = Dim un yn benodol
dp-description = Unrhyw beth arall (dewisol)
dp-receipt-label = Derbynneb (dewisol)
dp-receipt-hint = Llun (JPEG neu PNG) neu PDF, hyd at { $mb } MB. Gallwch ei hychwanegu yn nes ymlaen.
dp-spend-send = Cofnodi'r gwariant
dp-spend-recorded = Mae'r gwariant wedi'i gofnodi.
dp-error-on-future = Rhaid i'r dyddiad fod heddiw neu yn y gorffennol
dp-error-on-before = Rhaid i'r dyddiad fod ar y diwrnod y dechreuodd y cyfrif neu ar ôl hynny
dp-error-payee-empty = Rhowch i bwy y cafodd ei dalu
dp-error-category = Dewiswch beth oedd y taliad ar ei gyfer
dp-error-amount-zero = Rhowch swm sy'n fwy na £0
dp-error-outcome = Dewiswch ganlyniad o'r rhestr
dp-error-receipt-type = Rhaid i'r dderbynneb fod yn JPEG, PNG neu PDF. Dewiswch y ffeil eto
dp-error-receipt-size = Rhaid i'r dderbynneb fod yn { $count } MB neu'n llai. Dewiswch ffeil lai

## The quarterly audit return
dp-returns-link = Ffurflenni chwarterol i'r cyngor
dp-returns-title = Ffurflenni chwarterol
dp-returns-lead = Bob 3 mis mae'r cyngor yn gwirio sut y cafodd y taliad uniongyrchol ei wario. Anfonwch y ffurflen ar gyfer pob chwarter ar ôl i'r chwarter ddod i ben: cyfriflen a derbynebau'r chwarter yw hi. Bydd eich gweithiwr cymdeithasol neu swyddog cyllid yn ei gwirio, a gallan nhw ofyn cwestiynau yma.
dp-returns-caption = Ffurflenni, y chwarter diweddaraf yn gyntaf
dp-return-period = Chwarter
dp-return-status = Ble mae hi arni
dp-return-status-not-sent = Heb ei hanfon eto
dp-return-status-open = Nid yw'r chwarter wedi dod i ben eto
dp-return-status-submitted = Wedi'i hanfon, yn aros i gael ei gwirio
dp-return-status-queries = Cwestiwn i'w ateb
dp-return-status-accepted = Wedi'i derbyn
dp-return-quarter = { $from } i { $to }
dp-return-title = Ffurflen ar gyfer { $period }
dp-return-closing = Balans ar ddiwedd y chwarter
dp-return-receipts = Derbynebau
dp-return-receipts-value = { $count ->
    [one] 1 taliad allan
   *[other] { $count } taliad allan
}, { $missing ->
    [0] dim un ar goll
    [one] 1 ar goll
   *[other] { $missing } ar goll
}
dp-return-messages-heading = Cwestiynau ac atebion
dp-return-messages-none = Dim cwestiynau.
dp-return-message-by = { $name }, { $date }
dp-return-send-lead = Mae hyn yn anfon y gyfriflen a'r derbynebau uchod i gael eu gwirio. Gallwch chi ddal i ychwanegu derbynebau sydd ar goll wedyn.
dp-return-send = Anfon y ffurflen hon
dp-return-not-ended = Gallwch chi anfon y ffurflen hon pan fydd y chwarter wedi dod i ben.
dp-return-answer-label = Eich ateb
dp-return-answer-hint = Bydd eich ateb yn mynd yn ôl at y person sy'n gwirio'r ffurflen.
dp-return-answer-send = Anfon yr ateb
dp-return-decide-legend = Eich penderfyniad
dp-return-accept = Derbyn y ffurflen
dp-return-accept-hint = Cafodd yr arian ei wario fel y mae'r cynllun yn ei ddweud.
dp-return-query = Gofyn cwestiwn
dp-return-query-hint = Bydd y person yn ateb yma, a bydd y ffurflen yn dod yn ôl atoch chi.
dp-return-message-label = Neges i'r person
dp-return-message-hint = Mae ei hangen pan fyddwch chi'n gofyn cwestiwn.
dp-return-decide-send = Anfon
dp-return-sent = Mae'r ffurflen wedi'i hanfon i gael ei gwirio.
dp-return-answered = Mae eich ateb wedi'i anfon, ac mae'r ffurflen wedi mynd yn ôl i gael ei gwirio.
dp-return-decided = Mae eich penderfyniad wedi'i anfon. Gall y person ei weld.
dp-return-error-answer-empty = Rhowch eich ateb
dp-return-error-decision = Dewiswch dderbyn, neu ofyn cwestiwn
dp-return-error-query-empty = Rhowch eich cwestiwn

## Adding a receipt later
dp-receipt-add = Ychwanegu'r dderbynneb
dp-receipt-add-title = Ychwanegu derbynneb
dp-receipt-label-required = Derbynneb
dp-receipt-hint-required = Llun (JPEG neu PNG) neu PDF, hyd at { $mb } MB.
dp-receipt-add-send = Ychwanegu'r dderbynneb
dp-receipt-added = Mae'r dderbynneb wedi'i hychwanegu.
dp-error-receipt-empty = Dewiswch y dderbynneb i'w hychwanegu
