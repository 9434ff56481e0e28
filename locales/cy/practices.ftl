# Practisau: dod o hyd iddyn nhw, eu cymharu, adolygiadau, a symud i bractis arall.

core-nav-practices = Dod o hyd i bractis
core-nav-practice = Eich practis
person-link-messages = Negeseuon
person-link-messages-hint = Ysgrifennu at y gweithiwr cymdeithasol, mewn geiriau neu yn Iaith Arwyddion Prydain.
person-link-switch = Newid practis
person-link-switch-hint = Gofyn am gael symud i bractis gwaith cymdeithasol arall. Mae eich cofnod yn dod gyda chi.

## Geiriau a ddefnyddir ym mhobman yma
practices-yes = Ydy
practices-no = Nac ydy
practices-none-given = Heb ei roi
practices-run-by = Pwy sy'n ei redeg
practices-councils = Y cynghorau mae'n gweithio iddyn nhw
practices-supports = Pwy mae'n eu cefnogi
practices-first-visit = Ymweliad cyntaf
practices-languages = Ieithoedd a siaredir
practices-bsl-staff = Gweithwyr cymdeithasol sy'n rhugl yn BSL
practices-deafblind = Cyfathrebu â phobl fyddarddall
practices-home-visits = Ymweliadau cartref
practices-premises = Adeilad
practices-regulators = Rheoleiddwyr
practices-accepting = Yn derbyn pobl newydd.
practices-accepting-wait = { $weeks ->
    [0] Yn derbyn pobl newydd. Dim aros am ymweliad cyntaf.
    [one] Yn derbyn pobl newydd. Tua { $weeks } wythnos o aros am ymweliad cyntaf.
   *[other] Yn derbyn pobl newydd. Tua { $weeks } wythnos o aros am ymweliad cyntaf.
}
practices-not-accepting = Ddim yn derbyn pobl newydd ar hyn o bryd.
practices-group-physical-disability = oedolion ag anableddau corfforol
practices-group-older-mental-health = pobl hŷn ag anghenion iechyd meddwl
practices-group-deaf = pobl fyddar
practices-group-deafblind = pobl fyddarddall
practices-group-visually-impaired = pobl ddall a rhannol ddall
practices-group-learning-disability = oedolion ag anableddau dysgu
practices-group-mental-health = oedolion ag anghenion iechyd meddwl
practices-group-autism = oedolion awtistig
practices-language-en = Saesneg
practices-language-cy = Cymraeg
practices-language-bfi = Iaith Arwyddion Prydain (BSL)
practices-language-pl = Pwyleg
practices-language-pa = Pwnjabeg
practices-language-ur = Wrdw
practices-language-bn = Bengaleg
practices-language-so = Somalieg
practices-language-ro = Rwmaneg
practices-language-ar = Arabeg
practices-org-social-enterprise = Menter gymdeithasol dan arweiniad gweithwyr cymdeithasol
practices-org-mutual = Cwmni cydfuddiannol sy'n eiddo i'w staff
practices-org-community-interest-company = Cwmni buddiant cymunedol
practices-org-charity = Elusen
practices-org-partnership = Partneriaeth o weithwyr cymdeithasol
practices-regulator-swe = Social Work England (cofrestriad y prif weithiwr cymdeithasol)
practices-regulator-cqc = Comisiwn Ansawdd Gofal (CQC)
practices-regulator-other = Rheoleiddiwr arall

