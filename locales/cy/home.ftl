# Yr hafan.
home-title = Hafan
home-heading = Eich gofal a'ch cymorth, mewn un lle
home-lead = Mae { -service-name } yn gadael i chi ddarllen eich cynllun gofal a chymorth, dewis sut mae eich cyllideb bersonol yn cael ei thalu, ac anfon neges at eich gweithiwr cymdeithasol, yn ysgrifenedig neu yn Iaith Arwyddion Prydain.
home-run-by = Mae'r gwasanaeth hwn yn cael ei redeg gan { $organisation }.
home-what-heading = Beth allwch chi ei wneud yma
home-what-plan = darllen eich cynllun gofal a chymorth a gofyn cwestiynau amdano
home-what-budget = dewis sut mae eich cyllideb bersonol yn cael ei thalu a gweld beth sydd wedi'i wario
home-what-message = anfon neges at eich gweithiwr cymdeithasol, fel testun neu fel fideo BSL
home-what-carers = gadael i ofalwr eich helpu, gan weld dim ond yr hyn rydych chi'n dewis ei rannu
home-what-compare = cymharu practisau gwaith cymdeithasol a gofyn am symud i un arall
home-access-heading = Gwneud iddo weithio i chi
home-access-body = Gallwch wneud y testun yn fwy, defnyddio cynllun lliw cyferbyniad uchel, ychwanegu bylchau ychwanegol a diffodd symudiad. Mae eich dewisiadau'n berthnasol ar bob tudalen.
home-access-settings-link = Newid gosodiadau arddangos
