# Anghenion cyfathrebu, cymorth cyfathrebu (dehonglwyr), fersiynau BSL
# o dudalennau a Hawdd ei Ddeall (issue 8).

## Fersiynau eraill o dudalen
versions-bsl-link = Gwylio'r dudalen hon yn Iaith Arwyddion Prydain (BSL)
versions-easy-read-button = Dangos y dudalen hon ar ffurf Hawdd ei Ddeall
versions-standard-button = Dangos fersiwn safonol y dudalen hon

home-find-practice-link = Dod o hyd i bractisau gwaith cymdeithasol a'u cymharu
settings-extras-easy-read = Hawdd ei Ddeall
settings-extras-easy-read-hint = Brawddegau byr gyda llun ar gyfer pob syniad, ar y prif dudalennau.

## Fy anghenion cyfathrebu
needs-title-own = Fy anghenion cyfathrebu
needs-title = Anghenion cyfathrebu
needs-lead-other = Ar gyfer { $name }.
needs-lead = Dywedwch wrthym sut rydych chi'n cyfathrebu, er mwyn i ni wneud pethau'n iawn bob tro. Mae eich gweithiwr cymdeithasol yn gweld hyn bob tro y bydd yn ysgrifennu atoch, ac mae'n mynd gyda'ch cynllun os byddwch chi'n symud practis.
needs-updated = Newidiwyd ddiwethaf gan { $name } ar { $date }.
needs-select-all = Dewiswch bob un sy'n berthnasol.
needs-contact-legend = Sut dylen ni gysylltu â chi?
needs-contact-email = E-bost
needs-contact-email-hint = Rydym yn anfon dolen. Nid yw e-byst byth yn dweud am beth mae neges.
needs-contact-text = Neges destun
needs-contact-text-hint = Mae eich gweithiwr cymdeithasol yn anfon neges destun atoch.
needs-contact-letter = Llythyr
needs-contact-letter-hint = Rydym yn anfon llythyrau atoch drwy'r post. Ni fyddwn yn anfon e-bost atoch.
needs-contact-video = Fideo
needs-contact-video-hint = Er enghraifft, neges fideo BSL neu alwad fideo.
needs-contact-carer = Drwy ofalwr
needs-contact-carer-hint = Rydym yn cysylltu â'r gofalwyr rydych chi wedi'u dewis, yn ogystal â chi.
needs-formats-legend = Ym mha fformatau mae angen gwybodaeth arnoch chi?
needs-format-bsl-video = Fideo BSL
needs-format-bsl-video-hint = Tudalennau a negeseuon yn Iaith Arwyddion Prydain, wedi'u dangos yn gyntaf.
needs-format-bsl-interpreter = Dehonglydd BSL mewn ymweliadau
needs-format-bsl-interpreter-hint = Dehonglydd cofrestredig ym mhob ymweliad ac adolygiad.
needs-format-deafblind-manual = Gwyddor llaw fyddarddall
needs-format-deafblind-manual-hint = Sillafu ar y llaw, neu ddehonglydd i bobl fyddarddall.
needs-format-large-print = Print bras
needs-format-large-print-hint = Dywedwch wrthym pa faint isod.
needs-format-easy-read = Hawdd ei Ddeall
needs-format-easy-read-hint = Brawddegau byr gyda lluniau.
needs-format-braille = Braille
needs-format-braille-hint = Llythyrau printiedig a'ch cynllun mewn braille.
needs-format-audio = Sain
needs-format-audio-hint = Recordiadau y gallwch wrando arnyn nhw.
needs-format-plain-english = Iaith glir
needs-format-plain-english-hint = Geiriau bob dydd, dim jargon.
needs-large-print-size-label = Maint y print bras (dewisol)
needs-large-print-size-hint = Er enghraifft, 18 pwynt neu A3.
needs-meeting-legend = Pa gymorth sydd ei angen arnoch mewn cyfarfodydd?
needs-meeting-interpreter = Dehonglydd
needs-meeting-interpreter-hint = Gallwch ofyn am un ar gyfer pob ymweliad o'r dudalen hon.
needs-meeting-lip-speaker = Siaradwr gwefusau
needs-meeting-lip-speaker-hint = Rhywun sy'n ailadrodd yr hyn a ddywedir, yn glir, er mwyn i chi ddarllen gwefusau.
needs-meeting-hearing-loop = Dolen sain
needs-meeting-hearing-loop-hint = Yn yr ystafell lle rydym yn cyfarfod.
needs-meeting-advocate = Eiriolwr
needs-meeting-advocate-hint = Rhywun annibynnol i'ch helpu i ddweud beth rydych chi ei eisiau.
needs-notes-label = Unrhyw beth arall y dylen ni ei wybod (dewisol)
needs-notes-hint = Yn eich geiriau eich hun. Er enghraifft, "Peidiwch â fy ffonio i, os gwelwch yn dda."
needs-save = Cadw'r anghenion cyfathrebu
needs-saved = Mae eich anghenion cyfathrebu wedi'u cadw.
needs-error-choice = Dewiswch o'r opsiynau a ddangosir
needs-error-size-without-large-print = Dewiswch brint bras, neu gadewch y maint yn wag
needs-support-heading = Angen dehonglydd ar gyfer ymweliad?
needs-support-lead = Gofynnwch am ddehonglydd BSL neu gymorth cyfathrebu arall ar gyfer adolygiad, ymweliad neu gyfarfod.
needs-support-link = Trefnu dehonglydd neu gymorth cyfathrebu arall