## Dod o hyd i bractis
practices-find-title = Dod o hyd i bractis gwaith cymdeithasol
practices-find-lead = Mae practisau gwaith cymdeithasol yn sefydliadau annibynnol, dan arweiniad gweithwyr cymdeithasol, sy'n gwneud gwaith cymdeithasol y cyngor ar gyfer grwpiau o oedolion. Gallwch eu cymharu, a gofyn am gael symud i un arall.
practices-filter-council = Ardal cyngor
practices-any-council = Unrhyw gyngor
practices-filter-group = Pwy maen nhw'n eu cefnogi
practices-anyone = Unrhyw un
practices-filter-language = Iaith
practices-any-language = Unrhyw iaith
practices-filter-only = Dangos dim ond practisau
practices-only-bsl = sydd â gweithwyr cymdeithasol sy'n rhugl yn Iaith Arwyddion Prydain
practices-only-accepting = sy'n derbyn pobl newydd
practices-sort-legend = Trefnu yn ôl
practices-sort-name = Enw
practices-sort-wait = Yr aros byrraf yn gyntaf
practices-filter-button = Dangos practisau
practices-found = { $count ->
    [0] Heb ddod o hyd i unrhyw bractis
    [one] Wedi dod o hyd i { $count } practis
   *[other] Wedi dod o hyd i { $count } practis
}
practices-none-found = Nid oes practis sy'n cyfateb i bopeth a ddewisoch.
practices-none-advice-filters = Rhowch gynnig ar dynnu hidlydd, fel yr iaith neu "yn derbyn pobl newydd".
practices-none-advice-council = Gall eich cyngor ddweud wrthych am y practisau mae'n gweithio gyda nhw.
practices-show-all = Dangos pob practis
practices-compare-hint = Ticiwch rhwng 2 a 4 practis, yna dewiswch "Cymharu'r practisau a diciwyd".
practices-compare-this = Cymharu { $name }
practices-compare-button = Cymharu'r practisau a diciwyd

## Cymharu
practices-compare-title = Cymharu practisau
practices-compare-lead = Daw'r ffigurau o gofnodion Careway ei hun, nid gan y practisau.
practices-compare-caption = { $count } practis ochr yn ochr
practices-compare-wrong = { $count ->
    [one] Fe ddewisoch { $count } practis. Dewiswch rhwng { $min } a { $max } practis i'w cymharu
   *[other] Fe ddewisoch { $count } practis. Dewiswch rhwng { $min } a { $max } practis i'w cymharu
}
practices-back-to-find = Yn ôl i bob practis

## Proffil practis
practices-ask-to-move = Gofyn am gael symud i'r practis hwn
practices-about-heading = Am y practis
practices-communication-heading = Ieithoedd a chyfathrebu
practices-contact-heading = Cysylltu ac oriau agor
practices-address = Cyfeiriad
practices-phone = Ffôn
practices-email = E-bost
practices-opening = Oriau agor
practices-website-link = Gwefan { $name }
practices-premises-heading = Yr adeilad a hygyrchedd
practices-accountable-heading = Sut mae'n atebol
practices-accountable-lead = Mae'r practis yn gweithio o dan gontract gyda'r cyngor, sy'n gwirio ei waith. Dyma ei gofrestriadau gyda rheoleiddwyr.
practices-no-registrations = Nid oes cofrestriadau wedi'u rhoi.
practices-registration = { $regulator }: { $reference }
practices-complaints-heading = Gwneud cwyn
practices-complaints-link = Sut i gwyno wrth { $name }
practices-advocacy-heading = Eiriolaeth annibynnol
practices-advocacy-link = Cael eiriolwr annibynnol i'ch helpu
practices-figures-heading = Sut mae'r practis yn gwneud
practices-figures-lead = Mae'r ffigurau hyn yn cael eu cyfrifo o gofnodion Careway ei hun, byth gan y practis. Nid yw ffigur sy'n seiliedig ar lai na 10 achos yn cael ei ddangos, fel na all neb gael ei adnabod.
practices-figure-not-enough = { $min ->
   *[other] Dim digon o ddata eto (llai na { $min } achos)
}
practices-figure-reply = Atebion i negeseuon
practices-figure-reply-value = Ateb cyntaf mewn { $median } (canolrif). Atebwyd { $percent }% o fewn { $days } diwrnod gwaith.
practices-figure-reply-counts = { $days ->
   *[other] Yn cyfrif sgyrsiau a ddechreuodd dros y { $days } diwrnod diwethaf: yr amser o neges gyntaf person i ateb cyntaf y practis.
}
practices-figure-reviews = Adolygiadau cynlluniau mewn pryd
practices-figure-reviews-value = Gwnaed { $percent }% o { $count } adolygiad erbyn eu dyddiad dyledus.
practices-figure-reviews-counts = { $days ->
   *[other] Yn cyfrif adolygiadau cynlluniau gofal a chymorth a oedd yn ddyledus dros y { $days } diwrnod diwethaf.
}
practices-figure-complaints = Cwynion
practices-figure-complaints-value = { $count ->
    [one] { $count } gŵyn. Datryswyd { $percent }% o fewn targed y practis.
   *[other] { $count } cwyn. Datryswyd { $percent }% o fewn targed y practis.
}
practices-figure-complaints-count-only = { $count ->
    [one] { $count } gŵyn. Mae rhy ychydig wedi cyrraedd eu dyddiad targed i ddweud faint a ddatryswyd mewn pryd.
   *[other] { $count } cwyn. Mae rhy ychydig wedi cyrraedd eu dyddiad targed i ddweud faint a ddatryswyd mewn pryd.
}
practices-figure-complaints-counts = { $days ->
   *[other] Yn cyfrif cwynion a ddaeth i law dros y { $days } diwrnod diwethaf, i'r practis neu i'r cyngor amdano.
}
practices-figure-ratings = Sgoriau pobl
practices-figure-ratings-value = { $count ->
   *[other] { $average } allan o 5, o { $count } adolygiad.
}
practices-figure-ratings-counts = { $days ->
   *[other] Yn cyfrif adolygiadau a gyhoeddwyd ac a ysgrifennwyd dros y { $days } diwrnod diwethaf gan bobl mae'r practis yn eu cefnogi neu wedi'u cefnogi.
}

