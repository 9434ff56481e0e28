# Cwynion, canmoliaeth ac adborth (mater 9).

core-nav-complaints = Cwynion
core-footer-complain = Sut i gwyno
role-commissioner = comisiynydd y cyngor
person-link-complaints = Cwynion ac adborth
person-link-complaints-hint = Cwyno, neu ddweud beth aeth yn dda, a dilyn beth sy'n digwydd. Ni fydd yn effeithio ar eich gofal.

## Sut i gwyno
complain-title = Sut i gwyno
complain-lead = Os ydych chi'n anhapus â'ch gwaith cymdeithasol, gallwch gwyno. Mae am ddim, ac ni fydd yn effeithio ar eich gofal.
complain-start = Gwneud cwyn neu roi adborth
complain-safe-heading = Ni fydd yn effeithio ar eich gofal
complain-safe-body = Ni chaiff neb eich trin yn wahanol am eich bod wedi cwyno. Os byddai'n well gennych i'r practis beidio â delio â hi, gallwch ei hanfon at y cyngor sy'n talu am y practis yn lle hynny.
complain-who-heading = Pwy sy'n delio â hi
complain-who-practice = Y practis yn gyntaf. Mae'n dweud wrthych ei fod wedi cael eich cwyn o fewn 3 diwrnod gwaith, ac yn anfon ateb llawn atoch.
complain-who-council = Y cyngor sy'n comisiynu'r practis, os byddai'n well gennych beidio â mynd at y practis, neu os nad ydych chi'n hapus â'i ateb.
complain-who-ombudsman = Yr Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol, os nad ydych chi'n hapus o hyd. Mae'r Ombwdsmon yn annibynnol ac am ddim.
complain-time-heading = Terfynau amser
complain-time-make = Cwynwch o fewn 12 mis i'r hyn a ddigwyddodd, neu i'r adeg y daethoch chi i wybod amdano. Os yw'n hwyrach, dywedwch pam: gellir edrych arni o hyd.
complain-time-ack = Rydym yn dweud wrthych ein bod wedi cael eich cwyn o fewn 3 diwrnod gwaith.
complain-time-response = Byddwch chi'n cael ateb llawn erbyn y dyddiad a roddwn i chi, fel arfer o fewn 20 diwrnod gwaith.
complain-time-ombudsman = Gallwch fynd at yr Ombwdsmon o fewn 12 mis, unwaith y bydd y cyngor wedi ateb.
complain-advocate-heading = Cael help i gwyno
complain-advocate-body = Gall eiriolwr annibynnol eich helpu i wneud cwyn a dweud beth rydych chi ei eisiau. Mae am ddim. Gofynnwch i'ch cyngor, i'ch practis, neu i wasanaeth eiriolaeth lleol. Gallwch hefyd ofyn i ofalwr, ffrind neu aelod o'r teulu eich helpu.
complain-status-heading = Wedi cwyno yn barod?
complain-status-link = Gwirio cwyn gyda'i chyfeirnod a'i chod gwirio
complain-practices-heading = Trefn gwyno pob practis
complain-practice-link = { $name }: trefn gwyno
complain-practice-no-link = gofynnwch i'r practis am ei drefn gwyno
complain-ombudsman-heading = Yr Ombwdsmon
complain-ombudsman-body = Mae'r Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol yn edrych ar gwynion am ofal cymdeithasol i oedolion unwaith y bydd y cyngor wedi cael cyfle i unioni pethau.
complain-ombudsman-link = Cwyno wrth yr Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (yn agor gwefan yr Ombwdsmon)
complain-ombudsman-phone = Ffoniwch yr Ombwdsmon: { $phone }

