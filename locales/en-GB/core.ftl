# Words used on every page: the shell, components and error pages.
-service-name = Careway

core-title = { $page } – { $service }
core-title-with-error = Error: { $page } – { $service }
core-skip-link = Skip to main content
core-error-prefix = Error:
core-error-summary-title = There is a problem
core-character-count-remaining = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
core-character-count-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}
core-results-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
core-date-day = Day
core-date-month = Month
core-date-year = Year
core-back = Back
core-banner-success = Success
core-banner-important = Important
core-pagination-label = Pagination
core-pagination-previous = Previous page
core-pagination-next = Next page
core-pagination-page = Page { $number }
core-breadcrumbs-label = Breadcrumb
core-nav-label = Menu
core-nav-home = Home
core-nav-display-settings = Display settings
core-nav-help = Help
core-language-label = Language
core-language-name = English
core-emergency-title = Not for emergencies
core-emergency-body = { -service-name } is not for emergencies. If someone is in danger now, call 999. If you are deaf or cannot speak, text 999 after registering with emergencySMS. For urgent help with care out of hours, phone your council's emergency duty team.
core-footer-links-heading = Support links
core-footer-help = Help
core-footer-contact = Contact us
core-footer-accessibility = Accessibility statement
core-footer-privacy = Privacy notice
core-footer-display-settings = Display settings
core-footer-run-by = Run by { $organisation }
core-not-found-title = Page not found
core-not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.
core-forbidden-title = You cannot see this page
core-forbidden-body = This page is about someone you do not have permission to act for. If you think you should, ask the person or their social worker.
core-unauthorised-title = You need to sign in
core-unauthorised-body = Sign in to see this page.
core-internal-title = Sorry, there is a problem with the service
core-internal-body = Try again later. Nothing you had saved has been lost.
core-unavailable-title = Sorry, the service is not available just now
core-unavailable-body = Try again in a few seconds. Nothing you had saved has been lost. If you were sending a form, go back and send it again: it will not be sent twice.
core-go-home = Go to the home page

## Signed in
core-nav-sign-in = Sign in
core-nav-account = Your account
core-nav-my-record = Your record
core-nav-carers = Your carers
core-nav-their-record = Their record
core-nav-acting-for = Who you help
core-nav-caseload = Your caseload
core-nav-practice-people = People
core-nav-staff = Staff
core-nav-audit = Audit trail
core-signed-in-as = Signed in as { $name }
core-sign-out = Sign out
core-acting-for-label = Who you are acting for
core-acting-for = You are acting for { $name }.
core-acting-for-change = Change who you are acting for
core-acting-for-choose = Choose who you are acting for

## Pages of results
core-previous = Previous page
core-next = Next page
core-page-of = Page { $page } of { $pages }

## Dates and times (UK time)
core-date = { $day } { $month } { $year }
core-date-time = { $date } at { $time }
core-time-am = { $hour }:{ $minute }am
core-time-pm = { $hour }:{ $minute }pm
core-month-1 = January
core-month-2 = February
core-month-3 = March
core-month-4 = April
core-month-5 = May
core-month-6 = June
core-month-7 = July
core-month-8 = August
core-month-9 = September
core-month-10 = October
core-month-11 = November
core-month-12 = December

## Roles
role-person = person receiving support
role-carer = carer
role-social-worker = social worker
role-practice-manager = practice manager
core-error-too-long = This must be { $count } characters or fewer
core-bad-request-title = Something was wrong with what was sent
core-bad-request-body = Go back and try again. If it keeps happening, contact us.