## Y faner i staff
needs-banner-contact-email = Cysylltu drwy e-bost
needs-banner-contact-text = Cysylltu drwy neges destun
needs-banner-contact-letter = Cysylltu drwy lythyr, nid e-bost
needs-banner-contact-video = Cysylltu drwy fideo
needs-banner-contact-carer = Cysylltu drwy eu gofalwr hefyd
needs-banner-meeting-interpreter = Angen dehonglydd mewn cyfarfodydd
needs-banner-meeting-lip-speaker = Angen siaradwr gwefusau mewn cyfarfodydd
needs-banner-meeting-hearing-loop = Angen dolen sain mewn cyfarfodydd
needs-banner-meeting-advocate = Angen eiriolwr mewn cyfarfodydd
needs-banner-in-their-words = Yn eu geiriau nhw:
needs-banner-change-link = Gweld neu newid anghenion cyfathrebu

person-link-needs = Anghenion cyfathrebu
person-link-needs-hint = Sut i gysylltu â chi, y fformatau sydd eu hangen arnoch, a chymorth mewn cyfarfodydd.
person-link-support = Trefnu dehonglydd
person-link-support-hint = Gofyn am ddehonglydd BSL neu gymorth arall ar gyfer ymweliad, a gweld beth sydd wedi'i drefnu.