## Y ffurflen
complaints-form-title = Gwneud cwyn neu roi adborth
complaints-for = Ar gyfer { $name }.
complaints-form-lead = Dywedwch wrthym beth ddigwyddodd yn eich geiriau eich hun. Gallwch wirio popeth cyn ei anfon.
complaints-kind-legend = Beth hoffech chi ei wneud?
complaints-kind-complaint = Gwneud cwyn
complaints-kind-hint-complaint = Aeth rhywbeth o'i le ac rydych chi eisiau iddo gael ei unioni.
complaints-kind-compliment = Rhoi canmoliaeth
complaints-kind-hint-compliment = Aeth rhywbeth yn dda ac rydych chi eisiau dweud hynny.
complaints-kind-feedback = Rhoi adborth
complaints-kind-hint-feedback = Syniad, neu rywbeth y gallen ni ei wneud yn well.
complaints-practice-label = Am ba bractis mae hyn?
complaints-practice-hint = Y practis gwaith cymdeithasol sy'n eich cefnogi.
complaints-choose = Dewiswch
complaints-route-legend = Pwy ddylai ddelio â hyn?
complaints-route-hint = Gallwch ei anfon at y cyngor yn lle'r practis. Ni fydd staff y practis yn ei weld.
complaints-route-practice = Y practis
complaints-route-practice-hint = Fel arfer, dyma'r ffordd gyflymaf o unioni pethau.
complaints-route-council = Y cyngor sy'n comisiynu'r practis
complaints-route-council-hint = Os byddai'n well gennych i'r practis beidio â delio â hyn.
complaints-route-council-named = Y cyngor: { $council }
complaints-council-label = Pa gyngor? (dim ond os byddwch chi'n ei anfon at y cyngor)
complaints-council-hint = Y cyngor ar gyfer yr ardal lle rydych chi'n byw.
complaints-what-label = Beth ddigwyddodd?
complaints-what-hint = Pwy oedd yn rhan ohono, a sut effeithiodd arnoch chi.
complaints-when-label = Pryd ddigwyddodd hyn? (dewisol)
complaints-when-hint = Er enghraifft, "dydd Mawrth diwethaf" neu "ers mis Mawrth".
complaints-outcome-label = Beth hoffech chi iddo ddigwydd? (dewisol)
complaints-outcome-hint = Er enghraifft, ymddiheuriad, newid, neu gyfarfod.
complaints-files-label = Llythyrau, lluniau neu ddogfennau (dewisol)
complaints-files-hint = PDF, JPEG, PNG neu destun plaen, hyd at { $mb } MB yr un, { $files } ffeil ar y mwyaf.
complaints-files-kept = Wedi'u hatodi'n barod (does dim angen i chi ddewis y rhain eto):
complaints-contact-legend = Eich manylion cysylltu (dewisol)
complaints-contact-lead = Gadewch y rhain yn wag os nad ydych chi eisiau eu rhoi. Byddwch chi'n cael cyfeirnod a chod gwirio i weld beth sy'n digwydd.
complaints-contact-name = Eich enw
complaints-contact-email = Cyfeiriad e-bost
complaints-contact-phone = Rhif ffôn
complaints-continue = Parhau
complaints-error-kind = Dewiswch beth hoffech chi ei wneud
complaints-error-route = Dewiswch pwy ddylai ddelio â hyn
complaints-error-practice = Dewiswch y practis y mae hyn yn ymwneud ag ef
complaints-error-council = Dewiswch y cyngor
complaints-error-what = Dywedwch wrthym beth ddigwyddodd
complaints-error-phone = Rhowch rif ffôn gan ddefnyddio rhifau, bylchau, cromfachau a + yn unig
complaints-error-file-type = Rhaid i ffeiliau fod yn PDF, JPEG, PNG neu destun plaen

## Gwirio eich atebion
complaints-check-title = Gwiriwch eich atebion
complaints-change = Newid
complaints-not-given = Heb ei roi
complaints-check-nothing = Does dim byd i'w wirio eto.
complaints-check-start = Dechrau cwyn neu adborth
complaints-check-send-heading = Nawr, anfonwch hyn
complaints-check-send-lead = Drwy anfon hwn, rydych chi'n gofyn i rywun edrych arno. Byddwch chi'n cael cyfeirnod.
complaints-send = Anfon
complaints-sent = Wedi'i anfon. Mae eich cyfeirnod i'w weld isod.
complaints-done-title = Wedi'i anfon
complaints-done-reference = Eich cyfeirnod
complaints-done-code = Eich cod gwirio yw { $code }. Mae ei angen arnoch chi, gyda'r cyfeirnod, i weld beth sy'n digwydd.
complaints-done-keep = Ysgrifennwch y ddau i lawr neu tynnwch lun ohonyn nhw. Ni allwn ddangos y cod gwirio eto.
complaints-done-next = Byddwn yn dweud wrthych ein bod wedi'i gael o fewn 3 diwrnod gwaith, os rhoesoch chi fanylion cysylltu.

## Dilyn beth sy'n digwydd
complaints-status-title = Gwirio cwyn
complaints-status-lead = Rhowch y cyfeirnod a'r cod gwirio a gawsoch chi.
complaints-reference = Cyfeirnod
complaints-reference-hint = Er enghraifft, CW-ABCD-EFGH.
complaints-code = Cod gwirio
complaints-code-hint = Yr 8 llythyren a rhif a ddangoswyd pan wnaethoch chi ei anfon.
complaints-status-button = Gwirio
complaints-error-reference = Rhowch y cyfeirnod
complaints-error-not-found = Ni allem ddod o hyd i gŵyn gyda'r cyfeirnod a'r cod gwirio hynny. Gwiriwch y ddau a rhowch gynnig arall arni.
complaints-one-title = Cwyn { $reference }
complaints-sent-to = Anfonwyd at
complaints-sent-to-practice = { $practice }
complaints-sent-to-council = { $council } (y cyngor)
complaints-status = Statws
complaints-received = Wedi dod i law
complaints-respond-by = Ateb yn ddyledus erbyn
complaints-ack-by = Cydnabod erbyn
complaints-history-heading = Beth sydd wedi digwydd
complaints-event = { $state } ar { $date }
complaints-event-by = { $state } ar { $date }, gan { $name }
complaints-state-received = Wedi dod i law
complaints-state-acknowledged = Wedi'i chydnabod
complaints-state-investigating = Wrthi'n ymchwilio iddi
complaints-state-response-sent = Ateb wedi'i anfon
complaints-state-resolved = Wedi'i datrys
complaints-state-escalated = Wedi mynd ymhellach
complaints-response-heading = Yr ateb
complaints-satisfied-legend = Ydych chi'n hapus â'r ateb?
complaints-satisfied-yes = Ydw, mae hyn yn datrys y mater
complaints-satisfied-no = Nac ydw
complaints-satisfied-no-hint = Byddwn yn dweud wrthych sut i fynd â hi ymhellach.
complaints-satisfied-save = Anfon
complaints-answered = Diolch. Rydym wedi cael eich ateb.
complaints-escalate-heading = Mynd â hi ymhellach
complaints-escalate-body = Os nad yw ateb y practis yn unioni pethau, bydd y cyngor sy'n ei gomisiynu yn edrych ar eich cwyn. Os nad ydych chi'n hapus o hyd ar ôl ateb y cyngor, gallwch fynd at yr Ombwdsmon.
complaints-mine-title = Cwynion ac adborth
complaints-mine-lead = Cwynion, canmoliaeth ac adborth am y practis. Ni fydd cwyno yn effeithio ar eich gofal.
complaints-mine-none = Dim byd eto.
complaints-mine-caption = Eich cwynion a'ch adborth, y mwyaf diweddar yn gyntaf
complaints-how-link = Sut mae cwynion yn gweithio, a phwy arall all helpu

## Delio â chwynion
complaints-queue-title = Cwynion
complaints-queue-lead-practice = Cwynion, canmoliaeth ac adborth a anfonwyd at eich practis. Nid yw cwynion a anfonwyd at y cyngor yn cael eu dangos yma.
complaints-queue-lead-council = Cwynion a anfonwyd at eich cyngor yn lle'r practis. Ni all staff y practis weld y rhain.
complaints-queue-show-all = Dangos y rhai sydd wedi'u datrys hefyd
complaints-queue-open-only = Dangos y rhai agored yn unig
complaints-queue-none = Does dim byd yma.
complaints-queue-caption = { $count ->
    [one] 1 gŵyn neu ddarn o adborth
    [two] { $count } gŵyn neu ddarn o adborth
   *[other] { $count } cwyn neu ddarn o adborth
}
complaints-overdue = Yn hwyr
complaints-from = Gan
complaints-anonymous = Rhywun heb gyfrif
complaints-assigned = Yn cael sylw gan
complaints-unassigned = Neb eto
complaints-internal = Nodyn mewnol
complaints-was-satisfied = Dywedodd y person fod yr ateb yn datrys y mater.
complaints-was-not-satisfied = Dywedodd y person nad yw'n hapus â'r ateb.
complaints-act-heading = Cofnodi beth wnaethoch chi
complaints-assign-label = Yn cael sylw gan
complaints-move-legend = Symud ymlaen (dewisol)
complaints-move-hint = Gadewch hyn heb ei ddewis i gofnodi nodyn yn unig.
complaints-move-acknowledged = Wedi'i chydnabod
complaints-move-investigating = Wrthi'n ymchwilio iddi
complaints-move-response-sent = Anfon yr ateb (y nodyn yw'r ateb)
complaints-move-resolved = Wedi'i datrys
complaints-move-escalated = Wedi mynd ymhellach
complaints-note-label = Nodyn
complaints-note-hint = Mae'r person yn ei weld, oni bai eich bod yn ei farcio'n fewnol.
complaints-internal-legend = Pwy sy'n gweld y nodyn
complaints-internal-choice = Mewnol: ddim yn cael ei ddangos i'r person
complaints-internal-hint = Er enghraifft, â phwy y buoch chi'n siarad.
complaints-act-save = Cadw
complaints-act-saved = Wedi'i gadw.
complaints-error-assign = Dewiswch rywun o'r rhestr
complaints-error-state = Dewiswch un o'r opsiynau a ddangosir
complaints-error-response = Ysgrifennwch yr ateb yn y nodyn, a pheidiwch â'i farcio'n fewnol
complaints-error-nothing = Dewiswch statws newydd, ysgrifennwch nodyn, neu newidiwch pwy sy'n delio â hi

## Trywydd archwilio
audit-made-complaint = Gwnaeth { $who } gŵyn neu rhoddodd adborth ar eich rhan
audit-viewed-complaint = Edrychodd { $who } ar eich cwyn
audit-updated-complaint = Cofnododd { $who } rywbeth ar eich cwyn
audit-code-made-complaint = Gwnaeth gŵyn
audit-code-viewed-complaint = Edrychodd ar gŵyn
audit-code-updated-complaint = Cofnododd rywbeth ar gŵyn

## E-byst (cyfeirnod a dolen, byth unrhyw fanylion)
mail-complaint-received-subject = Rydym wedi cael eich cwyn neu'ch adborth ({ $reference })
mail-complaint-received-body = Diolch. Rydym wedi'i gael, a'i gyfeirnod yw { $reference }. Gwelwch beth sy'n digwydd yma:
    
    { $link }
mail-complaint-updated-subject = Mae ateb i'ch cwyn ({ $reference })
mail-complaint-updated-body = Mae ateb i'ch cwyn { $reference }. Darllenwch ef yma:
    
    { $link }

## Gosodiadau'r practis
practice-settings-complaint-ack = Cydnabod cwynion o fewn (diwrnodau gwaith)
practice-settings-complaint-ack-hint = O 1 i 10. Caiff pobl wybod hyn pan fyddant yn cwyno. Nid yw penwythnosau a gwyliau banc yn cyfrif.
practice-settings-complaint-response = Ateb cwynion o fewn (diwrnodau gwaith)
practice-settings-complaint-response-hint = O 5 i 60. Bydd cwynion heb eu hateb erbyn hynny yn dangos yn hwyr, ac yn cyfrif yn erbyn ffigur cyhoeddedig y practis.
practice-settings-days-range = Rhowch nifer cyfan o ddiwrnodau gwaith, hyd at { $count }