## Adolygiadau
practices-reviews-heading = Beth mae pobl yn ei ddweud
practices-reviews-none = Nid oes adolygiadau wedi'u cyhoeddi eto.
practices-leave-review = Adolygu'r practis hwn
practices-review-by = Gan rywun mae'r practis yn ei gefnogi, { $date }
practices-review-reply-by = Atebodd { $name }:
practices-rating-of-5 = { $rating } allan o 5
practices-own-review-pending = Diolch am eich adolygiad. Mae'r practis yn ei wirio cyn iddo gael ei gyhoeddi.
practices-own-review-published = Mae eich adolygiad wedi'i gyhoeddi isod.
practices-own-review-rejected = Ni chyhoeddwyd eich adolygiad.
practices-own-review-reason = Rheswm y practis: { $reason }
practices-review-title = Adolygu { $name }
practices-review-lead = Dim ond pobl mae'r practis yn eu cefnogi, neu wedi'u cefnogi, all ei adolygu. Nid yw eich enw'n cael ei ddangos. Mae'r practis yn gwirio pob adolygiad cyn ei gyhoeddi, a gall ei ateb yn gyhoeddus.
practices-rating-legend = Sut fyddech chi'n sgorio'r practis?
practices-rating-5 = 5: da iawn
practices-rating-4 = 4: da
practices-rating-3 = 3: ddim yn dda nac yn wael
practices-rating-2 = 2: gwael
practices-rating-1 = 1: gwael iawn
practices-review-body-label = Dywedwch pam
practices-review-body-hint = Er enghraifft, pa mor gyflym roedden nhw'n ateb, a oedden nhw'n gwrando, ac a oedden nhw'n helpu. Peidiwch â chynnwys enw neb na manylion iechyd.
practices-review-send = Anfon yr adolygiad
practices-review-sent = Diolch. Bydd y practis yn gwirio eich adolygiad cyn iddo gael ei gyhoeddi.
practices-review-error-rating = Dewiswch sgôr o 1 i 5
practices-review-error-body = Dywedwch pam rhoesoch y sgôr hon