## Cymorth cyfathrebu mewn ymweliadau
support-title = Trefnu dehonglydd neu gymorth cyfathrebu
support-lead = Gofynnwch am y cymorth sydd ei angen arnoch mewn adolygiad, ymweliad neu gyfarfod. Mae eich gweithiwr cymdeithasol yn ei drefnu, a gallwch weld yma pan fydd wedi'i drefnu.
support-relay-lead = Gall pobl fyddar sy'n defnyddio BSL hefyd gysylltu â'r practis drwy wasanaeth cyfnewid fideo:
support-open-heading = Eich ceisiadau
support-none-open = Nid oes gennych unrhyw geisiadau yn aros.
support-closed-heading = Wedi'u cwblhau neu wedi'u canslo
support-ask-heading = Gofyn am gymorth
support-kind-legend = Pa gymorth sydd ei angen arnoch?
support-kind-bsl-interpreter = Dehonglydd BSL
support-kind-hint-bsl-interpreter = Dehonglydd Iaith Arwyddion Prydain cofrestredig.
support-kind-deafblind-interpreter = Dehonglydd i bobl fyddarddall
support-kind-hint-deafblind-interpreter = Arwyddo cyffyrddol, neu'r wyddor llaw fyddarddall.
support-kind-lip-speaker = Siaradwr gwefusau
support-kind-hint-lip-speaker = Yn ailadrodd yr hyn a ddywedir, yn glir, er mwyn darllen gwefusau.
support-kind-hearing-loop = Dolen sain
support-kind-hint-hearing-loop = Dolen gludadwy yn yr ystafell.
support-kind-speech-to-text = Adroddwr lleferydd-i-destun
support-kind-hint-speech-to-text = Yr hyn a ddywedir, wedi'i deipio'n fyw ar sgrin.
support-kind-advocate = Eiriolwr
support-kind-hint-advocate = Rhywun annibynnol i'ch helpu i ddweud eich dweud.
support-occasion-legend = Ar gyfer beth mae hyn?
support-occasion-choice-review = Adolygiad o fy nghynllun
support-occasion-choice-visit = Ymweliad
support-occasion-choice-meeting = Cyfarfod
support-occasion-review = adolygiad
support-occasion-visit = ymweliad
support-occasion-meeting = cyfarfod
support-wanted-on-legend = Beth yw'r dyddiad?
support-wanted-on-hint = Er enghraifft, 27 3 2027.
support-notes-label = Unrhyw beth arall (dewisol)
support-notes-hint = Er enghraifft, dehonglydd rydych chi'n ei adnabod, neu'r amser.
support-ask-button = Anfon y cais
support-asked = Mae eich cais wedi'i anfon. Bydd eich gweithiwr cymdeithasol yn ei drefnu.
support-request-title = { $kind } ar gyfer { $occasion } ar { $date }
support-state-asked = Gofynnwyd
support-state-booked = Wedi'i drefnu
support-state-done = Wedi'i gwblhau
support-state-cancelled = Wedi'i ganslo
support-booked-for = Wedi'i drefnu ar gyfer { $date }.
support-history-label = Beth sydd wedi digwydd
support-event = { $state } ar { $date } gan { $name }
support-update-legend = Diweddaru: { $request }
support-update-booked = Wedi'i drefnu
support-update-done = Wedi'i gwblhau
support-update-cancelled = Wedi'i ganslo
support-booked-on-legend = Wedi'i drefnu ar gyfer (dyddiad)
support-booked-on-hint = Mae angen hwn pan fyddwch chi'n nodi ei fod wedi'i drefnu.
support-note-label = Nodyn i'r person (dewisol)
support-note-hint = Er enghraifft, pwy sy'n dod a phryd. Hyd at 200 nod.
support-update-save = Cadw'r diweddariad
support-updated = Mae'r cais wedi'i ddiweddaru.
support-needs-link = Gweld neu newid anghenion cyfathrebu
support-error-kind = Dewiswch y cymorth sydd ei angen arnoch
support-error-occasion = Dewiswch ar gyfer beth mae hyn
support-error-state = Dewiswch wedi'i drefnu, wedi'i gwblhau neu wedi'i ganslo
support-error-date-past = Rhaid i'r dyddiad fod heddiw neu yn y dyfodol
support-error-date-far = Rhaid i'r dyddiad fod o fewn dwy flynedd

