# Hawdd ei Ddeall. Neges `easy-x` yw gefeilles Hawdd ei Ddeall neges `x`:
# mae darllenydd a ddewisodd Hawdd ei Ddeall yn ei chael yn ei lle
# (i18n::t). Lle nad oes gefeilles, mae'n cael y geiriau safonol.
# `easy-points-<page>-<n>` yw pwyntiau Hawdd ei Ddeall tudalen allweddol,
# un syniad yr un, a `…-alt` yw testun amgen y llun wrth ei ymyl.

## Gefeilliaid
easy-home-lead = Mae'r wefan hon yn eich helpu gyda'ch gofal a'ch cymorth.
easy-home-run-by = { $organisation } sy'n rhedeg y wefan hon.
easy-needs-lead = Dywedwch wrthym sut rydych chi'n hoffi siarad â ni.
easy-support-lead = Gallwch ofyn am rywun i'ch helpu i siarad mewn cyfarfod.
easy-practices-find-lead = Dewch o hyd i dîm gwaith cymdeithasol sy'n iawn i chi.
easy-plan-glance-title = Eich cynllun
easy-needs-title-own = Sut rydw i'n cyfathrebu
easy-support-title = Gofyn am help i siarad mewn cyfarfodydd

## Hafan
easy-points-home-1 = Dyma Careway.
easy-points-home-1-alt = Tŷ
easy-points-home-2 = Gallwch ddarllen eich cynllun gofal.
easy-points-home-2-alt = Tudalen gydag ysgrifen
easy-points-home-3 = Gallwch weld eich arian ar gyfer gofal.
easy-points-home-3-alt = Darn punt
easy-points-home-4 = Gallwch anfon neges at eich gweithiwr cymdeithasol.
easy-points-home-4-alt = Swigen siarad
easy-points-home-5 = Gallwch edrych ar dimau gwaith cymdeithasol eraill.
easy-points-home-5-alt = Dau focs ochr yn ochr
easy-points-home-6 = Gallwch ofyn am help unrhyw bryd.
easy-points-home-6-alt = Marc cwestiwn

## Eich cynllun yn gryno
easy-points-plan-1 = Dyma eich cynllun gofal a chymorth.
easy-points-plan-1-alt = Tudalen gydag ysgrifen
easy-points-plan-2 = Mae'n dweud beth sy'n bwysig i chi.
easy-points-plan-2-alt = Tic
easy-points-plan-3 = Mae'n dweud faint o arian sydd gennych ar gyfer gofal.
easy-points-plan-3-alt = Darn punt
easy-points-plan-4 = Gallwch ddweud wrthym os oes rhywbeth o'i le.
easy-points-plan-4-alt = Swigen siarad
easy-points-plan-5 = Byddwn yn edrych ar eich cynllun eto ar ddyddiad penodol.
easy-points-plan-5-alt = Calendr

## Sut y gellir talu eich cyllideb
easy-points-budget-options-1 = Mae gennych arian ar gyfer eich gofal.
easy-points-budget-options-1-alt = Darn punt
easy-points-budget-options-2 = Gallwch ddewis pwy sy'n gofalu am yr arian.
easy-points-budget-options-2-alt = Dau berson
easy-points-budget-options-3 = Gallwch gael yr arian eich hun.
easy-points-budget-options-3-alt = Tudalen gydag ysgrifen
easy-points-budget-options-4 = Gallwch newid eich meddwl yn nes ymlaen.
easy-points-budget-options-4-alt = Dwy saeth yn mynd i gyfeiriadau gwahanol
easy-points-budget-options-5 = Bydd eich gweithiwr cymdeithasol yn eich helpu i ddewis.
easy-points-budget-options-5-alt = Swigen siarad

## Negeseuon
easy-points-messages-1 = Gallwch anfon neges at eich gweithiwr cymdeithasol.
easy-points-messages-1-alt = Swigen siarad
easy-points-messages-2 = Gallwch anfon fideo.
easy-points-messages-2-alt = Camera fideo
easy-points-messages-3 = Gallwch arwyddo yn BSL yn eich fideo.
easy-points-messages-3-alt = Llaw yn arwyddo
easy-points-messages-4 = Byddwn yn dweud wrthych pan fyddwn wedi'i darllen.
easy-points-messages-4-alt = Tic
easy-points-messages-5 = Gall gofalwr eich helpu i ysgrifennu.
easy-points-messages-5-alt = Dau berson

## Dod o hyd i bractis
easy-points-find-practice-1 = Gallwch chwilio am dîm gwaith cymdeithasol.
easy-points-find-practice-1-alt = Chwyddwydr
easy-points-find-practice-2 = Mae rhai timau'n helpu pobl fel chi.
easy-points-find-practice-2-alt = Dau berson
easy-points-find-practice-3 = Mae rhai timau'n arwyddo yn BSL.
easy-points-find-practice-3-alt = Llaw yn arwyddo
easy-points-find-practice-4 = Gallwch edrych ar dimau ochr yn ochr.
easy-points-find-practice-4-alt = Dau focs ochr yn ochr
easy-points-find-practice-5 = Gallwch ofyn am symud i dîm newydd.
easy-points-find-practice-5-alt = Dwy saeth yn mynd i gyfeiriadau gwahanol

## Sut i gwyno
easy-points-complain-1 = Gallwch ddweud wrthym os nad ydych chi'n hapus.
easy-points-complain-1-alt = Swigen siarad gyda marc rhybudd
easy-points-complain-2 = Ni fydd yn newid eich gofal.
easy-points-complain-2-alt = Tarian gyda thic
easy-points-complain-3 = Gall rhywun eich helpu i'w ddweud.
easy-points-complain-3-alt = Dau berson
easy-points-complain-4 = Byddwn yn eich ateb erbyn dyddiad penodol.
easy-points-complain-4-alt = Calendr
easy-points-complain-5 = Gallwch ofyn i rywun arall os nad ydych chi'n hapus o hyd.
easy-points-complain-5-alt = Marc cwestiwn

## Anghenion cyfathrebu
easy-points-communication-1 = Dywedwch wrthym sut rydych chi'n siarad ac yn gwrando.
easy-points-communication-1-alt = Clust
easy-points-communication-2 = Gallwch ofyn am BSL.
easy-points-communication-2-alt = Llaw yn arwyddo
easy-points-communication-3 = Gallwch ofyn am ysgrifen fawr neu Hawdd ei Ddeall.
easy-points-communication-3-alt = Tudalen gydag ysgrifen
easy-points-communication-4 = Gallwch ofyn am rywun i helpu mewn cyfarfodydd.
easy-points-communication-4-alt = Dau berson
easy-points-communication-5 = Byddwn yn gwneud beth rydych chi'n ei ofyn.
easy-points-communication-5-alt = Tic
