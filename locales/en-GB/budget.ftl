## The personal budget and how it is paid
budget-title = Personal budget
budget-title-own = Your personal budget
budget-no-plan = There is no agreed plan yet, so there is no personal budget to show.
budget-paid-how = How it is paid
budget-not-chosen = Not chosen yet
budget-options-title = How your budget can be paid
budget-options-intro = There are different ways to get the money in your personal budget to the support you need. You choose, with help if you want it.
budget-options-link = Compare the ways your budget can be paid
budget-easy-read-link = Easy Read: how your budget can be paid
budget-options-lead = Each way is shown side by side below: what it means, what you would need to do, the help you can get, and what is good and harder about it. Your social worker will talk it through with you if you want.
budget-options-amount = Your personal budget is { $amount } a week.
budget-options-needs = It pays for support with these needs:
budget-comparison-caption = The ways your budget can be paid, side by side
budget-options-change = You can change how your budget is paid later. Nothing changes until you and your social worker agree.
budget-choose-start = Choose how your budget is paid
budget-requests-heading = Your choices so far
budget-requests-none = No choice has been sent yet.
budget-request-heading = Sent by { $name } on { $date }
budget-request-status = Where it has got to
budget-request-status-sent = Sent to the social worker
budget-request-status-agreed = Agreed
budget-request-status-discuss = To talk about
budget-request-answer = The social worker's answer
budget-request-answer-by = { $name }, { $date }: { $note }
budget-respond-link = Answer this choice
budget-discussions-link = Record of the discussion about budget options
budget-none-given = None

budget-option-direct-payment = A direct payment
budget-option-managed-account = A managed account
budget-option-individual-service-fund = An individual service fund
budget-option-council-arranged = Services the council arranges
budget-option-mixed = A mix of these

budget-aspect-means = What it means
budget-aspect-you-do = What you would need to do
budget-aspect-support = Help you can get
budget-aspect-pros = Good things
budget-aspect-cons = Harder things
budget-aspect-covers = Which of your needs it can pay for

budget-direct-payment-means = The council pays your budget to you, or to someone you nominate, and you arrange and pay for your own support.
budget-direct-payment-you-do = Arrange your support. If you employ a personal assistant you become an employer: payroll, employer's liability insurance, a workplace pension and DBS checks. Keep receipts and records, and send the council a return every 3 months.
budget-direct-payment-support = A direct payment support service can help with finding staff, payroll and paperwork, paid from the budget. The money comes on a prepaid card or into a separate bank account.
budget-direct-payment-pros = The most choice and control: who helps you, when, and how.
budget-direct-payment-cons = The most to do, and you are responsible for how the money is spent.
budget-managed-account-means = An organisation holds the money for you and pays for your support as you direct.
budget-managed-account-you-do = Choose your support and tell the organisation. They pay the bills and keep the records.
budget-managed-account-support = The organisation handles payments, payroll and records. It may charge a fee from the budget.
budget-managed-account-pros = Choice, without handling the money or the paperwork.
budget-managed-account-cons = A fee may come out of the budget, and you have a little less direct control.
budget-individual-service-fund-means = A care provider you choose holds the budget and uses it flexibly to give you the support in your plan.
budget-individual-service-fund-you-do = Choose the provider, and agree with them how your support will work.
budget-individual-service-fund-support = The provider plans and arranges support with you, and reports to the council.
budget-individual-service-fund-pros = Flexible support from one provider, with little paperwork for you.
budget-individual-service-fund-cons = You are tied to one provider. Changing means moving the fund.
budget-council-arranged-means = The council arranges and pays for your support, with providers it has contracts with.
budget-council-arranged-you-do = Tell your social worker what works for you and what does not.
budget-council-arranged-support = Your social worker arranges it all and reviews it with you.
budget-council-arranged-pros = The least for you to do.
budget-council-arranged-cons = Less choice over who helps you and when.
budget-mixed-means = Part of your budget is paid one way and part another: for example, a direct payment for a personal assistant and council-arranged day care.
budget-mixed-you-do = What each part needs: for example, keeping direct payment records for that part only.
budget-mixed-support = The help that goes with each part.
budget-mixed-pros = Choice where it matters most to you, and less to do elsewhere.
budget-mixed-cons = More than one arrangement to keep track of.
budget-covers-all = All the needs above
budget-covers-mixed = Some needs one way and some another. You and your social worker decide which.