## Fersiynau BSL o dudalennau
bsl-key-home = Hafan
bsl-key-plan = Eich cynllun yn gryno
bsl-key-budget-options = Sut y gellir talu eich cyllideb
bsl-key-messages = Negeseuon: sut i anfon fideo BSL
bsl-key-find-practice = Dod o hyd i bractis
bsl-key-complain = Sut i gwyno
bsl-key-communication = Anghenion cyfathrebu
bsl-player-title = { $page }: yn Iaith Arwyddion Prydain
bsl-demo-notice = Clip enghreifftiol yw hwn, nid BSL go iawn. Mae'n dangos cerdyn lliw. Mae'r capsiynau a'r trawsgrifiad yn dweud beth mae'r dudalen yn ei ddweud.
bsl-captions-other-language = Mae'r capsiynau a'r trawsgrifiad yn Saesneg.
bsl-captions-en = Capsiynau Saesneg
bsl-captions-cy = Capsiynau Cymraeg
bsl-download = Lawrlwytho'r fideo
bsl-transcript-heading = Trawsgrifiad
bsl-back = Yn ôl i { $page }
bsl-language-en = Saesneg
bsl-language-cy = Cymraeg
bsl-library-title = Fersiynau BSL o dudalennau
bsl-library-lead = Gall pob tudalen allweddol gael fideo Iaith Arwyddion Prydain, gyda chapsiynau a thrawsgrifiad, ar gyfer pob iaith. Llwythwch recordiad go iawn i fyny i gymryd lle clip enghreifftiol.
bsl-library-caption = Fideos BSL yn ôl tudalen ac iaith
bsl-library-page = Tudalen
bsl-library-language = Capsiynau
bsl-library-state = Fideo
bsl-library-action = Gweithred
bsl-library-none = Dim fersiwn BSL eto
bsl-library-demo = Clip enghreifftiol (nid BSL go iawn)
bsl-library-uploaded = Wedi'i lwytho i fyny gan { $name } ar { $date }
bsl-library-upload = Llwytho i fyny
bsl-library-upload-label = Llwytho fideo BSL i fyny ar gyfer { $page } gyda chapsiynau { $language }
bsl-upload-title = { $page }: fideo BSL gyda chapsiynau { $language }
bsl-upload-lead = Llwythwch y fideo, ei gapsiynau WebVTT a'r trawsgrifiad llawn i fyny. Mae angen y tri. Mae'r fersiwn newydd yn cymryd lle'r hen un ar unwaith.
bsl-upload-replaces-demo = Mae hwn yn cymryd lle'r clip enghreifftiol.
bsl-upload-replaces = Mae hwn yn cymryd lle'r recordiad presennol.
bsl-upload-see-current = Gwylio'r fersiwn bresennol
bsl-upload-video-label = Fideo BSL
bsl-upload-video-hint = MP4, WebM neu MOV, hyd at { $mb } MB.
bsl-upload-captions-label = Capsiynau (WebVTT)
bsl-upload-captions-hint = Ffeil .vtt gyda chapsiynau wedi'u hamseru.
bsl-upload-transcript-label = Trawsgrifiad
bsl-upload-transcript-hint = Popeth mae'r fideo yn ei ddweud, fel testun. Gadewch linell wag rhwng paragraffau.
bsl-upload-save = Llwytho'r fersiwn BSL i fyny
bsl-upload-saved = Mae'r fersiwn BSL wedi'i llwytho i fyny.
bsl-error-video-missing = Dewiswch y fideo BSL (mae angen dewis ffeiliau eto ar ôl gwall)
bsl-error-captions-missing = Dewiswch y ffeil capsiynau (mae angen dewis ffeiliau eto ar ôl gwall)
bsl-error-transcript-missing = Rhowch y trawsgrifiad
practice-settings-bsl-link = Fersiynau BSL o dudalennau

## Cyfnewid fideo (gosodiadau'r practis)
practice-settings-relay-legend = Gwasanaeth cyfnewid fideo
practice-settings-relay-name = Enw (dewisol)
practice-settings-relay-name-hint = Er enghraifft, SignVideo. Mae pobl fyddar yn ei weld wrth ymyl manylion cysylltu'r practis.
practice-settings-relay-url = Dolen (dewisol)
practice-settings-relay-url-hint = Y cyfeiriad gwe mae pobl yn ei ddefnyddio i'ch ffonio, yn dechrau https://
practice-settings-relay-url-error = Rhowch gyfeiriad gwe sy'n dechrau https://
practice-settings-relay-name-error = Rhowch enw'r gwasanaeth cyfnewid fideo

## Brawddegau'r trywydd archwilio
audit-viewed-communication-needs = Edrychodd { $who } ar eich anghenion cyfathrebu
audit-updated-communication-needs = Newidiodd { $who } eich anghenion cyfathrebu
audit-viewed-support-requests = Edrychodd { $who } ar eich ceisiadau am gymorth cyfathrebu
audit-asked-for-support = Gofynnodd { $who } am gymorth cyfathrebu ar eich rhan
audit-updated-support-request = Diweddarodd { $who } gais am gymorth cyfathrebu

## E-byst neges newydd, wedi'u geirio ar gyfer anghenion cyfathrebu
mail-new-message-body-bsl = Mae gennych neges newydd yn Careway. Efallai mai fideo BSL yw hi. Gallwch ateb gyda fideo BSL hefyd. Mewngofnodwch i'w gweld:
    
    { $link }
    
    Gallwch ddiffodd yr e-byst hyn yn eich cyfrif.
mail-new-message-body-easy = Mae gennych neges newydd.
    
    Cliciwch y ddolen hon i'w darllen:
    { $link }
    
    Gallwch atal yr e-byst hyn yn eich cyfrif.

## Codau archwilio (tudalen archwilio'r practis)
audit-code-viewed-communication-needs = Edrychodd ar anghenion cyfathrebu
audit-code-updated-communication-needs = Newidiodd anghenion cyfathrebu
audit-code-viewed-support-requests = Edrychodd ar geisiadau am gymorth cyfathrebu
audit-code-asked-for-support = Gofynnodd am gymorth cyfathrebu
audit-code-updated-support-request = Diweddarodd gais am gymorth cyfathrebu