## Symud practis (y person)
practices-switch-title = Newid practis
practices-switch-current = Rydych chi gyda { $name }.
practices-switch-no-current = Nid ydych chi gyda phractis eto.
practices-switch-lead = Gallwch ofyn am gael symud i bractis arall sy'n gweithio i'ch cyngor ac yn cefnogi pobl fel chi. Mae eich cynllun, eich cyllideb a'ch negeseuon yn dod gyda chi. Mae eich gofal yn parhau tra byddwch chi'n symud.
practices-switch-to = I ba bractis hoffech chi symud?
practices-switch-to-hint = Mae'r practisau hyn yn gweithio i'ch cyngor ac yn cefnogi pobl fel chi.
practices-switch-reason = Pam ydych chi eisiau symud? (dewisol)
practices-switch-reason-hint = Does dim rhaid i chi ddweud. Mae'n helpu'r practis newydd i gynllunio eich ymweliad cyntaf.
practices-switch-consent-legend = Eich cofnod
practices-switch-consent-hint = Mae angen eich cofnod ar y practis newydd i barhau â'ch cymorth.
practices-switch-consent = Rwy'n cytuno bod fy nghofnod (fy nghynllun, fy nghyllideb a fy negeseuon) yn mynd i'r practis newydd
practices-switch-send = Gofyn am gael symud
practices-switch-sent = Mae eich cais i symud wedi'i anfon. Bydd y practis newydd yn ateb.
practices-switch-open = Eich cais i symud i { $name }
practices-switch-past = Ceisiadau cynharach
practices-switch-to-name = I { $name }
practices-switch-none-eligible = Nid oes practis arall yn Careway sy'n gweithio i'ch cyngor ac yn cefnogi pobl fel chi. Gall eich cyngor ddweud wrthych am eraill.
practices-switch-state-requested = Gofynnwyd
practices-switch-state-accepted = Wedi'i dderbyn gan y practis newydd
practices-switch-state-moving = Mae eich cofnod yn symud
practices-switch-state-done = Wedi symud
practices-switch-state-declined = Wedi'i wrthod
practices-switch-next-requested = Bydd y practis newydd yn derbyn neu'n gwrthod eich cais. Byddwch yn cael e-bost pan fydd yn gwneud hynny.
practices-switch-next-accepted = Mae'r practis newydd wedi derbyn. Bydd nawr yn trefnu symud eich cofnod.
practices-switch-next-moving = Mae eich cofnod yn symud. Byddwch yn cael e-bost pan fydd y symud wedi'i gwblhau.
practices-switch-error-to = Dewiswch y practis yr hoffech chi symud iddo
practices-switch-error-consent = Ticiwch i gytuno bod eich cofnod yn mynd i'r practis newydd, neu ni allwch symud
practices-switch-error-open = Rydych chi eisoes wedi gofyn am gael symud. Gallwch ofyn eto pan fydd y cais hwnnw wedi gorffen

## Tudalennau rheolwr y practis
practices-manage-title = Eich practis
practices-manage-lead = Dyma beth mae pobl yn ei weld pan fyddan nhw'n dod o hyd i bractisau ac yn eu cymharu.
practices-manage-see-public = Gweld y proffil cyhoeddus
practices-manage-profile-link = Proffil
practices-manage-reviews-link = Adolygiadau
practices-manage-switches-link = Ceisiadau i symud
practices-manage-save = Cadw'r proffil
practices-manage-saved = Mae'r proffil wedi'i gadw.
practices-field-name = Enw
practices-field-summary = Crynodeb
practices-field-summary-hint = Un frawddeg am bwy rydych chi'n eu cefnogi a ble.
practices-field-description = Am y practis
practices-field-accepting = Ydych chi'n derbyn pobl newydd?
practices-field-wait = Yr aros presennol am ymweliad cyntaf, mewn wythnosau (dewisol)
practices-field-wait-hint = Rhif cyfan, er enghraifft 3.
practices-field-premises-hint = Er enghraifft: mynediad heb risiau, dolen sain, ystafell dawel, arwyddion.
practices-field-website = Gwefan
practices-field-postcode = Cod post
practices-field-opening-hint = Un llinell ar gyfer pob un, er enghraifft "Dydd Llun i ddydd Gwener, 9am i 5pm".
practices-field-swe = Cofrestriad Social Work England y prif weithiwr cymdeithasol
practices-field-swe-url = Dolen i gofrestr Social Work England
practices-field-cqc = Cofrestriad gyda'r Comisiwn Ansawdd Gofal (os oes gennych un)
practices-field-cqc-hint = Dim ond ar gyfer practisau sydd hefyd yn darparu gofal a reoleiddir.
practices-field-cqc-url = Dolen i'ch tudalen CQC
practices-field-complaints = Eich trefn gwyno
practices-field-complaints-url = Dolen i'ch trefn gwyno
practices-field-advocacy-url = Dolen i eiriolaeth annibynnol
practices-error-name = Rhowch enw'r practis
practices-error-name-taken = Mae gan bractis arall yr enw hwn eisoes
practices-error-summary = Rhowch grynodeb
practices-error-choose = Dewiswch un o'r opsiynau
practices-error-wait = Rhowch yr aros fel rhif cyfan o wythnosau o 0 i 104, neu gadewch ef yn wag
practices-error-councils = Dewiswch o leiaf un cyngor
practices-error-groups = Dewiswch o leiaf un grŵp o bobl rydych chi'n eu cefnogi
practices-error-web = Rhowch gyfeiriad gwe sy'n dechrau https://