## Easy Read
budget-easy-title = Your money for support: Easy Read
budget-easy-lead = The council gives you money for your support. This money is called a personal budget.
budget-easy-amount = Your personal budget is { $amount } each week.
budget-easy-choose = You can choose how the money gets to your support. There are 5 ways.
budget-easy-good = Good:
budget-easy-hard = Harder:
budget-easy-direct-payment-means = The money comes to you. You pay for your support yourself.
budget-easy-direct-payment-good = You choose who helps you and when.
budget-easy-direct-payment-hard = You keep receipts. If you pay a helper, you are their boss.
budget-easy-managed-account-means = A company looks after the money. It pays for the support you choose.
budget-easy-managed-account-good = You choose. They do the paperwork.
budget-easy-managed-account-hard = They may take some money as a fee.
budget-easy-individual-service-fund-means = A care company you choose looks after the money and gives you support.
budget-easy-individual-service-fund-good = One company sorts out your support.
budget-easy-individual-service-fund-hard = It is harder to change company.
budget-easy-council-arranged-means = The council sorts out your support for you.
budget-easy-council-arranged-good = You do not have much to do.
budget-easy-council-arranged-hard = You have less choice.
budget-easy-mixed-means = Some money one way, some money another way.
budget-easy-mixed-good = You choose what suits you for each part.
budget-easy-mixed-hard = There is more to remember.
budget-easy-help-heading = Help
budget-easy-help = Your social worker can help you choose. You can ask for a meeting, a phone call, or a video call in British Sign Language.
budget-easy-standard-link = The same information in standard English

## Choosing, step by step
budget-step-count = Step { $n } of { $total }
budget-step-earlier = Please answer an earlier question first:
budget-step-option = How would you like your budget to be paid?
budget-step-option-hint = You can change this later. Nothing changes until you and your social worker agree.
budget-step-manager = Who will manage it?
budget-step-checks = What do you understand about this choice?
budget-step-checks-hint = Tick each one you are sure about. If you are not sure, leave it, and your social worker will talk it through with you.
budget-step-questions = Questions for your social worker
budget-step-check = Check your answers before sending
budget-manager-person = Me
budget-manager-person-hint = I will manage it myself.
budget-manager-carer = A carer or family member
budget-manager-carer-hint = For example, as my nominated person.
budget-manager-organisation = An organisation
budget-manager-organisation-hint = For example, a managed account provider or a care provider.
budget-manager-name = Their name
budget-manager-name-hint = Only if a carer or an organisation will manage it.
budget-check-what-it-means = I understand what this way of paying means.
budget-check-change-later = I know I can change my mind later.
budget-check-employer = I understand that if I employ a personal assistant, I become an employer.
budget-check-records = I understand that records and receipts must be kept and checked.
budget-checks-none = None ticked
budget-questions-label = Your questions (optional)
budget-questions-hint = Anything you want to ask or say about paying your budget.
budget-talk-legend = Would you like to talk it through?
budget-talk-no = No, thank you
budget-talk-phone = Yes, by phone
budget-talk-visit = Yes, at a visit
budget-talk-video = Yes, by video call (including BSL)
budget-choice-option = How to pay it
budget-choice-manager = Who will manage it
budget-choice-checks = What you understand
budget-choice-questions = Questions
budget-choice-talk = Talk it through
budget-check-talk-note = Your social worker will talk it through with you before anything changes.
budget-check-lead = When you send this, your social worker will see it and answer. Nothing about your support changes until you both agree.
budget-send = Send my choice
budget-continue = Continue
budget-choice-sent = Your choice has been sent to your social worker.
budget-error-option = Choose how you would like your budget to be paid
budget-error-manager = Choose who will manage it
budget-error-manager-name = Enter the name of the carer or organisation
budget-error-checks = Choose from the list
budget-error-talk = Choose whether you would like to talk it through

## The social worker's answer
budget-decide-title = Answer a budget choice
budget-decide-legend = Your answer
budget-decide-agreed = Agree
budget-decide-agreed-hint = The plan's budget will show this way of paying.
budget-decide-discuss = Talk about it first
budget-decide-discuss-hint = Say what you want to talk about, and how.
budget-decide-note = A note for the person
budget-decide-note-hint = They will read this.
budget-decide-send = Send the answer
budget-decided = Your answer has been sent. The person can see it.
budget-decide-error = Choose agree, or talk about it first
budget-decide-note-empty = Say what you want to talk about

## The record of the discussion
budget-discussions-title = Record of the discussion about budget options
budget-discussions-lead = Every time the options were shown to the person or someone helping them, and every choice sent, with exactly what was shown. This is the record the Direct Payments Directions ask for. Nobody can change or delete it.
budget-discussions-none = The options have not been shown yet.
budget-discussions-caption = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
budget-discussions-when = When
budget-discussions-who = Who
budget-discussions-what = What happened
budget-discussions-shown = What was shown or chosen
budget-event-shown = Looked at the options
budget-event-shown-easy-read = Looked at the options in Easy Read
budget-event-chose = Sent a choice

