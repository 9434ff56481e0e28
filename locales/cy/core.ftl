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
core-bsl-watch = Gwylio'r dudalen hon yn Iaith Arwyddion Prydain
core-not-found-title = Heb ddod o hyd i'r dudalen
core-not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei ludo, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
core-forbidden-title = Ni allwch weld y dudalen hon
core-forbidden-body = Mae'r dudalen hon am rywun nad oes gennych ganiatâd i weithredu ar ei ran. Os ydych chi'n credu y dylai fod gennych, gofynnwch i'r person neu i'w weithiwr cymdeithasol.
core-unauthorised-title = Mae angen i chi fewngofnodi
core-unauthorised-body = Mewngofnodwch i weld y dudalen hon.
core-internal-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
core-internal-body = Rhowch gynnig arall arni nes ymlaen. Nid oes dim a gadwyd gennych wedi'i golli.
core-go-home = Mynd i'r hafan