practices-moderate-title = Adolygiadau
practices-moderate-lead = Cyhoeddwch adolygiad, neu ei wrthod gyda rheswm. Mae'r person yn gweld eich rheswm, ac mae pob penderfyniad yn cael ei gadw. Gallwch ateb adolygiadau a gyhoeddwyd yn gyhoeddus.
practices-moderate-pending = { $count ->
    [one] { $count } adolygiad i'w wirio
   *[other] { $count } adolygiad i'w gwirio
}
practices-moderate-published = { $count ->
    [one] { $count } adolygiad wedi'i gyhoeddi
   *[other] { $count } adolygiad wedi'u cyhoeddi
}
practices-moderate-rejected = { $count ->
    [one] { $count } adolygiad wedi'i wrthod
   *[other] { $count } adolygiad wedi'u gwrthod
}
practices-moderate-from = Gan { $name }
practices-moderate-publish = Cyhoeddi
practices-moderate-reason = Rheswm dros wrthod (mae ei angen i wrthod)
practices-moderate-reason-hint = Er enghraifft, mae'n enwi aelod o staff, neu'n cynnwys manylion iechyd rhywun.
practices-moderate-reject = Gwrthod
practices-moderate-reply = Eich ateb cyhoeddus
practices-moderate-reply-hint = Yn cael ei ddangos o dan yr adolygiad, gydag enw'r practis.
practices-moderate-reply-send = Cadw'r ateb
practices-moderate-published-done = Mae'r adolygiad wedi'i gyhoeddi.
practices-moderate-rejected-done = Mae'r adolygiad wedi'i wrthod, a gall y person weld pam.
practices-moderate-replied = Mae eich ateb wedi'i gyhoeddi.
practices-moderate-error-reason = Rhowch y rheswm dros wrthod yr adolygiad
practices-moderate-error-reply = Rhowch eich ateb

practices-switches-title = Ceisiadau i symud
practices-switches-incoming = Yn gofyn am gael symud i'ch practis
practices-switches-outgoing = Yn symud i ffwrdd o'ch practis
practices-switches-none = Does dim rhai.
practices-switches-from = { $name }, o { $practice }
practices-switches-reason = Eu rheswm: { $reason }
practices-switches-to = { $name }, i { $practice }: { $state }
practices-switches-note = Nodyn i'r person (mae ei angen i wrthod)
practices-switches-note-hint = Mae'r person yn gweld hwn gyda'r cais.
practices-switches-do-accepted = Derbyn
practices-switches-do-declined = Gwrthod
practices-switches-do-moving = Dechrau symud y cofnod
practices-switches-do-done = Mae'r symud wedi'i gwblhau
practices-switches-updated = Mae'r cais wedi'i ddiweddaru. Mae'r person a'u gofalwyr wedi cael gwybod drwy e-bost.
practices-switches-error-reason = Rhowch y rheswm dros wrthod

## E-bost
mail-practice-change-subject = Mae diweddariad i'ch cais i newid practis
mail-practice-change-body = Mae diweddariad i'ch cais i newid practis gwaith cymdeithasol yn Careway. Mewngofnodwch i'w weld:
    
    { $link }

## Pwy sydd wedi edrych
audit-viewed-switch-request = Edrychodd { $who } ar eich cais i newid practis
audit-requested-switch = Gofynnodd { $who } i chi newid practis
audit-updated-switch = Diweddarodd { $who } eich cais i newid practis
audit-moved-practice = Cwblhaodd { $who } eich symud i bractis newydd
audit-code-viewed-switch-request = Edrychodd ar gais i newid practis
audit-code-requested-switch = Gofynnodd am newid practis
audit-code-updated-switch = Diweddarodd gais i newid practis
audit-code-moved-practice = Symudodd y person i bractis newydd