## The direct payment account
dp-title = Direct payment account
dp-title-own = Your direct payment account
dp-none = There is no direct payment account: the budget is not paid as a direct payment yet.
dp-back-to-budget = Back to the personal budget
dp-account-link = The direct payment account: balance, spending and statements
dp-balance = Balance
dp-payments-in = Council payments in
dp-payments-in-value = { $amount }, { $frequency }
dp-committed = Regular support paid from it
dp-warnings-heading = Things to look at
dp-warning-surplus = The balance is { $balance }, which is more than { $weeks } weeks of budget ({ $limit }). The council may ask for some of it back. Talk to your social worker if you are saving for something.
dp-warning-too-low = The balance is { $balance }, which is less than the { $committed } your regular support will cost before the next payment in. Talk to your social worker soon.
dp-warning-receipts = { $count ->
    [one] 1 payment has no receipt yet. Add it so the money can be checked.
   *[other] { $count } payments have no receipt yet. Add them so the money can be checked.
}
dp-record-spend = Record spending
dp-recent-heading = Recent spending
dp-recent-none = No spending recorded yet.
dp-recent-caption = The last 10 payments out, newest first
dp-date = Date
dp-payee = Paid to
dp-payee-hint = For example, the name of your personal assistant or the shop.
dp-category = What it was for
dp-amount = Amount
dp-receipt = Receipt
dp-receipt-view = View receipt
dp-receipt-missing = No receipt
dp-statements-heading = Statements
dp-statement-for = Statement for { $month }
dp-statement-caption = Money in and out in { $month }
dp-statement-whose = Direct payment account of { $name }
dp-what = What
dp-in = Money in
dp-out = Money out
dp-opening = Balance at the start of the month
dp-totals = Totals, and the balance at the end of the month
dp-line-council = Payment from the council
dp-line-contribution = Your contribution
dp-download-csv = Download as a spreadsheet (CSV)
dp-download-html = Download as a web page you can read offline (HTML)
dp-category-pa-wages = Personal assistant's wages
dp-category-agency = Care agency
dp-category-payroll-insurance = Payroll, insurance or pension
dp-category-equipment = Equipment
dp-category-activities = Activities
dp-category-transport = Transport
dp-category-other = Something else
dp-spend-title = Record spending
dp-spend-on = When was it paid?
dp-outcome = Which outcome does it support? (optional)
dp-outcome-hint = From your plan.
dp-outcome-none = Not one in particular
dp-description = Anything else (optional)
dp-receipt-label = Receipt (optional)
dp-receipt-hint = A photo (JPEG or PNG) or a PDF, up to { $mb } MB. You can add it later.
dp-spend-send = Record it
dp-spend-recorded = The spending has been recorded.
dp-error-on-future = The date must be today or in the past
dp-error-on-before = The date must be on or after the account started
dp-error-payee-empty = Enter who it was paid to
dp-error-category = Choose what it was for
dp-error-amount-zero = Enter an amount more than £0
dp-error-outcome = Choose an outcome from the list
dp-error-receipt-type = The receipt must be a JPEG, PNG or PDF. Choose the file again
dp-error-receipt-size = The receipt must be { $count } MB or smaller. Choose a smaller file

## The quarterly audit return
dp-returns-link = Quarterly returns to the council
dp-returns-title = Quarterly returns
dp-returns-lead = Every 3 months the council checks how the direct payment was spent. Send each quarter's return when the quarter has ended: it is the quarter's statement and receipts. Your social worker or a finance officer checks it, and may ask questions here.
dp-returns-caption = Returns, newest quarter first
dp-return-period = Quarter
dp-return-status = Where it has got to
dp-return-status-not-sent = Not sent yet
dp-return-status-open = Quarter not ended yet
dp-return-status-submitted = Sent, waiting to be checked
dp-return-status-queries = Question to answer
dp-return-status-accepted = Accepted
dp-return-quarter = { $from } to { $to }
dp-return-title = Return for { $period }
dp-return-closing = Balance at the end of the quarter
dp-return-receipts = Receipts
dp-return-receipts-value = { $count ->
    [one] 1 payment out
   *[other] { $count } payments out
}, { $missing ->
    [0] none missing
    [one] 1 missing
   *[other] { $missing } missing
}
dp-return-messages-heading = Questions and answers
dp-return-messages-none = No questions.
dp-return-message-by = { $name }, { $date }
dp-return-send-lead = This sends the statement and receipts above for checking. You can still add missing receipts afterwards.
dp-return-send = Send this return
dp-return-not-ended = You can send this return when the quarter has ended.
dp-return-answer-label = Your answer
dp-return-answer-hint = Your answer goes back to the person checking the return.
dp-return-answer-send = Send the answer
dp-return-decide-legend = Your decision
dp-return-accept = Accept the return
dp-return-accept-hint = The money was spent as the plan says.
dp-return-query = Ask a question
dp-return-query-hint = The person answers here, and the return comes back to you.
dp-return-message-label = Message to the person
dp-return-message-hint = Needed when you ask a question.
dp-return-decide-send = Send
dp-return-sent = The return has been sent for checking.
dp-return-answered = Your answer has been sent, and the return has gone back for checking.
dp-return-decided = Your decision has been sent. The person can see it.
dp-return-error-answer-empty = Enter your answer
dp-return-error-decision = Choose accept, or ask a question
dp-return-error-query-empty = Enter your question

## Adding a receipt later
dp-receipt-add = Add the receipt
dp-receipt-add-title = Add a receipt
dp-receipt-label-required = Receipt
dp-receipt-hint-required = A photo (JPEG or PNG) or a PDF, up to { $mb } MB.
dp-receipt-add-send = Add the receipt
dp-receipt-added = The receipt has been added.
dp-error-receipt-empty = Choose the receipt to add
