# Geiriau a ddefnyddir ar bob tudalen: y gragen, y cydrannau a thudalennau gwall.
-service-name = Careway

core-title = { $page } – { $service }
core-title-with-error = Gwall: { $page } – { $service }
core-skip-link = Neidio i'r prif gynnwys
core-error-prefix = Gwall:
core-error-summary-title = Mae problem wedi codi
core-character-count-remaining = { $count ->
    [zero] Mae gennych { $count } nod ar ôl
    [one] Mae gennych { $count } nod ar ôl
    [two] Mae gennych { $count } nod ar ôl
    [few] Mae gennych { $count } nod ar ôl
    [many] Mae gennych { $count } nod ar ôl
   *[other] Mae gennych { $count } nod ar ôl
}
core-character-count-over = { $count ->
    [one] Mae gennych { $count } nod yn ormod
   *[other] Mae gennych { $count } nod yn ormod
}
core-results-count = { $count ->
    [zero] { $count } canlyniad
    [one] { $count } canlyniad
    [two] { $count } ganlyniad
    [few] { $count } chanlyniad
    [many] { $count } chanlyniad
   *[other] { $count } canlyniad
}
core-date-day = Diwrnod
core-date-month = Mis
core-date-year = Blwyddyn
core-back = Yn ôl
core-banner-success = Llwyddiant
core-banner-important = Pwysig
core-pagination-label = Tudalennau
core-pagination-previous = Tudalen flaenorol
core-pagination-next = Tudalen nesaf
core-pagination-page = Tudalen { $number }
core-breadcrumbs-label = Briwsion bara
core-nav-label = Dewislen
core-nav-home = Hafan
core-nav-display-settings = Gosodiadau arddangos
core-nav-help = Help
core-language-label = Iaith
core-language-name = Cymraeg
core-emergency-title = Nid ar gyfer argyfyngau
core-emergency-body = Nid yw { -service-name } ar gyfer argyfyngau. Os oes rhywun mewn perygl nawr, ffoniwch 999. Os ydych chi'n fyddar neu'n methu siarad, tecstiwch 999 ar ôl cofrestru gydag emergencySMS. Am help brys gyda gofal y tu allan i oriau, ffoniwch dîm dyletswydd brys eich cyngor.
core-footer-links-heading = Dolenni cymorth
core-footer-help = Help
core-footer-contact = Cysylltu â ni
core-footer-accessibility = Datganiad hygyrchedd
core-footer-privacy = Hysbysiad preifatrwydd
core-footer-display-settings = Gosodiadau arddangos
core-footer-run-by = Yn cael ei redeg gan { $organisation }
core-not-found-title = Heb ddod o hyd i'r dudalen
core-not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei ludo, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
core-forbidden-title = Ni allwch weld y dudalen hon
core-forbidden-body = Mae'r dudalen hon am rywun nad oes gennych ganiatâd i weithredu ar ei ran. Os ydych chi'n credu y dylai fod gennych, gofynnwch i'r person neu i'w weithiwr cymdeithasol.
core-unauthorised-title = Mae angen i chi fewngofnodi
core-unauthorised-body = Mewngofnodwch i weld y dudalen hon.
core-internal-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
core-internal-body = Rhowch gynnig arall arni nes ymlaen. Nid oes dim a gadwyd gennych wedi'i golli.
core-unavailable-title = Mae'n ddrwg gennym, nid yw'r gwasanaeth ar gael ar hyn o bryd
core-unavailable-body = Rhowch gynnig arall arni ymhen ychydig eiliadau. Nid oes dim a gadwyd gennych wedi'i golli. Os oeddech chi'n anfon ffurflen, ewch yn ôl a'i hanfon eto: ni fydd yn cael ei hanfon ddwywaith.
core-go-home = Mynd i'r hafan

## Wedi mewngofnodi
core-nav-sign-in = Mewngofnodi
core-nav-account = Eich cyfrif
core-nav-my-record = Eich cofnod
core-nav-carers = Eich gofalwyr
core-nav-their-record = Eu cofnod
core-nav-acting-for = Pwy rydych chi'n eu helpu
core-nav-caseload = Eich llwyth achosion
core-nav-practice-people = Pobl
core-nav-staff = Staff
core-nav-audit = Trywydd archwilio
core-signed-in-as = Wedi mewngofnodi fel { $name }
core-sign-out = Allgofnodi
core-acting-for-label = Ar ran pwy rydych chi'n gweithredu
core-acting-for = Rydych chi'n gweithredu ar ran { $name }.
core-acting-for-change = Newid ar ran pwy rydych chi'n gweithredu
core-acting-for-choose = Dewis ar ran pwy rydych chi'n gweithredu

## Tudalennau o ganlyniadau
core-previous = Tudalen flaenorol
core-next = Tudalen nesaf
core-page-of = Tudalen { $page } o { $pages }

## Dyddiadau ac amseroedd (amser y DU)
core-date = { $day } { $month } { $year }
core-date-time = { $date } am { $time }
core-time-am = { $hour }:{ $minute }yb
core-time-pm = { $hour }:{ $minute }yh
core-month-1 = Ionawr
core-month-2 = Chwefror
core-month-3 = Mawrth
core-month-4 = Ebrill
core-month-5 = Mai
core-month-6 = Mehefin
core-month-7 = Gorffennaf
core-month-8 = Awst
core-month-9 = Medi
core-month-10 = Hydref
core-month-11 = Tachwedd
core-month-12 = Rhagfyr

## Rolau
role-person = person sy'n cael cymorth
role-carer = gofalwr
role-social-worker = gweithiwr cymdeithasol
role-practice-manager = rheolwr y practis
core-error-too-long = Rhaid i hwn fod yn { $count } nod neu lai
core-bad-request-title = Roedd rhywbeth o'i le gyda'r hyn a anfonwyd
core-bad-request-body = Ewch yn ôl a rhowch gynnig arall arni. Os yw'n dal i ddigwydd, cysylltwch â ni.
