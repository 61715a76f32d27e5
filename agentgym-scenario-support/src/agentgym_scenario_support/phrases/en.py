"""English phrase families for the customer_support ticket generator.

Each pool is a tuple of families; a family is a tuple of templates sharing one way of
writing (register, sentence shape, vocabulary). Family i goes to train if i % 5 is 0, 1 or 2,
to validation if it is 3 and to test if it is 4, so families must not share wording.
Template syntax: {a|b} picks one alternative; [slot] is filled by the generator.
"""

from __future__ import annotations

LANGUAGE = "en"

PROBLEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (  # 0 formal business
            "I am {currently|at present} unable to access my account, as the password I have on record is no longer accepted.",
            "I {regret to report|must inform you} that I am unable to access our company account; the system {rejects|declines} my credentials {each time|whenever} I attempt to sign on.",
            "Since [weekday], I have been unable to access the account registered to me, despite entering what I believe are the correct credentials.",
            "I am unable to access my {user profile|account} on your platform{| following a recent change of credentials}.",
        ),
        (  # 1 terse chat
            "cant get in {since yday|since this morning|at all}",
            "pw not working{| anymore}{|, tried like 5 times}",
            "login keeps bouncing me back{| lol}{|, no idea why}",
            "{yo |}cant sign in, it just says wrong pw",
        ),
        (  # 2 story
            "So I came back from {holiday|two weeks off|a long trip} and of course I had no memory of what my password was, and after a few guesses the site stopped letting me try.",
            "I sat down this morning to finish some work, typed in my details like always, and it told me they were wrong, which is strange because I haven't changed anything.",
            "Long story short, I switched laptops over the weekend, the saved login didn't come with me, and now I honestly can't recall the password I picked back then.",
        ),
        (  # 3 technical user (own login, web app)
            "Web login returns 'invalid credentials' for my user even after clearing cookies, trying an incognito window and a second browser{| (Chrome + Firefox)}.",
            "The auth form POSTs fine but redirects straight back to /login with no error banner; same behaviour on {two machines|desktop and mobile}.",
            "Auth on the dashboard fails for my own user{| since the last deploy on your side}: the password field clears and nothing else happens.",
        ),
        (  # 4 confused non-technical
            "My {nephew|son|daughter} set all this up for me years ago, and today the computer is asking for a password that I don't think I ever had.",
            "I'm not very good with these things but the screen where you put your name and secret word keeps saying no to me.",
            "I pressed something and now it wants me to log on again, and I don't know what I'm supposed to type in the second box.",
        ),
        (  # 5 angry
            "This is {ridiculous|absurd|unacceptable}. I've typed my password {three|four|five} times, I KNOW it's right, and your site keeps telling me it's wrong.",
            "Once again I am shut out of my own account and nobody over there seems to care.",
            "I pay for the [plan] plan and I can't even get past your stupid login screen. Fantastic.",
        ),
        (  # 6 elderly polite
            "I'm afraid I have {quite |}forgotten the password for my account, and I cannot for the life of me remember which one I chose.",
            "I do apologise, but I seem to have mislaid the little note on which I had written my password.",
            "I wonder whether you might be able to help: my account will not let me in, and I suspect I have muddled up my password.",
        ),
        (  # 7 hurried mobile
            "on my phone rn, app logged me out and wont take my password{| now}",
            "app says incorrect details every time, on the train, need in{| asap}",
            "signed out on mobile after update, password rejected{, ugh|}",
        ),
        (  # 8 passive / report
            "Access to my account has been {blocked|denied} after several unsuccessful login attempts.",
            "The password was reset {some time ago|recently} and has not been recognised since.",
            "The account was {locked|disabled} this morning following a number of failed sign-in attempts, none of which I believe were made by anyone else.",
        ),
        (  # 9 question form
            "Why does it keep claiming I've got the password wrong when I'm {certain|sure|positive} I don't?",
            "How am I supposed to get in if the 'forgot password' page never sends anything?",
            "Is there a reason my login would suddenly stop working overnight?",
        ),
        (  # 10 labelled fields
            "Issue: login rejected. Message shown: 'Incorrect email or password'. Started: [weekday].",
            "Problem: locked out of account. Attempts made: {several|too many to count}. Device: {laptop|work PC|iPad}.",
            "Summary: cannot authenticate via the web app; password believed correct.",
        ),
        (  # 11 hedging
            "Not sure if it's something on my end, but the password my browser saved {seems to have|might have} stopped working.",
            "I might be doing something silly here, though I think maybe the password got changed without me realising?",
            "Possibly user error, possibly not: for some reason the site doesn't seem to recognise me anymore.",
        ),
        (  # 12 reset mail not arriving
            "The reset email never shows up{|, and yes I checked spam| even though I've requested it twice}.",
            "I clicked 'forgot password' {a bunch of|several} times and zero messages have come through to my inbox.",
            "Your recovery mail just doesn't arrive, not in the inbox, not in junk, nowhere.",
        ),
        (  # 13 sarcastic
            "Love that your 'forgot password' button does absolutely nothing. Really great design.",
            "Apparently I'm not allowed in today. Cool, cool.",
            "Great news, your login page has decided I don't exist{| anymore}.",
        ),
        (  # 14 apologetic
            "Sorry to bother you, I've gone and forgotten my login details again{| (second time this year, I know)}.",
            "Apologies for the hassle, but I managed to lock myself out by getting the password wrong too often.",
            "I feel a bit daft writing in, but I genuinely cannot remember what I set as my password.",
        ),
        (  # 15 non-native English
            "I cannot enter in my account, it says the password is not correct.",
            "Hello, my password is not more working and I can not to login since [days] days.",
            "The system don't accept my password, I am sure I write it good.",
        ),
        (  # 16 used to work
            "Yesterday everything was fine, today the login box rejects the exact same password.",
            "It worked perfectly for {months|years} and now, out of nowhere, my details are being refused.",
            "Same laptop, same browser, same password as last week, but now it won't let me through.",
        ),
        (  # 17 timeline
            "Since [weekday] the sign-in page has refused me{| every single time}.",
            "For [days] days now I haven't been able to get into my account.",
            "First noticed on [weekday] morning: wrong password message, then a lockout an hour later.",
        ),
        (  # 18 consequences
            "I have a {client meeting|presentation|deadline} in an hour and I'm stuck outside my own workspace.",
            "My whole afternoon is on hold because I can't get back into the account.",
            "Without access I can't send anything to my customers today, and the password just isn't going through.",
        ),
        (  # 19 fragments
            "Locked out. Again.",
            "Forgot password. {No reset mail.|Reset mail missing.|Can't log on.}",
            "Password gone from memory, account inaccessible.",
        ),
        (  # 20 new device / password manager
            "Got a new phone and my password manager didn't carry over, so I have no idea what my login is.",
            "After wiping my computer the stored passwords vanished, including the one for your service.",
            "My old keychain didn't sync to the new Mac, and that's where the only copy of the password lived.",
        ),
        (  # 21 expired link
            "The link in the reset message says it has expired {every time|the moment} I click it.",
            "Each recovery link I get opens a page saying 'token invalid or expired'.",
            "I do receive the email, but the button inside leads to an error saying the link is no longer valid.",
        ),
        (  # 22 lockout after guesses
            "Too many wrong guesses, so the account is frozen now.",
            "I kept trying different combinations until it froze me out for good.",
            "After my fifth attempt a warning popped up and now the account won't respond to any login at all.",
        ),
        (  # 23 changed password, new one refused
            "I changed my password on [weekday] and the new one isn't recognised, but the old one doesn't work either.",
            "Updated the password last night, wrote it down carefully, and this morning neither version gets me in.",
            "Right after picking a fresh password through settings I got signed out, and now that fresh one fails.",
        ),
        (  # 24 shared computer / typed wrong
            "Someone in the office may have changed the password on me{|, no one is owning up}.",
            "I share this computer with my husband and I think he reset something, because my usual login is now refused.",
            "A coworker borrowed my laptop and since then my credentials for your site are being rejected.",
        ),
        (  # 25 SSO / single sign-on
            "Our company moved to single sign-on through {Okta|Azure AD|Google Workspace}, and ever since, your site answers 'user not provisioned' when I open my dashboard.",
            "The 'Continue with Google' button spins for a while and then drops me on a blank page, leaving me no route into my own profile.",
            "SAML sign-on worked fine until our identity provider renewed its certificate; now I personally get an error page from your side.",
        ),
        (  # 26 2FA / authenticator
            "I lost the phone that had my authenticator app on it, so I can't produce the six-digit code your login asks for.",
            "The 2FA codes from my app are refused as 'invalid code', even the ones I type the second they refresh.",
            "My backup codes are in a drawer somewhere I can't find, and the SMS verification never reaches my new number.",
        ),
        (  # 27 ultra short
            "sign-in broken",
            "login not working{| at all}",
            "site wont let me log in",
            "wrong password apparently??",
        ),
        (  # 28 magic link / passwordless
            "The login link you mail out opens the app but then says the session couldn't be verified.",
            "I use the passwordless option where a one-time link gets mailed to me, and lately those links have led nowhere.",
            "Your magic link lands fine, yet clicking it just loads the homepage and I'm still treated as a guest.",
        ),
        (  # 29 security scare
            "I got an alert about a sign-in from a country I've never been to, and now my usual password no longer opens the account.",
            "I think someone got hold of my login: the recovery phone number was swapped and I can't get back in.",
            "There was a 'your password was changed' notification I didn't trigger, and nothing I type has worked since.",
        ),
        (  # 30 problem + request in one
            "Can you sort out my access? The passcode I enter is refused and I don't remember changing it.",
            "I forgot my password and need a way back in, so please send whatever is needed to make that happen.",
            "So many failed tries that it's blocked now; could you lift that and let me set a new one?",
        ),
        (  # 31 username / which email
            "I'm not even sure which email I signed up with, and neither of my addresses gets me past the login.",
            "The username I remember isn't recognised, so presumably I registered under a different one and now I'm stuck.",
            "It insists no account exists for my address, yet I've been a paying user for ages.",
        ),
        (  # 32 rambling run-on
            "hi so basically i went to log in like normal and it said wrong password so i tried again and again and at this point it says try later and i really need to get in today",
            "ok so i've been at it since lunch and the site just goes round in circles asking for my details then telling me they're no good",
            "first thing this morning i got an error on the login form tried the forgot link got nothing tried once more got nothing and honestly i'm out of ideas",
        ),
        (  # 33 kicked back out / session
            "Whenever I enter my password the page reloads and asks for it again, like it never took.",
            "I get in for about two seconds and then I'm kicked back to the login prompt.",
            "After I type my details it flashes the dashboard briefly and logs me straight out.",
        ),
        (  # 34 Indian English
            "I am not able to login from morning, kindly look into it.",
            "Password is showing as wrong although I have entered correct one only.",
            "Dear team, I am facing issue in login, it is saying invalid password.",
        ),
        (  # 35 Gen-Z casual
            "ngl i have zero clue what the password even is anymore",
            "lowkey locked myself out of my account lmao",
            "so the website hates me now?? tried every password i own",
        ),
        (  # 36 is there any way questions
            "Can I still get in when I no longer have the phone number that's on file?",
            "What do I do if both my security answer and my login secret have slipped my mind?",
            "Am I right that there's no route back in without the old email?",
        ),
        (  # 37 quoted lock banners
            "Your page now shows 'This account is temporarily disabled for security reasons' when I sign in.",
            "A red banner saying 'account locked, contact support' appears right after I put in my password.",
            "I'm greeted with 'Too many attempts, try again in 24 hours', and it's been longer than that.",
        ),
        (  # 38 steps to reproduce
            "Steps: 1) open the login page 2) enter email + password 3) click sign in. Expected: dashboard. Actual: 'wrong credentials'.",
            "What I did: requested a reset, waited, requested again. What happened: no message either time.",
            "Repro: fresh browser, correct password, submit -> error; repeat -> lockout.",
        ),
        (  # 39 emotional / desperate
            "Please, I'm begging here, all my client notes are behind that login and I can't reach them.",
            "I'm honestly close to tears, I've spent the whole evening attempting to get back into my profile.",
            "I'm panicking a bit because I need what's stored there for a job interview tomorrow, and that password just won't go through.",
        ),
        (  # 40 formal, other vocabulary
            "It appears my sign-on details were revoked, as the platform now refuses them outright.",
            "Kindly note that my access has lapsed: the portal declines the passphrase associated with my profile.",
            "The platform no longer honours the sign-on information I hold, and I am therefore unable to consult my records.",
        ),
        (  # 41 forced password change loop
            "It forced me to pick a new password because the old one 'expired', then rejected every new one for not meeting the rules, so I'm stuck in a loop.",
            "The site declared the password too old and demanded a change, but the change screen errors out every time.",
            "At every login I'm told to update the password, and whatever I choose it says 'does not meet requirements'.",
        ),
        (  # 42 lost access to mailbox
            "The address on my account is an old work mailbox I don't have anymore, so recovery messages go into the void.",
            "I left my previous employer, and the reset emails obviously go to the inbox I lost when I left.",
            "My old email provider shut down, which means I can't receive anything you send to recover my profile.",
        ),
        (  # 43 other sites work
            "All my other apps log me in just fine; yours is the only one insisting I've typed it wrong.",
            "Gmail, my bank, everything else accepts me, only your sign-in screen refuses.",
            "Funny how every other site remembers me and yours acts like I'm a stranger.",
        ),
        (  # 44 caps / exclamation
            "WHY is my password being REJECTED!!!",
            "I have tried EVERYTHING and still cannot get in!!",
            "Seriously, how hard is it to log into an account??",
        ),
        (  # 45 biometric / Face ID
            "Face ID used to log me into your app, and after the update it wants my actual password, which I haven't typed in years.",
            "Fingerprint login stopped working on my tablet and the fallback password apparently isn't right.",
            "Since biometric unlock broke in the app, I sit at the password prompt without knowing what to enter.",
        ),
        (  # 46 long detailed
            "For the past several days my attempts to open my personal workspace have failed: I have tried from my office desktop and my home laptop, with and without the VPN, and each time the form responds that my email or password is incorrect, even though I copied the password from the same notebook where I have always kept it.",
            "I want to describe this properly so nobody has to ask twice: on [weekday] I changed nothing, on [weekday] evening I could no longer sign on, the recovery page claims to have sent something that never turns up, and my colleagues on the same team have no trouble at all, so it seems to be only my user.",
            "This is a slightly long one, sorry. I normally sign in with the browser's saved details, but after a routine update the saved entry disappeared; I typed what I thought it was, got refused, tried two variations, and then the page told me to wait before trying again; I waited, and the same thing happened.",
        ),
        (  # 47 mind gone blank
            "My mind's gone completely blank; my usual guesses all fail.",
            "Total memory fail on my part, whatever I chose back then is gone.",
            "I've drawn a blank about the login details and I've run out of guesses.",
        ),
        (  # 48 invited, never activated
            "I was invited to the workspace but never chose a password, and by now the invitation has expired.",
            "My colleague added me weeks ago; I clicked the invite, closed the tab, and now I've got no password at all.",
            "I've got a user with you that I never finished activating, meaning I couldn't possibly know the password.",
        ),
        (  # 49 sad short
            "account won't open for me :(",
            "password totally escaped me again :/",
            "login says no :(",
        ),
    ),
    "billing_inquiry": (
        (  # 0 formal
            "We have received an invoice for [amount], which does not correspond to the subscription fee we agreed upon.",
            "Our most recent invoice totals [amount]; this figure is {inconsistent with|higher than} the pricing stated for the [plan] plan.",
            "Upon review of our statement, we note a debit of [amount] that we are unable to reconcile with any service we have ordered.",
        ),
        (  # 1 terse
            "charged [amount]?? thought it was less",
            "whats the [amount] charge{| this month}",
            "bill looks off, [amount] instead of the usual",
        ),
        (  # 2 story
            "I was going through my bank statement last night with a cup of tea and spotted [amount] paid to your company, which I can't place at all.",
            "My wife asked me what this payment of [amount] was, and honestly I had no answer for her, so here I am.",
            "We were closing the month in the office when somebody pointed out that your entry on our card was bigger than it normally is.",
        ),
        (  # 3 finance / accounting detail
            "Our AP team can't reconcile the line items: the invoice shows a prorated adjustment plus a separate subscription line, and together they come to [amount].",
            "The PDF invoice lists a unit price, a quantity and a credit we never requested; the net doesn't match the PO we raised.",
            "Ledger shows [amount] against your vendor ID for this period, but the invoice number on it isn't one we can find in the portal.",
        ),
        (  # 4 confused non-technical
            "There's a payment to you on my card and I really don't know what it's for.",
            "I don't understand the bill I got. There are numbers and codes on it and I can't tell which part is me.",
            "Somebody told me I'm registered for something with you, and now there's money going out that I don't follow.",
        ),
        (  # 5 angry
            "Why on earth did you take [amount] from me? Nobody told me about this!",
            "I am FED UP with surprise charges turning up out of nowhere without a word of warning.",
            "You've billed me [amount] and I never agreed to anything like that. What is going on over there?",
        ),
        (  # 6 elderly polite
            "I noticed a deduction of [amount] on my statement and I am not entirely certain what it relates to.",
            "Forgive me, but I received a letter about my subscription and the sum mentioned seems larger than I remember paying.",
            "I am a little puzzled by a recent debit from your firm and would like to understand it, if that is no trouble.",
        ),
        (  # 7 hurried mobile
            "got a card notif [amount] from u, whats that for",
            "quick one: saw [amount] go out today, which sub is that",
            "bank app shows you guys took [amount], no clue why",
        ),
        (  # 8 passive
            "A charge of [amount] was applied to our card on [weekday] without any accompanying explanation.",
            "An invoice was issued to us at a rate that had not been discussed.",
            "The amount debited this cycle was {considerably|noticeably} higher than in previous months.",
        ),
        (  # 9 question form
            "What exactly am I paying for each month?",
            "Could it be that [amount] is the yearly price and not monthly? I'm confused which one I'm on.",
            "How is the total on my last bill worked out?",
        ),
        (  # 10 labelled
            "Invoice amount: [amount]. Expected: lower. Plan: [plan].",
            "Charge date: [weekday]. Value: [amount]. Description on statement: unclear.",
            "Subject of query: latest invoice total. Current plan: [plan]. Discrepancy: yes.",
        ),
        (  # 11 hedging
            "I might be misreading this, but the latest invoice looks a bit higher than usual?",
            "Probably I'm missing something obvious, though I can't work out where [amount] came from.",
            "It's possible I changed something without realising; either way the cost seems different from before.",
        ),
        (  # 12 plan confusion
            "I'm on [plan] and thought that was a flat price, yet the total keeps changing from one month to the next.",
            "Your pricing page says one figure for [plan], my card says another.",
            "I assumed [plan] was included in what my company pays, but a personal charge showed up anyway.",
        ),
        (  # 13 sarcastic
            "Mystery charge of [amount] this month. Fun surprise.",
            "Nice to see the price quietly going up without anyone mentioning it.",
            "Apparently I'm now paying [amount] for reasons known only to your finance department.",
        ),
        (  # 14 apologetic
            "Sorry if this is a silly question, but I can't quite see why my bill came to [amount].",
            "Apologies, I'm probably just confused, but the payment this month doesn't look like what I agreed to.",
            "I hate to bother you with something this small, but there's an amount listed that I can't explain.",
        ),
        (  # 15 non-native English
            "I see one payment of [amount] and I not understand for what it is.",
            "The price in the bill is different of the price I was told, I don't know why.",
            "Please, what is this cost of [amount]? I did not ask any new service.",
        ),
        (  # 16 it was always the same
            "For a year the bill was always identical, and now it jumped to [amount].",
            "I've paid the same each month since I joined, so this latest number threw me.",
            "Until recently it was one predictable amount; the last {two|few} cycles have been different.",
        ),
        (  # 17 timeline
            "On [weekday] [amount] left my bank with your name next to it.",
            "[days] days ago a payment went through that I wasn't expecting.",
            "First I got an email receipt on [weekday], then a second debit the following morning.",
        ),
        (  # 18 tax / VAT
            "There's a tax charge added to this invoice that I've never seen before.",
            "VAT has been added on top of the [plan] price even though we entered our VAT number at signup.",
            "Sales tax appears to be calculated on the wrong region for our company address.",
        ),
        (  # 19 fragments
            "Unknown charge. [amount]. From you.",
            "Statement entry, [amount], no idea what.",
            "Receipt received. Amount unclear.",
        ),
        (  # 20 renewal timing
            "The renewal went through earlier than I expected; I thought my billing date was later in the month.",
            "I was debited for another year already, and I don't remember the anniversary being this soon.",
            "The subscription seems to have rolled over on [weekday] rather than at the start of the month as before.",
        ),
        (  # 21 merchant descriptor
            "My bank shows a merchant name I don't recognise, and it may or may not be your company.",
            "The card statement has a cryptic reference beside [amount], something like a string of letters and digits.",
            "I can't match the name on my credit card entry to any of the tools we use, but the amount looks like one of yours.",
        ),
        (  # 22 proration / upgrade
            "After moving to [plan] mid-month the invoice has two partial lines I can't make sense of.",
            "When we upgraded, a prorated fee appeared, and I'm unsure how it was calculated.",
            "Switching plans in the middle of the cycle left me with an odd total and a small credit line.",
        ),
        (  # 23 bookkeeper
            "I do the books for a small firm and one of your invoices doesn't match the payment that came out.",
            "As the person handling accounts payable here, I've got a figure from you that doesn't tie back to our records.",
            "Our bookkeeper flagged your last invoice because the numbers on it and in the bank disagree.",
        ),
        (  # 24 seats / usage
            "The invoice counts more users than we actually have in our workspace.",
            "We're billed for {ten|twelve|fifteen} seats but only a handful of people use it.",
            "There's a usage-based line item this month that never showed up before and I'm not sure what triggered it.",
        ),
        (  # 25 annual vs monthly
            "I signed up for monthly billing, but the card was debited a full year's worth in one go, and I'm trying to work out whether that's how it's meant to work.",
            "Apparently we were switched from month-to-month to yearly billing, and I don't recall choosing that.",
            "The latest receipt covers twelve months upfront, while I believed we paid as we go.",
        ),
        (  # 26 seat count / licences
            "Our seat count went from {5|8} to {7|11} on the invoice, but nobody new joined the team.",
            "We're invoiced per licence, and the number of licences doesn't match our headcount.",
            "Someone we removed from the workspace weeks ago still appears as a billed user.",
        ),
        (  # 27 ultra short
            "price went up??",
            "bill total looks weird",
            "why so expensive this month",
            "don't get my invoice",
        ),
        (  # 28 invoice details for tax
            "Our company's VAT ID is missing from the invoice, so our accountant can't book it.",
            "Our registered business name and address aren't printed on the receipt, and our tax advisor needs them.",
            "The documents are addressed to me personally rather than to the company, and the tax treatment looks odd for a B2B purchase.",
        ),
        (  # 29 currency
            "I was billed in euros although my account is set to dollars, and the converted sum comes out above the list price.",
            "The charge came through in a foreign currency and I can't see how it maps to the figure on your website.",
            "Why am I billed in GBP when I'm based in Canada?",
        ),
        (  # 30 problem + request in one
            "Can someone explain why my card shows [amount] from you when my plan is supposed to cost less?",
            "I'd like to know what the extra line on this month's invoice is, since I didn't add anything.",
            "Could you tell me why I'm billed for [plan] when I never upgraded?",
        ),
        (  # 31 billing history / line item
            "The billing history in my dashboard lists an entry for [amount] with no description beside it.",
            "A line item called 'platform fee' has appeared, and nothing on the pricing page mentions it.",
            "The payments tab shows two entries this cycle, one labelled 'adjustment', and I'm unclear what it represents.",
        ),
        (  # 32 rambling run-on
            "so i was looking at my card statement and theres this charge from you guys and its way over my usual and i honestly just want to get whats going on",
            "ok so last month it was one number and this month its another and i didnt change a single setting so im a bit lost here",
            "basically the bill doubled and i have no idea why and not a word from anyone about it",
        ),
        (  # 33 discount / promo expired
            "The 20% discount we were promised at signup doesn't seem to be applied anymore.",
            "Our coupon code was supposed to last a year, yet the newest bill is at full price.",
            "The introductory offer appears to have vanished from our bill without warning.",
        ),
        (  # 34 Indian English
            "Amount debited from my card is exceeding plan amount, kindly clarify.",
            "I am seeing extra charges in my invoice, please let me know the reason for the same.",
            "Dear team, invoice generated in current month is having one additional line which I am not understanding.",
        ),
        (  # 35 Gen-Z
            "why is my sub suddenly more expensive lol",
            "not me checking my bank app and seeing [amount] from u guys",
            "ok the bill this month is kinda wild, what happened",
        ),
        (  # 36 questions about add-ons
            "Are add-ons billed separately? There's a storage line I didn't expect.",
            "Does [plan] include the extra workspace, or is that what the additional fee is?",
            "Is overage charged automatically when we go past the included usage?",
        ),
        (  # 37 charged while on free tier
            "I'm on the free tier, or thought I was, yet my card's been charged by you.",
            "My account page says 'free' but my bank says otherwise.",
            "How can anything be billed if no paid option was ever chosen?",
        ),
        (  # 38 procurement / contract value
            "Procurement approved [amount] per year, and the renewal notice quotes a noticeably higher total.",
            "Our budget holder is asking why the annual quote differs from last year's contract value.",
            "The renewal quote we got doesn't line up with the figure in our signed order form.",
        ),
        (  # 39 account credit confusion
            "A credit balance has been carried forward on this invoice, and I can't tell its origin or how it gets used.",
            "There's a negative line labelled 'account credit' that I can't account for.",
            "My balance shows a credit, yet my card got debited at list price anyway, and I can't see how those two fit together.",
        ),
        (  # 40 formal, other vocabulary
            "The remittance requested on the latest statement of account exceeds the contracted rate.",
            "We have been unable to match the billed total to the rate card in our master agreement.",
            "The fee levied for the current cycle does not accord with our order form.",
        ),
        (  # 41 wrong card used
            "The payment went to my personal card rather than the company card we set as default.",
            "You billed an old card I thought I'd deleted from the account.",
            "The money was taken from a card that isn't the one listed in my billing settings.",
        ),
        (  # 42 missing invoices / receipts
            "I can't find the invoice for last month's payment anywhere in your billing area.",
            "We paid but never got a receipt, so our books have a gap.",
            "The invoices page is empty even though money has left our account three times.",
        ),
        (  # 43 sales quote mismatch
            "Your sales rep quoted us one figure on the call, and the first invoice is quite a bit above it.",
            "What we were told in the demo and what we're billed are two different numbers.",
            "The account manager promised a fixed rate, yet what we pay has crept up since.",
        ),
        (  # 44 caps / exclamation
            "WHAT is this charge?!",
            "[amount]?!! For what??",
            "Why is my bill SO high this month!!",
        ),
        (  # 45 price change notice
            "An email about 'updated pricing' arrived, but it doesn't say what it means for my plan.",
            "Your price change announcement was vague, and now my invoice is different.",
            "The notice about new rates mentioned 'legacy customers' and I don't know whether that's me.",
        ),
        (  # 46 long detailed
            "I've gone through this carefully before writing: we have been on [plan] since we started, our headcount hasn't moved, we didn't buy any extras that I know of, and yet the two most recent invoices are each [amount], which is above the figures from earlier in the year, so something has changed that I can't see.",
            "Our finance lead asked me to chase this, so here goes: the renewal invoice lists the subscription, a line for 'additional usage', and a tax line, and when I add up the parts myself I get a different total from the one printed at the bottom.",
            "To lay it out properly, we pay by card each month, my bank lists [amount], the invoice in your dashboard says something slightly different, and the confirmation email from your system shows a third number, so I honestly can't tell which one is real.",
        ),
        (  # 47 usage-based / metered
            "We were billed for extra API calls this month, though our traffic hasn't changed; the overage line makes no sense to me.",
            "The storage overage fee is new to us and I'm not sure how it's measured.",
            "There's a metered charge for 'additional events' that I can't connect to anything we did.",
        ),
        (  # 48 first bill after trial
            "This is our first invoice since the trial, and it comes in above the plan price I saw.",
            "Just came off the trial and the opening bill has items I wasn't anticipating.",
            "First proper bill after the free period, and some of it is a mystery to me.",
        ),
        (  # 49 sad short
            "bill went up again :(",
            "confused by this invoice :/",
            "no clue where this money is going tbh :(",
        ),
    ),
    "api_integration": (
        (  # 0 formal
            "Our integration with your API has been returning errors {since [weekday]|for the past [days] days}, and no changes were made on our side.",
            "We are experiencing persistent failures when our system submits requests to your API{| from our production environment}.",
            "The connection between our ERP platform and your service has ceased to function reliably; a large share of calls are refused.",
        ),
        (  # 1 terse dev chat
            "getting 401s on every call since this am",
            "api keeps giving us 429 {lately|all day}, barely sending anything",
            "seeing random 500s from ur api, like 1 in 3 calls",
        ),
        (  # 2 story
            "We pushed a small release on [weekday] evening, and by morning the sync worker had piled up thousands of failed jobs, all bouncing off your endpoint.",
            "Our intern was wiring up the reporting dashboard last week, it worked in testing, then the moment we went live every request started coming back with an error.",
            "We've been happily pulling records through your REST interface for a year; then yesterday the nightly export simply produced nothing but error responses.",
        ),
        (  # 3 log paste, technical
            "POST /v2/records -> HTTP 500 with error 'internal_error' on roughly 40% of requests, no pattern in payload size.",
            "Authorization: Bearer <key> header is present and correct, but GET /v2/accounts still answers 401 invalid_api_key.",
            "Responses carry 'Retry-After: 60' and status 429 even at about {5|10|12} req/s, well under the documented ceiling.",
        ),
        (  # 4 non-technical shop owner
            "The plugin that connects my online shop to your service stopped working and shows a red message I don't understand.",
            "My web person set up a link between our booking page and your system, and now it says 'unauthorized' whenever a customer books.",
            "There's a little box in our shop's admin panel that used to say 'connected' and now says 'error 401'.",
        ),
        (  # 5 angry
            "Your API is falling over AGAIN and our customers are screaming at us.",
            "I'm sick of your servers spitting out 500 errors while we pay for the [plan] tier.",
            "Every single request from our app is being refused and nobody on your status page admits there's a problem.",
        ),
        (  # 6 polite small business, developer left
            "Our developer left the company recently, and since then the connection to your system keeps failing.",
            "I'm not technical myself, I'm afraid; I only know that the automatic upload to your platform has been failing since [weekday].",
            "The software our previous IT contractor built now reports that your service rejects its key, and none of us here knows why.",
        ),
        (  # 7 hurried mobile
            "api throwing 429 rn, prod affected",
            "on the go: integration failing w/ 401, key looks fine",
            "quick heads up, ur endpoint timing out for us {since lunch|for an hour}",
        ),
        (  # 8 passive
            "Requests to the API are being rejected with an authentication error.",
            "Calls made by our backend are consistently refused with status 401, despite the credential having been copied directly from the dashboard.",
            "A significant number of our requests have been throttled over the last {day|week}.",
        ),
        (  # 9 question
            "Why am I getting 'rate_limit_exceeded' when we're nowhere near our quota?",
            "Has something changed with how API keys are validated? Ours was fine on {Friday|[weekday]} and isn't now.",
            "Is the v2 endpoint having trouble? We keep seeing internal server errors.",
        ),
        (  # 10 labelled
            "Endpoint: /v2/orders. Status: 401. Since: [weekday]. Plan: [plan].",
            "Error code: 429. Volume: normal. Environment: production.",
            "Symptom: HTTP 500 on writes. Reads: OK. Started: {today|yesterday}.",
        ),
        (  # 11 hedging
            "Not sure whether it's our code or something upstream, but our calls seem to be failing a lot more than usual.",
            "It could be a bug of ours, though I suspect the token might have been revoked somehow.",
            "I may be wrong, but it looks like requests are getting dropped on your end.",
        ),
        (  # 12 key validity
            "The key we generated last month seems to have stopped being valid.",
            "Our API credential got rotated (I think?) and every integration using the old value broke.",
            "A colleague may have deleted our production key by accident, and now the app can't authenticate.",
        ),
        (  # 13 sarcastic
            "Great to see 500s as a service is still going strong.",
            "Nothing says reliable quite like a 429 on the {second|third} request of the day.",
            "Our integration now has a 100% failure rate, which I suppose is a kind of consistency.",
        ),
        (  # 14 apologetic dev
            "Sorry, this is probably something dumb in our setup, but our requests started failing this morning.",
            "Apologies if I'm misconfiguring something; I followed your docs step by step and still get unauthorized.",
            "I feel like I'm missing something obvious, but the client just keeps getting rejected.",
        ),
        (  # 15 non-native
            "Our application receive error 401 when we call your API.",
            "The API answer always with 500, we not change nothing in the code.",
            "We have many error 429 also when we send few request.",
        ),
        (  # 16 used to work
            "The same script ran fine for months and suddenly the server refuses it.",
            "Identical payloads that succeeded last week now come back as errors.",
            "Nothing in our deployment changed, yet the integration that was solid until recently is now flaky.",
        ),
        (  # 17 timeline
            "From [weekday] around 3pm, our outgoing calls started failing.",
            "About [days] days ago the error rate on our connector jumped from zero to roughly half.",
            "It started right after your maintenance window on [weekday] night.",
        ),
        (  # 18 consequences
            "Orders aren't syncing to our warehouse because the API calls fail.",
            "Our customers can't check out: the payment step depends on your endpoint and it's erroring.",
            "The data pipeline feeding our reporting has been stuck for hours, everything blocked on your responses.",
        ),
        (  # 19 fragments
            "API down? 500s.",
            "Integration broken. 401. Key unchanged.",
            "Rate limited. Low traffic. Confused.",
        ),
        (  # 20 timeouts
            "Calls hang for {30|60} seconds and then time out without any response.",
            "Our HTTP client gives up waiting; connections open but nothing comes back.",
            "Latency went from a couple hundred ms to timeouts across the board.",
        ),
        (  # 21 webhooks
            "Webhook deliveries to our endpoint stopped, and your dashboard lists them as failed attempts.",
            "We're not receiving any event callbacks anymore, even though our receiver returns 200.",
            "The webhook signature check on our side fails for every payload since the secret was changed.",
        ),
        (  # 22 throttling
            "We're being throttled far more than the [plan] tier should allow.",
            "Our batch job gets cut off with too-many-requests after only a few hundred calls.",
            "The limit we hit seems to be per minute rather than per hour, which isn't what the docs describe.",
        ),
        (  # 23 SDK
            "Your Python SDK raises AuthenticationError as soon as the client is initialised.",
            "The Node library throws 'Unauthorized' on the first call, using the same key that works in curl.",
            "After upgrading the official client package to the latest version, our calls error out with an internal server message.",
        ),
        (  # 24 CI / sandbox
            "Our nightly CI job that hits your sandbox started failing with unauthorized responses.",
            "Integration tests against the staging API are red since [weekday]; locally they pass.",
            "The pipeline that deploys our connector fails at the smoke-test stage, where it pings your API.",
        ),
        (  # 25 OAuth / bearer token
            "Our OAuth access tokens expire after an hour as expected, but the refresh call now returns invalid_grant.",
            "The bearer token we obtain from /oauth/token is rejected by every other endpoint with 403 forbidden.",
            "The client credentials flow stopped working: the token endpoint answers 400 'unsupported_grant_type' although nothing changed.",
        ),
        (  # 26 403 / scopes / permissions
            "We get 403 Forbidden on the /reports endpoint, even though the key has admin scope.",
            "Some calls succeed while others fail with 'insufficient permissions', using one identical credential.",
            "Our integration user can read records, but writes come back forbidden.",
        ),
        (  # 27 ultra short
            "api 502s again",
            "webhook not firing",
            "sdk throwing errors",
            "sync job failing{| again}",
        ),
        (  # 28 502 / 503 / 504 gateway
            "We're seeing 502 Bad Gateway from your load balancer on about a tenth of calls.",
            "Bursts of 503 Service Unavailable every so often, then it recovers.",
            "Gateway timeouts (504) on large list queries since the weekend.",
        ),
        (  # 29 no-code automation
            "Our Zapier zap that creates records in your app keeps erroring with 'authentication failed'.",
            "The Make scenario that pushes new leads to you halts at your module with a 500.",
            "Our no-code automation stopped moving data into your tool and the run history is full of red.",
        ),
        (  # 30 problem + request in one
            "Would someone look into why our server gets HTTP 429 after just a handful of calls?",
            "We'd like to know why our token is suddenly rejected; can someone look at it?",
            "Our integration's POSTs fail with 500 since this morning, please dig into it.",
        ),
        (  # 31 sync job / connector
            "The two-way sync between our CRM and your platform stopped halfway through its run, erroring out.",
            "Our scheduled sync job logs 'connection refused' whenever it tries to reach you.",
            "The connector that mirrors contacts into your app hasn't completed a cycle since [weekday]; it only logs failures.",
        ),
        (  # 32 rambling run-on
            "so our app calls ur api and since like 9am every request just fails and we haven't deployed anything and i'm not a backend person so i'm kind of lost",
            "basically our connector was fine yesterday and today it's spitting out 401 after 401 and our dev is on holiday",
            "we've got this script that calls your endpoints every few minutes and it's started failing randomly like half the time no clue why",
        ),
        (  # 33 quota exhausted
            "The response says our monthly quota is exhausted, but the usage graph shows we've used less than half.",
            "We hit 'quota_exceeded' on day three of our billing month, which can't be right.",
            "Our daily request allowance seems to reset at a strange hour and we run out mid-morning.",
        ),
        (  # 34 Indian English
            "We are getting 401 unauthorized error while hitting your API, kindly check.",
            "API is giving timeout error from last two days, please look into it on priority.",
            "Our integration is failing with error code 500, request you to check the issue.",
        ),
        (  # 35 Gen-Z / casual dev
            "ur api is being so weird rn, 500s everywhere",
            "lowkey think your endpoint is dead",
            "bro the auth keeps failing and i swear the key is right",
        ),
        (  # 36 questions
            "Did you deprecate the v1 endpoints? Our calls now return 410 Gone.",
            "Is there an incident on the API side right now? Requests hang, then fail.",
            "Has the authentication header format changed? We send 'Token xyz' and suddenly get 401.",
        ),
        (  # 37 TLS / DNS
            "Our client fails the TLS handshake against your API host since you rotated certificates.",
            "Requests die with 'certificate verify failed' on our older servers.",
            "DNS for your API hostname resolves intermittently from our data centre, so calls fail.",
        ),
        (  # 38 request ids / traces
            "Request id req_7Hx2 returned 500 at 14:02 UTC; the same payload succeeded on retry two minutes later.",
            "Trace: client -> your /v3/invoices route -> 502, roughly 1 in 8 attempts.",
            "Three failing request IDs attached; all are PUT /contacts, all 500.",
        ),
        (  # 39 pagination / shape change
            "The list endpoint returns the same page over and over, so our pagination never ends.",
            "Our nightly pull gets truncated results: the cursor comes back empty after page two.",
            "The API now returns fields in a different shape, which breaks our parser.",
        ),
        (  # 40 formal, other vocabulary
            "Our platform's programmatic calls are being declined with authorisation faults.",
            "The machine-to-machine link with you has degraded, and our operations team observes elevated failure rates.",
            "Server responses to our automated traffic have become unreliable, with a substantial proportion returning fault codes.",
        ),
        (  # 41 key mix-ups
            "We think we're mistakenly using the test key in production, and everything there comes back unauthorized.",
            "The key shown in the developer settings is masked and the one in our vault might be outdated; calls fail either way.",
            "After rotating our secret, half our services still send the old one and get refused.",
        ),
        (  # 42 website feature broken by API
            "Customers can't submit forms on our website, and the developer says it's your service refusing the data.",
            "Our booking widget shows 'something went wrong' and the console says your server returned 429.",
            "The app we built on your platform can't save anything; our freelancer says the API keeps erroring.",
        ),
        (  # 43 concurrency / bursts
            "Parallel requests get refused for exceeding concurrent connections, even at just four workers.",
            "Burst traffic at the top of each hour trips your limiter and we get blocked for a minute.",
            "Concurrency seems capped far below what the plan page lists.",
        ),
        (  # 44 caps / exclamation
            "EVERYTHING is returning 500!!",
            "Integration is DEAD, nothing goes through!!",
            "401 401 401, all day long!!!",
        ),
        (  # 45 GraphQL / batch / 422
            "Our GraphQL queries return errors about an unknown field that existed last week.",
            "The batch endpoint rejects payloads over 100 items with a vague 422.",
            "Bulk upsert calls now fail validation with 422 Unprocessable Entity, same payload as before.",
        ),
        (  # 46 long detailed
            "Here's the full picture: our order service calls your API roughly twice a second, it has done so for twelve months without trouble, and since [weekday] around a third of those calls return 401 although nobody has touched the key, the clock on our hosts is correct, and that very key works perfectly from a developer's laptop.",
            "To save you some back-and-forth, we've already ruled out the obvious: the credential is current, the base URL is right, we're within the published limits, we retry with backoff, and still failures have climbed from almost nothing to about a fifth of all requests across [days] days.",
            "Some background first: we're a small team running a booking site, the availability widget queries your service on every page view, and this week visitors started seeing empty calendars because your responses either time out or are answered with server errors.",
        ),
        (  # 47 client libraries, other languages
            "Our Java client on the latest release throws a NullPointerException inside your library whenever a call fails.",
            "The PHP package you maintain now raises a fatal error and never sends the request.",
            "With the Ruby gem bumped a minor version, every call errors with 'unexpected response'.",
        ),
        (  # 48 IP allowlist / region
            "Calls from our new cloud region are blocked, maybe by an IP allowlist you keep.",
            "Since we moved servers our static IP changed, and the API rejects us.",
            "Requests from our EU cluster fail while the US one works fine.",
        ),
        (  # 49 sad short
            "api hates us today :(",
            "integration broke again :/",
            "our calls keep failing :(",
        ),
    ),
    "refund_request": (
        (  # 0 formal
            "I was billed [amount] upon renewal despite having explicitly cancelled, and I expect this sum to be returned to me in full.",
            "Our organisation was invoiced and debited for a subscription term we had already terminated; we are seeking reimbursement of [amount].",
            "The sum of [amount] was collected despite our written cancellation, and we request that it be reversed.",
        ),
        (  # 1 terse
            "cancelled last wk, still got charged [amount], want it back",
            "got billed after cancelling?? need that money returned",
            "[amount] taken for nothing, give it back{| pls}",
        ),
        (  # 2 story
            "I signed up for the trial to test one feature, completely forgot to cancel, and [amount] came out of my account. I never touched it after day one, so I'm hoping to recover that money.",
            "We moved to a different tool back in the spring, shut everything down, and then this month the old subscription still billed us, which we obviously don't owe and want repaid.",
            "My husband and I both bought the same plan without realising the other had done it, so we're paying twice and one of those payments should come back to us.",
        ),
        (  # 3 specifics, duplicate
            "The annual [plan] payment went through twice on [weekday] (two identical transactions of [amount]); the duplicate needs reversing to our card.",
            "Payment was captured twice for invoice period starting [weekday]; please credit the second capture back to the original payment method.",
            "Our card processor shows two settled charges from you for a single order; one of the two must be voided.",
        ),
        (  # 4 confused
            "I think I paid twice by mistake? I pressed the button and nothing happened so I pressed it again. Is it possible to undo one?",
            "I didn't mean to buy anything, I thought it was free, and now money is gone from my card and I'd really prefer to have it again.",
            "Somehow I ended up spending [amount] on something I don't want, and I'm wondering if it can be sent back somehow.",
        ),
        (  # 5 angry
            "You took [amount] AFTER I cancelled. Give it back. Now.",
            "This is theft, plain and simple. I never authorised that renewal. Every cent comes back to me.",
            "I'm disgusted that you charged me for a service I shut off weeks ago. Return my money or I go to my bank.",
        ),
        (  # 6 elderly polite
            "I'm afraid I subscribed in error, and I would be ever so grateful to have the payment returned.",
            "I believe I have been charged for a year I shall not be using, and I wondered whether the sum might be repaid to me.",
            "Forgive the trouble, but a sum of [amount] was deducted which I had not intended, and I should very much like it back.",
        ),
        (  # 7 hurried mobile
            "accidentally upgraded to [plan] on my phone, need that charge undone",
            "fat-fingered the buy button on mobile, [amount] gone, want it reversed",
            "renewal hit my card, didnt want it, reverse pls",
        ),
        (  # 8 passive
            "Funds amounting to [amount] were withdrawn after termination of the subscription; reimbursement is expected.",
            "The account was debited although the plan was never activated, and the funds should be credited back.",
            "An annual charge was applied mistakenly and has yet to be refunded.",
        ),
        (  # 9 question
            "Can I recover what I spent on something I never once used?",
            "Is it possible to have last week's [amount] returned? I cancelled right away.",
            "How do I go about getting reimbursed for an unwanted renewal?",
        ),
        (  # 10 labelled
            "Payment: [amount]. Reason: cancelled before renewal. Desired outcome: refund to card.",
            "Transaction date: [weekday]. Status: unwanted. Action wanted: money returned.",
            "Refund reason: service not used. Plan: [plan]. Amount paid: [amount].",
        ),
        (  # 11 hedging
            "Not sure this is even possible, but I'd really like to recover the [amount] I paid recently.",
            "Maybe this is against your policy, I don't know, though I'd hoped the last payment could be given back since I barely used anything.",
            "It might be too late, I realise, but I'd like the renewal charge reimbursed if at all possible.",
        ),
        (  # 12 not as promised
            "The service didn't do what the sales page promised, so I don't think I should have to pay for it and want the money returned.",
            "Half the features advertised for [plan] simply aren't there; I'd like what I paid back.",
            "It never worked for our use case, not once, and paying [amount] for that isn't fair. I want it reimbursed.",
        ),
        (  # 13 sarcastic
            "Amazing how fast you are at taking money and how slow at giving it back.",
            "Charging me for a cancelled plan, bold move. I'll be wanting that returned, thanks.",
            "Apparently 'cancel' means 'keep billing' in your world. I'd like my [amount] back.",
        ),
        (  # 14 apologetic
            "Sorry, I know this is my fault for missing the cancellation date, but is there any chance the renewal could be refunded?",
            "Apologies for the trouble: I bought the wrong plan and would love to have that payment sent back.",
            "I feel bad asking, but I genuinely can't afford the [amount] that renewed, and I'm hoping it can be returned.",
        ),
        (  # 15 non-native
            "I want to receive back my money, I cancel the subscription but you charge me [amount].",
            "Please I need the refund, the payment is double and I pay only one time.",
            "I don't use the service, I ask to return the money of the last payment.",
        ),
        (  # 16 trial converted
            "My free trial turned into a paid [plan] subscription without a reminder, so that first charge should be refunded to me.",
            "The trial ended and I was billed [amount] automatically; I had no intention of continuing and expect it to be credited.",
            "I never got a warning before the trial converted, hence the resulting payment ought to be cancelled out.",
        ),
        (  # 17 timeline
            "On [weekday] I cancelled; the day after, [amount] was charged anyway, which has to be returned.",
            "[days] days ago I bought an upgrade and stopped using it within the hour; that payment should go back where it came from.",
            "The renewal ran on [weekday] morning, I noticed that afternoon, and it should be reimbursed before it even posts.",
        ),
        (  # 18 hardship
            "Money is really tight this month and that [amount] renewal hurt; I'd like it credited back.",
            "I lost my job recently and can't keep paying. The charge that just went through is something I need reversed.",
            "With rent due, I can't absorb an unexpected payment like this, so I need it repaid.",
        ),
        (  # 19 fragments
            "Charged after cancel. Want money returned.",
            "Unwanted renewal. [amount]. Reimburse.",
            "Double payment. One back please.",
        ),
        (  # 20 duplicate charge, plain
            "I was charged twice for the same month, and the extra [amount] should be refunded to my card.",
            "Two payments went out where there should've been one, so the second one needs returning.",
            "My card was hit for the subscription two times in a row; one of those has to be reversed.",
        ),
        (  # 21 downgrade not applied
            "I downgraded to free before the renewal, yet I was billed for [plan], and that payment shouldn't stay with you.",
            "The switch to a cheaper plan wasn't applied in time, so I paid the full price; I'd like the full amount repaid.",
            "I moved off [plan] last month but got charged for it again; that charge should be given back.",
        ),
        (  # 22 business closed
            "Our company shut down and the annual renewal still charged us [amount] for nothing; we're requesting it be refunded.",
            "The project this account was for has ended, and we were billed for another year that nobody will use, so we'd like reimbursement.",
            "We've closed the business and have no use for the subscription that just renewed; the money ought to go back to us.",
        ),
        (  # 23 dispute warning
            "Before I dispute this with my bank, I'm giving you the chance to send the [amount] back yourselves.",
            "If that charge isn't reversed by you, I'll have to file a chargeback, which I'd rather avoid.",
            "My card issuer says it's simpler if the merchant gives the money back directly, so that's what I'm asking for.",
        ),
        (  # 24 unauthorised family member
            "My {son|daughter|teenager} upgraded the account on my card without asking, and I need those funds returned.",
            "Someone in my household bought [plan] using my saved card; I did not approve it and need it reimbursed.",
            "A purchase of [amount] was made by my kid, not me, and I'd want it credited to the card again.",
        ),
        (  # 25 overcharged, want difference
            "You charged [amount] when the plan lists a lower price, and I'd like the excess paid back to me.",
            "I was overcharged for this cycle; the gap between the quoted rate and what was debited needs refunding.",
            "The amount taken is higher than the agreed price, so whatever you took beyond it needs returning.",
        ),
        (  # 26 cooling-off / withdrawal right
            "I'm within the 14-day window, so I'm exercising my right of withdrawal and want my payment back.",
            "Under consumer law I have a cooling-off period, and I'm using it: I want the subscription fee repaid.",
            "My purchase was only [days] days back, so I want to withdraw from the contract with everything repaid.",
        ),
        (  # 27 ultra short
            "refund for last charge pls",
            "pls reverse that payment",
            "charged by mistake, reimburse?",
            "need my [amount] back",
        ),
        (  # 28 outage compensation
            "Your platform was down for most of the week, and I don't believe I owe anything for days I couldn't use; that portion deserves a refund.",
            "Given the outage, we expect a partial reimbursement for the lost time.",
            "We couldn't work for [days] days because of your downtime, so part of this month's fee should be handed back to us.",
        ),
        (  # 29 wrong plan / period bought
            "I meant to choose monthly and accidentally paid for a whole year; I'd like the annual charge undone and my funds returned.",
            "Picked the wrong tier at checkout and paid [amount] for features I'll never need; I'd like that back, then I'll purchase the correct tier.",
            "I bought {ten|twenty} seats instead of two by mistake and want the cost of the extras returned.",
        ),
        (  # 30 problem + request in one
            "Can I get my money back for the renewal that went through after I'd already closed my account?",
            "Would you refund the [amount] you took this morning, since I cancelled last week?",
            "Could the annual fee be reimbursed, given I stopped using the product in month one?",
        ),
        (  # 31 money-back guarantee
            "Your site promises a 30-day money-back guarantee, and I'm claiming it: the product isn't for us.",
            "I'm invoking the satisfaction guarantee on my purchase and want every penny reimbursed.",
            "Since I'm still inside the guarantee window, I expect a refund without fuss.",
        ),
        (  # 32 rambling run-on
            "so i cancelled ages ago and thought that was it but then today i see you took another payment and honestly i just want it put back asap",
            "ok so long story but i paid for the upgrade and it never actually unlocked anything and ive emailed twice and i'd really like my money returned now",
            "hi so my card got hit again even though i closed my profile like a month back and i want it refunded because its really not fair",
        ),
        (  # 33 paid twice by two methods
            "We paid the invoice by bank transfer and your system also charged our card automatically, so you've been paid two times over and one has to go back.",
            "Our finance team wired the amount and then the card on file was debited too, so one payment needs returning.",
            "That single invoice got settled via PayPal and by card; please pay back the duplicate.",
        ),
        (  # 34 Indian English
            "Amount got debited twice from my account, kindly refund the extra amount at the earliest.",
            "I have cancelled my plan but still amount is deducted, please initiate refund.",
            "Kindly revert [amount] which is wrongly deducted.",
        ),
        (  # 35 Gen-Z
            "ngl cancelling slipped my mind and now ur charging me, can i get that back",
            "yall still charged me even tho i cancelled??? refund fr",
            "i literally never used it, pls refund me",
        ),
        (  # 36 removed seats
            "We removed {three|five} users at the start of the month, and every one of them was still billed; the cost for the removed seats should be returned.",
            "After downsizing the team I expected a lower charge, and I'd like the overpayment for unused licences reimbursed.",
            "We're paying for seats nobody has, so please refund what those cost.",
        ),
        (  # 37 charged after account deletion
            "I deleted my account entirely on [weekday], and a payment was still taken afterwards; that should be repaid.",
            "There shouldn't be any charges on a closed account, yet there is one, and I want it returned.",
            "My profile no longer exists on your platform and you still billed me; I expect the funds back.",
        ),
        (  # 38 bereavement
            "I'm writing on behalf of my late father, whose plan renewed after he passed away; we'd like that payment returned to his account.",
            "My mother died {earlier this year|a few months ago} and her plan kept charging her card; the family would like those payments reimbursed.",
            "As executor of my uncle's estate, I request that the charges taken since his death be repaid.",
        ),
        (  # 39 discount not applied
            "The promo code I entered at checkout wasn't applied, so the bill came at full price; please send the discount back.",
            "I was promised 50% off the first year; the whole amount came out instead, and the difference needs reimbursing.",
            "Black Friday pricing was advertised when I bought, yet the regular rate was taken; please refund the gap.",
        ),
        (  # 40 formal, other vocabulary
            "We hereby seek restitution of [amount], which was debited in breach of our cancellation notice.",
            "Please be advised that we require the remittance of funds erroneously collected on [weekday].",
            "We expect the sum captured in error to be remitted to the originating account without delay.",
        ),
        (  # 41 add-on never activated
            "The storage add-on I purchased was never switched on for my workspace, and I'd like it refunded.",
            "The premium feature I purchased still shows as locked, and having waited ages I'd rather just be refunded.",
            "The extra module I bought never appeared in my account; please reimburse it.",
        ),
        (  # 42 wrong account / gift
            "I bought a subscription as a gift for my brother, but he already had one, so I'd like to be reimbursed.",
            "I upgraded the wrong workspace, the one from my old job, and want that charge returned so I can buy it for the right one.",
            "Mistakenly purchased a plan on an account I no longer use; that purchase needs refunding.",
        ),
        (  # 43 bank transfer / direct debit
            "We paid through a transfer from our business account, so any refund has to go back there; the overpayment was [amount].",
            "Since we settled by wire, please return the overpaid sum to the same IBAN.",
            "The money went by direct debit, so please send it back to my current account.",
        ),
        (  # 44 caps / exclamation
            "FULL REFUND, NOW!!",
            "REFUND NOW, I cancelled weeks ago!!",
            "Stop taking my money and RETURN what you took!!",
        ),
        (  # 45 app store purchase
            "I subscribed through the App Store by accident and the charge came from Apple; can you assist in getting it refunded?",
            "The in-app purchase on my Android phone was taken two times and I'd like the extra one refunded.",
            "My iPhone subscription renewed after I deleted the app, and I want that renewal reimbursed.",
        ),
        (  # 46 long detailed
            "Let me set out the sequence so it's clear: I cancelled through the settings page on [weekday], I received the confirmation email, nobody touched the product after that, and nevertheless the renewal of [amount] was taken when the next cycle began, which I'm now asking you to refund entirely.",
            "Here is the background in one go: we trialled your tool for a project that was cancelled by the client, we decided not to continue, our admin turned off auto-renew, and somehow the annual payment still went through, so we would like the company card reimbursed.",
            "I'll try to keep this clear: I upgraded by accident while browsing the plans page on my mobile, realised within minutes, downgraded straight away, and still saw [amount] leave my account, which I'd like reimbursed as I never used a single paid feature.",
        ),
        (  # 47 unauthorised transaction
            "This transaction was never authorised by me, and I want the funds returned immediately.",
            "Someone used my card details to buy a subscription on your site; that payment needs cancelling and the money sent back.",
            "My card details were used fraudulently for a purchase with you, and I need that reimbursed.",
        ),
        (  # 48 early downgrade, unused remainder
            "I upgraded to the annual plan and then realised monthly fits us better; could the yearly charge be returned minus what we used?",
            "We switched from [plan] to a smaller plan after a week and expect the unused remainder of the bigger plan paid back.",
            "After downgrading early in the cycle, I'm owed the unused portion and want it back on the card.",
        ),
        (  # 49 sad short
            "charged after cancelling :( can i get it back",
            "double payment by accident :/ refund?",
            "renewed by mistake :( money back?",
        ),
    ),
    "data_migration": (
        (  # 0 formal
            "We initiated a migration of our customer records from our legacy CRM on [weekday] and have not yet received confirmation of its completion.",
            "Our organisation is in the process of transferring its historical project data onto your platform, and we are uncertain whether the process concluded successfully.",
            "We commissioned the move of our archive into your system {last week|on [weekday]}, and its current state is unclear to us.",
        ),
        (  # 1 terse
            "import still running?? started it yday",
            "moved our stuff over, half of it missing{| lol}",
            "data transfer stuck, been ages",
        ),
        (  # 2 story
            "We finally decided to leave our old ticketing tool after eight years, exported everything into a big file, and kicked off the move into your product on [weekday]; since then it's been radio silence.",
            "My business partner set up the switchover before going on leave, so I've inherited a half-done move of all our client files and no idea where it stands.",
            "We spent the whole weekend cleaning up a decade of records for the switch, uploaded them Monday morning, and now I can't tell if any of it landed properly.",
        ),
        (  # 3 technical
            "Migration job for our workspace has shown status 'in_progress' for 14h; the CSV was 48k rows, UTF-8, header row included.",
            "Bulk load of the JSON dump from the prior vendor reports 'queued' but the record count in the target workspace hasn't moved.",
            "The ETL run that maps our old schema to your objects completed on our side, yet the job log on yours shows no end timestamp.",
        ),
        (  # 4 confused non-technical
            "I put all my spreadsheets into the upload thing like the instructions said, but none of my information shows up in there.",
            "Someone told me to use the 'bring my data' button. I did, and I have no clue whether it worked or whether I broke something.",
            "I'm trying to get my lists out of that other program and into yours and I'm lost as to whether it's done or not.",
        ),
        (  # 5 angry
            "Your migration tool has eaten half our data and I'm furious.",
            "We trusted you with {three|five|ten} years of records and the import is STILL not finished. Unbelievable.",
            "I've been told for days that the transfer 'is processing'. That's not an answer.",
        ),
        (  # 6 elderly polite
            "My accountant suggested I move my client list over to your system, which I have tried to do, but I'm not certain it has gone through correctly.",
            "I have uploaded the records from my previous programme as best I could, though I would feel much better knowing they all arrived safely.",
            "Forgive me if I've done this wrong, but I transferred my old files into your service and I cannot find all of them.",
        ),
        (  # 7 hurried mobile
            "migration stuck at 80%, cant check from laptop rn",
            "quick q from my phone: did the import finish overnight?",
            "on the road, team says records from old system not showing",
        ),
        (  # 8 passive
            "A data transfer was initiated from our former hosting provider on [weekday]; no notice of completion has been received.",
            "Several thousand contacts were submitted for import, but only a fraction appear to have been created.",
            "The migration was reported as started, but its outcome has not been communicated to us.",
        ),
        (  # 9 question
            "Did our import actually finish? The progress bar vanished without a message.",
            "How can I tell whether all the projects we brought over made it?",
            "Is the migration from our old helpdesk still going, or has it failed quietly?",
        ),
        (  # 10 labelled
            "Source system: legacy CRM. Records: approx. 12,000. Job started: [weekday]. Status: unknown.",
            "Migration type: projects + tasks. Plan: [plan]. Result: unclear, counts don't match.",
            "Data: customer history export (CSV). Uploaded: [days] days ago. Visible in workspace: partially.",
        ),
        (  # 11 hedging
            "I think the move of our projects went through, but the numbers don't quite add up, unless I'm counting wrong.",
            "Maybe it just takes a while, though it feels like the import should be done by now?",
            "Could be nothing, could be something: a few folders from the old tool look empty after the switch.",
        ),
        (  # 12 counts mismatch
            "Our legacy database had {3,200|5,400|870} contacts; yours shows noticeably fewer.",
            "We exported 412 projects and only around 390 are listed on your end.",
            "Record totals before and after the transfer differ, and I can't see which ones went missing.",
        ),
        (  # 13 sarcastic
            "Good to know your 'seamless migration' means 'some of your data, eventually'.",
            "The importer has been thinking very hard about our spreadsheet for {two|three} days now.",
            "Our records are apparently on a scenic tour somewhere between our former tool and yours.",
        ),
        (  # 14 apologetic
            "Sorry to chase, but we started bringing our data across a while ago and haven't heard whether it succeeded.",
            "Apologies if I messed up the file format; the upload of our history only partly worked, it looks like.",
            "I hate to be a nuisance, but I'm nervous our accounts didn't finish moving.",
        ),
        (  # 15 non-native
            "We make the migration of our data from other system, but we are not sure it is finish.",
            "The import of this file is not complete I think, many clients are not present.",
            "We transfer every project on [weekday] and until now we not see them.",
        ),
        (  # 16 fidelity / content lost
            "Attachments and comments didn't come across with the tickets we moved.",
            "The notes fields arrived blank after the import, though the names and addresses are there.",
            "Custom fields from the platform we used before seem to have been flattened or dropped.",
        ),
        (  # 17 timeline
            "Started it Friday, still nothing definite by [weekday].",
            "It's been [days] days since we began moving things over and the job hasn't reported done.",
            "We queued the transfer on [weekday] morning; by evening the count had stopped climbing.",
        ),
        (  # 18 consequences
            "We can't switch off the old system until we know everything has landed on yours, and that's costing us money daily.",
            "Our sales team is working from two tools at once because nobody is sure the customer history has been copied.",
            "Go-live is blocked; the cutover can't happen while everything's in limbo.",
        ),
        (  # 19 fragments
            "Import. Stuck. Day {two|three}.",
            "Migration status? Unknown. Records? Partly there.",
            "Old data, new system, gaps.",
        ),
        (  # 20 duplicates
            "After the import many entries appear twice, with slightly different dates.",
            "Re-running the upload seems to have doubled some of our contacts.",
            "We now have duplicate projects, one from each attempt at moving them.",
        ),
        (  # 21 vendor contract deadline
            "Our contract with the previous vendor ends in [days] days, and the transfer into your platform isn't confirmed yet.",
            "The old provider shuts off our access at the end of the month, so the data move has to be solid before then.",
            "We're on a hard deadline to leave our former supplier, and I can't verify the records made it over.",
        ),
        (  # 22 workspace consolidation
            "We're consolidating two workspaces into one, and the projects from the second haven't shown up in the first.",
            "Merging our regional team's workspace into the main one was started but seems incomplete.",
            "The transfer of boards between our old and new workspaces stopped partway.",
        ),
        (  # 23 error summary unclear
            "The import ended with an error summary I can't interpret.",
            "There's a report saying some rows were 'skipped', but it doesn't say which or why.",
            "Once the upload stopped I got a warning about rejected lines and a log file I don't understand.",
        ),
        (  # 24 spreadsheets / long history
            "We're bringing over twelve years of bookings from Excel sheets, and I'm not convinced all of them arrived.",
            "I uploaded each year's workbook one by one, and a couple of years look thin.",
            "Our whole history lived in spreadsheets until now; getting it into your app has been patchy.",
        ),
        (  # 25 field mapping / CSV / XLSX
            "The field mapping step of the import won't let me match our 'Company' column to anything, so those values got dropped.",
            "Our XLSX upload put dates into the wrong field, and many records landed with blank due dates.",
            "When mapping columns during the import, the custom columns in our spreadsheet don't show up as targets.",
        ),
        (  # 26 moving from named tools
            "We're moving from {Salesforce|HubSpot|Pipedrive} and the accounts came over but their linked contacts didn't.",
            "Our Zendesk history was brought across, yet ticket conversations are missing their replies.",
            "Coming from {Trello|Asana|Jira}, the boards transferred but cards lost their assignees and checklists.",
        ),
        (  # 27 ultra short
            "csv upload failed halfway",
            "our old records arent there",
            "import done? cant tell",
            "hubspot move incomplete",
        ),
        (  # 28 onboarding team loading data
            "Your onboarding team was meant to load our client list for us, and the account still looks empty.",
            "We handed our files to your implementation specialist two weeks ago with no word since.",
            "The white-glove onboarding promised to bring in everything we had, and so far only a test batch is visible.",
        ),
        (  # 29 encoding / special characters
            "Names with accents came through as garbled characters after the upload.",
            "Every umlaut in our customer list turned into question marks once imported.",
            "Our Japanese and Cyrillic entries look like gibberish in your app now that they've moved.",
        ),
        (  # 30 problem + request in one
            "Could you tell us whether our import from the old CRM actually finished, because the numbers look short?",
            "Can someone check why only part of our spreadsheet came through the bulk upload?",
            "We'd like to know if the archive move completed; nothing in the app says so.",
        ),
        (  # 31 export format / size limits
            "The export from our previous provider is a 2 GB zip and your uploader rejects it as too large.",
            "Your importer caps files at 50 MB, so we split ours into pieces, and now I'm unsure all pieces made it.",
            "We could only get the data out of the former tool as XML, and the upload page won't take it.",
        ),
        (  # 32 rambling run-on
            "so we exported everything out of our previous software and uploaded it like the guide said and it showed a spinning thing for ages and now some stuff is there and some isnt and i dont know what happened",
            "basically we're halfway through switching over and half the team sees the old projects and half doesn't and nobody knows if the import finished",
            "ok so i uploaded the file on friday it said processing and then nothing and now on [weekday] its still not clear whether our stuff is in",
        ),
        (  # 33 relationships broken
            "Contacts were imported, but they're no longer linked to their companies.",
            "Parent-child links between tasks didn't survive the move; every subtask is now a loose item.",
            "The references between orders and customers got lost during the transfer.",
        ),
        (  # 34 Indian English
            "We have done the data migration from old software but still the records are not reflecting in the system.",
            "Kindly check the status of our import, it is showing pending since yesterday.",
            "Data uploaded by us is not showing fully, some customers are missing, please check the same.",
        ),
        (  # 35 Gen-Z
            "moved everything across and like a third of it just vanished??",
            "the import thing has been loading forever fr",
            "ngl not sure the migration actually did anything",
        ),
        (  # 36 questions
            "Does the importer handle attachments, or do those need uploading separately? Ours aren't there.",
            "Should the migration still show 'pending' after [days] days?",
            "Where would I see the result of the data transfer we started?",
        ),
        (  # 37 dates / timezones / numbers
            "All the dates from the legacy system shifted by a day after importing, probably a timezone thing.",
            "Amounts in our records came through wrong: 1.234,50 became 1.23 because of the decimal comma.",
            "Created-at timestamps were replaced with the import date, so we lost our history order.",
        ),
        (  # 38 owners / users mapping
            "Every imported record is now owned by me instead of the original salesperson.",
            "The assignee on transferred tickets defaulted to the admin account.",
            "User mapping failed during the migration, leaving authorship on all the old notes wrong.",
        ),
        (  # 39 wrong file / overwritten
            "We ran the import with the wrong file and now the workspace is a mess of test data mixed with real records.",
            "I accidentally uploaded last year's export on top of the current data and things got overwritten.",
            "A second import run replaced fields we'd already cleaned up.",
        ),
        (  # 40 formal, other vocabulary
            "The conversion of our legacy dataset for your platform appears only partially executed.",
            "Our records onboarding exercise has not reached a verifiable conclusion.",
            "We are unable to ascertain whether the data load into the new environment was completed in full.",
        ),
        (  # 41 archived / historical records
            "Only open items were transferred; all our closed and archived history stayed behind.",
            "The migration brought over current projects, but anything older than a year is missing.",
            "Our historical records from before {2019|2020} never appeared once we switched.",
        ),
        (  # 42 region / data centre move
            "We asked you to move our workspace to your EU data centre, and since the move some records can't be found.",
            "Moving our account data from the US region to the EU one hasn't been confirmed.",
            "Relocating our data to the new hosting region apparently left a gap of a few days' records.",
        ),
        (  # 43 spot checks / validation
            "Our spot checks of migrated records turned up {a dozen|several} mismatches in phone numbers and addresses.",
            "A random sample taken post-migration shows fields shifted by one column.",
            "A checksum of the source export didn't match one taken from your side.",
        ),
        (  # 44 caps / exclamation
            "HALF OF EVERYTHING IS GONE since we imported!!",
            "Where did our records GO??",
            "The migration is STILL running!!",
        ),
        (  # 45 batches / multi-part
            "We uploaded our data in {four|six} separate batches and only the first couple look processed.",
            "Batch 3 of our upload shows 'failed' in the history, the rest 'completed'; I don't know what that means for the data.",
            "One of the files in our multi-part upload never left the queue.",
        ),
        (  # 46 long detailed
            "Let me give you the whole picture: we exported roughly {18,000|26,000} contacts, 3,000 companies and all their notes from the CRM we'd had for years, ran them through your import wizard on [weekday] with the mapping your docs suggest, and today the contacts total looks right while the companies are a few hundred short and most notes are missing.",
            "For context, we're a property management firm moving all our tenancy records since {2014|2015} over to you; the first two files went in overnight without complaint, the third one has sat at 'processing' for [days] days, while the team asks me every morning whether they can start using the new system.",
            "Here's what we've done so far: cleaned the spreadsheets, removed duplicates, saved everything as UTF-8, uploaded in the order your guide recommends, and checked the counts afterwards, and despite all that a good chunk of last year's entries simply isn't visible anywhere in the workspace.",
        ),
        (  # 47 folders / documents
            "Our folder structure got flattened in the move, so thousands of documents now sit at the top level.",
            "The document library we moved over lost its subfolders and version history.",
            "Files came across, but without the tags and folders they had in the previous system.",
        ),
        (  # 48 dry run vs live run
            "The test import in the sandbox looked perfect, but the real run in production is missing records.",
            "We did a dry run that went fine; the live transfer doesn't match it.",
            "Our trial migration into a staging workspace worked, and the final one apparently didn't.",
        ),
        (  # 49 sad short
            "import ate our data :(",
            "half our records gone after the move :/",
            "migration stuck again :(",
        ),
    ),
}

REQUESTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (  # 0 formal
            "I would be grateful if you could send a password reset link to my registered address.",
            "Kindly arrange for my credentials to be reset at your earliest convenience.",
            "I would appreciate it if you could issue a reset of my login so that I may resume work.",
        ),
        (  # 1 terse
            "pls send reset link",
            "need a pw reset{| thx}",
            "reset my login{| pls| asap}",
        ),
        (  # 2 story tail
            "If somebody could just fire off one of those reset emails, I'd finally be able to get on with my day.",
            "So that's where things are, and honestly all I want is to choose a different password and move on.",
            "Anyway, one fresh reset mail would sort the whole thing out, I think.",
        ),
        (  # 3 technical
            "Please trigger a new reset token for my user; the previous one is dead.",
            "Can you invalidate the old credential and generate a fresh reset flow for me?",
            "Requesting a manual reset from the admin side, since the self-service flow isn't working for me.",
        ),
        (  # 4 confused
            "Can you make it so I can get in again? Whatever it is you need to do.",
            "I just need someone to sort it out so the computer lets me in.",
            "Is there a way you can fix it from there so that it works like before?",
        ),
        (  # 5 angry
            "Fix my login NOW.",
            "Get me back into my account today, I'm done waiting.",
            "Reset the damn thing and stop sending me to FAQ pages.",
        ),
        (  # 6 elderly polite
            "Might you kindly arrange for me to pick another password?",
            "I should be most obliged if you could help me set up a fresh password.",
            "Would it be possible for someone to assist me in getting a new one?",
        ),
        (  # 7 hurried mobile
            "need a new pw link asap",
            "send reset to my inbox pls, on phone",
            "can u reset quickly, in a rush",
        ),
        (  # 8 passive
            "Resetting of the password is requested for this account.",
            "It is asked that a recovery link be dispatched to the account holder.",
            "Restoration of access via a reset is requested.",
        ),
        (  # 9 question
            "Could you reset my password?",
            "Can you email over a link so I can change it?",
            "Would you email me a reset?",
        ),
        (  # 10 labelled
            "Requested action: password reset.",
            "Action needed: send recovery link to account email.",
            "Request: new password / reset email.",
        ),
        (  # 11 hedging
            "If it's not too much trouble, maybe you could reset it on your end?",
            "I guess what I'm after is a reset, if that's the right thing here?",
            "Perhaps the simplest would be to just reset it, unless you think otherwise.",
        ),
        (  # 12 unlock
            "Please unlock my account so I can sign on again.",
            "Could the lock be lifted, and a reset sent, so I'm able to sign on once more?",
            "Kindly remove the block on my login and let me pick new credentials.",
        ),
        (  # 13 sarcastic
            "Maybe someone over there could press whatever magic button lets me back in.",
            "Feel free to mail a working reset link whenever it suits you.",
            "If it isn't asking too much, I'd love to actually use the thing I pay for.",
        ),
        (  # 14 apologetic
            "Sorry again, could you help me get back in?",
            "Apologies, but would you mind resetting things for me?",
            "I'm so sorry to ask, but could you arrange a way to change the password?",
        ),
        (  # 15 non-native
            "Please can you give me a new password.",
            "I ask you to make the reset of my password, thank you.",
            "Is possible to send me the email for change password please.",
        ),
        (  # 16 access today
            "Access restored today is all I need.",
            "What I need is to be back in before end of day.",
            "Whatever gets me logged on again this morning is fine by me.",
        ),
        (  # 17 resend
            "Can you resend the recovery email to me? The first one never turned up.",
            "Please try sending the reset message again, maybe manually this time.",
            "Would you push another reset mail through? Nothing reached me.",
        ),
        (  # 18 instructions
            "Tell me how to change my password, step by step.",
            "Walk me through creating fresh credentials, please.",
            "Explain what I have to do to change it and get in.",
        ),
        (  # 19 fragments
            "Reset, please.",
            "Fresh link. Thanks.",
            "Access back. Please.",
        ),
        (  # 20 ultra short
            "unlock me pls",
            "let me in again{| thx}",
            "help me log in again",
            "new login link?",
        ),
        (  # 21 2FA reset
            "Please disable two-factor for me, then I can enrol my new phone.",
            "Could you remove the authenticator from my profile and let me set it up again?",
            "Reset my 2FA, I no longer have the device it was linked to.",
        ),
        (  # 22 update email / unlink SSO
            "Please change the email on my account to my current address so that recovery mail actually reaches me.",
            "Switch my login over to the mailbox I use now, then I can recover it myself.",
            "Could you unlink the Google sign-in so I can use an ordinary password instead?",
        ),
        (  # 23 Indian English
            "Kindly reset the password and share link on my registered mail id.",
            "Request you to unblock my login at the earliest.",
            "Please do the needful to restore my login access.",
        ),
        (  # 24 Gen-Z
            "can u just fix my access lol",
            "pls unlock me i'm begging",
            "help me get in fr",
        ),
        (  # 25 long formal polite
            "I would be most appreciative if a member of your support staff could initiate a password recovery on my behalf and confirm once it has been done.",
            "I would ask that the lockout on my profile be removed, and that I be permitted to set a replacement password.",
            "May I ask that you verify my identity by whatever means you require and then restore my access to the service?",
        ),
        (  # 26 conditional
            "If the old link's expired, just send me a new one.",
            "If verifying it's me comes first, say what to provide, then reset it.",
            "Should the lockout clear on its own, tell me how long to wait; otherwise please remove it.",
        ),
        (  # 27 deadline
            "I need to be able to log in before my [weekday] meeting.",
            "Please get me a way in by five o'clock.",
            "Ideally I'd be signed in again within the hour.",
        ),
        (  # 28 either / or
            "Either send me a recovery mail or tell me what else I can do.",
            "Unlock it or reset it, whichever's faster.",
            "Reset it from your side, or point me to another way in.",
        ),
        (  # 29 caps
            "RESET IT PLEASE!!",
            "I NEED ACCESS TODAY!!",
            "Just LET ME IN!!",
        ),
        (  # 30 what I need from you
            "What I need from you is a way to set another password.",
            "The thing I'm asking for is a recovery email that actually arrives.",
            "My one request is help getting my login working again.",
        ),
        (  # 31 softened / when free
            "When you get a chance, could you send me a way to swap my password out?",
            "Whenever someone's free, I'd appreciate a hand getting back in.",
            "No huge rush, but resetting it would be great at some point today.",
        ),
        (  # 32 run-on lowercase
            "so yeah if someone could do a reset or send me whatever i need to get in that would be amazing thanks so much",
            "anyway can you please just sort my login out so i can get back to work i'd really appreciate it",
            "if u could send a reset thing to my email that'd be great cause i've tried everything",
        ),
        (  # 33 numbered asks
            "Could you: 1) unlock the account, 2) trigger a reset link, 3) confirm when done?",
            "Two things please: lift the lockout and mail out a reset message.",
            "Please (a) check my account isn't compromised and (b) give me fresh credentials.",
        ),
        (  # 34 emoji
            "please help me get back in :(",
            "just want my account back :(",
            "a reset would save my day :)",
        ),
        (  # 35 one-time login link
            "Can you send a single-use login link instead?",
            "Please email a sign-in link, that way I can get in without the password.",
            "A passwordless login email would do for now.",
        ),
        (  # 36 purpose: so that
            "I need my password changed so I can download my files before the deadline.",
            "Please reset it so I can approve my team's timesheets today.",
            "Get me signed in so that I can finish a client report.",
        ),
        (  # 37 formal, other vocabulary
            "Please reinstate my portal access.",
            "I request that my authentication details be re-issued.",
            "Kindly make signing on possible for me again.",
        ),
        (  # 38 is there any chance
            "Is there any chance of a reset from your end?",
            "Could a human reset it for me?",
            "Any chance someone could unlock me today?",
        ),
        (  # 39 do it + confirm
            "Do the reset and confirm by email once it's done.",
            "Send the recovery message and drop me a note when it's gone out.",
            "Lift the lock and reply here when I can try again.",
        ),
    ),
    "billing_inquiry": (
        (  # 0 formal
            "We would appreciate a detailed account of the charge{| at your earliest convenience}.",
            "Kindly provide a breakdown of the amount invoiced, itemised by service.",
            "We request clarification of how this figure was arrived at.",
        ),
        (  # 1 terse
            "whats it for?",
            "explain the charge pls",
            "breakdown? {thx|ty}",
        ),
        (  # 2 story tail
            "So before I go back to my wife with an answer, could somebody say what that payment actually covers?",
            "Anyway, I'd just like to understand where that number came from so I can stop wondering about it.",
            "That's the whole saga; really I only need someone to walk me through the bill.",
        ),
        (  # 3 finance detail
            "Please send an itemised invoice showing unit price, quantity, proration and tax separately.",
            "Could you share the calculation behind the total, including any credits applied?",
            "We need the invoice number and billing period mapped to this debit for our reconciliation.",
        ),
        (  # 4 confused
            "Can someone tell me in plain words what I'm paying for?",
            "All I'm after is what this money is for, that's all.",
            "Could it be put simply for me? I'm not good with bills.",
        ),
        (  # 5 angry
            "I want a straight answer on why you billed me this much.",
            "Explain this charge, and don't send me a link to your pricing page.",
            "Someone needs to justify that figure to me today.",
        ),
        (  # 6 elderly polite
            "I would be most grateful if you could let me know what the payment relates to.",
            "Might you be so kind as to explain the amount to me?",
            "Should it be no trouble, I'd welcome a short note describing what I have been charged for.",
        ),
        (  # 7 hurried mobile
            "what's that charge, quick answer pls",
            "can u let me kno what i paid for, on my phone",
            "just txt/email me what the [amount] is",
        ),
        (  # 8 passive
            "An explanation of the invoiced amount is requested.",
            "Clarification regarding the most recent debit is sought.",
            "It is requested that the billing details for this period be provided.",
        ),
        (  # 9 question
            "Could you tell me what this charge is for?",
            "What does the [amount] cover, exactly?",
            "Which subscription am I actually billed under?",
        ),
        (  # 10 labelled
            "Request: explanation of charge.",
            "Action needed: invoice breakdown sent to account email.",
            "Required: confirmation of plan and price.",
        ),
        (  # 11 hedging
            "Maybe you could clarify what I'm being charged for? I might have misunderstood the pricing.",
            "I suppose I'd like someone to double-check the bill and tell me if it's right.",
            "If it's easy, perhaps you could look at the invoice and let me know how it adds up.",
        ),
        (  # 12 plan confirmation
            "Please confirm which plan I'm on and what it costs per month.",
            "Let me know what [plan] includes and how come it differs from the website.",
            "Could you verify my current subscription and its price?",
        ),
        (  # 13 sarcastic
            "Enlighten me as to what that money bought.",
            "I'd love to hear the story behind this number.",
            "Do share the secret formula behind my invoice.",
        ),
        (  # 14 apologetic
            "Sorry to ask, but could someone clarify the payment for me?",
            "Apologies if it's obvious, but would you explain the bill?",
            "I feel silly asking, but what am I paying for exactly?",
        ),
        (  # 15 non-native
            "Please explain me for what is this payment.",
            "I want to understand the price, please give the detail.",
            "You can say me why the invoice is this amount? I want the detail.",
        ),
        (  # 16 copy of invoice
            "Could you email me a copy of the invoice with the line items?",
            "Send over the receipt for that payment so I can see what's on it.",
            "I need the PDF of this month's bill to understand it.",
        ),
        (  # 17 check for errors
            "Please check whether the debit is correct and let me know.",
            "Can you look into my billing and confirm there's no mistake?",
            "Have a look at the payment on my file and tell me if it's legitimate.",
        ),
        (  # 18 explain the increase
            "Explain why the price went up, please.",
            "I'd like to know what changed that made my bill bigger.",
            "Which change caused the increase compared with last month?",
        ),
        (  # 19 fragments
            "Explanation, please.",
            "Details on the charge. Thanks.",
            "Invoice breakdown needed.",
        ),
        (  # 20 ultra short
            "why the charge?",
            "what's this for pls",
            "explain bill?",
            "itemise pls",
        ),
        (  # 21 corrected invoice / receipt
            "Please resend the receipt with our company name and VAT number on it.",
            "Could you reissue the invoice addressed to our business?",
            "Can we get a corrected invoice showing the tax ID?",
        ),
        (  # 22 seat review
            "Please check how many seats we're being billed for.",
            "Could you tell me which users count toward the bill?",
            "Confirm the licence count on our account and what each one costs.",
        ),
        (  # 23 Indian English
            "Kindly share the invoice breakup for the amount deducted.",
            "Please clarify the extra charges at the earliest.",
            "Request you to share the reason of charges levied.",
        ),
        (  # 24 Gen-Z
            "can someone explain this bill to me like im 5",
            "pls explain where this money goes lol",
            "wait what's this charge, explain?",
        ),
        (  # 25 long formal
            "We would be grateful for a written explanation setting out each component of the sum we were invoiced, together with the applicable rates.",
            "Please furnish a statement reconciling the amount charged with the pricing agreed in our order.",
            "It would assist our finance department greatly to receive a full account of how the renewal total was derived.",
        ),
        (  # 26 conditional
            "If the price changed, please tell me when that took effect.",
            "If this is an annual charge, could you confirm what period it covers?",
            "If the amount includes tax, I'd like to see it split out.",
        ),
        (  # 27 deadline
            "Our books close on [weekday], so the invoice has to be explained before then.",
            "Please get back to me with the breakdown by end of week.",
            "We need clarity on this charge within [days] days for our audit.",
        ),
        (  # 28 either / or
            "Either send me the itemised bill or say where it can be found.",
            "Spell out the fee or point me to the page that does.",
            "Tell me whether it's monthly or yearly, and which plan it's for.",
        ),
        (  # 29 caps
            "EXPLAIN IT!!",
            "WHY this amount?!!",
            "Why SO much?!",
        ),
        (  # 30 what I need from you
            "What I need from you is the latest bill, broken down clearly.",
            "The thing I'm asking for is plain words on the [amount].",
            "I'm only asking to make sense of the numbers.",
        ),
        (  # 31 softened / when free
            "When you get a moment, could you go through that invoice alongside me?",
            "No rush, but I'd appreciate knowing what that debit covers.",
            "Whenever's convenient, a quick note about the charge would help.",
        ),
        (  # 32 run-on lowercase
            "so yeah if someone could just tell me where this number comes from that'd be great cause i'm honestly confused",
            "anyway can you please just look at my bill and let me know whats what, thanks so much",
            "if u could break down the invoice for me that would really help me out",
        ),
        (  # 33 numbered asks
            "Please tell me (1) the purpose of this charge, (2) the dates it applies to, and (3) whether tax is included.",
            "Two questions: what plan am I on, and why did the price change?",
            "Please list: plan name, price per seat, and billing cycle.",
        ),
        (  # 34 emoji
            "just wanna understand my bill :(",
            "explain pls :)",
            "confused, help? :/",
        ),
        (  # 35 next renewal / cycle info
            "Please confirm whether I'm billed monthly or annually and when the next payment is due.",
            "Let me know the date and amount of my upcoming renewal.",
            "What will my next bill be?",
        ),
        (  # 36 purpose: so that
            "I need the charge explained so I can expense it correctly.",
            "Please explain the fee so I can justify it to my manager.",
            "I have to code this payment in our accounts, so I need to know what it's for.",
        ),
        (  # 37 formal, other vocabulary
            "Please elucidate the basis for this debit.",
            "We ask for an itemisation of the fees levied this period.",
            "Please set out the components making up the invoiced total.",
        ),
        (  # 38 is there any chance
            "Is there any way to see what each invoice line refers to?",
            "Could the charges be broken down for me?",
            "Any chance someone could go over the billing with me?",
        ),
        (  # 39 do it + confirm
            "Please check the charges on file and reply with what they cover.",
            "Look into that invoice and write back listing each item.",
            "Review my charges and send me an explanation.",
        ),
    ),
    "api_integration": (
        (  # 0 formal
            "We would ask that your technical team investigate the failing requests and advise on a resolution.",
            "Kindly review our integration's recent traffic and inform us of the cause of these errors.",
            "We request that you determine why our calls are being refused and restore normal service.",
        ),
        (  # 1 terse
            "can u check ur side",
            "pls look at our api logs{| thx}",
            "need this fixed, prod is down",
        ),
        (  # 2 story tail
            "So, long story short, could someone on your end dig into what the server is seeing from us?",
            "That's where we're at; we'd really just like to know whether it's us or you.",
            "Anyway, if one of your engineers could peek at what's happening with our requests, that'd save my week.",
        ),
        (  # 3 technical
            "Please check the request logs for our tenant and state whether the 401s are key-related or scope-related.",
            "Can you confirm our key is active, and if not, provision a replacement?",
            "Could you share the rate-limit headers/quotas applied to our tenant and what's tripping them?",
        ),
        (  # 4 non-technical
            "Could you make the connection work again? I don't know what to change.",
            "Please can someone get the link between our shop and your system going again.",
            "Whatever needs doing over there so it stops showing that error, please do it.",
        ),
        (  # 5 angry
            "Fix your API. Today.",
            "Get an engineer on this immediately, not a chatbot.",
            "I expect a real answer on these errors within the hour.",
        ),
        (  # 6 polite small business
            "We'd be very grateful if you could check what's gone wrong and tell us in simple terms what to do.",
            "If it isn't too much bother, could you see whether our key needs replacing?",
            "Would somebody there be willing to take a look and guide us through getting it working?",
        ),
        (  # 7 hurried mobile
            "check logs asap pls",
            "new key if needed, send to my email",
            "lmk whats wrong w/ our calls",
        ),
        (  # 8 passive
            "An investigation of the failing API calls is requested.",
            "It is requested that a new API key be issued should the current one be invalid.",
            "A review of the throttling applied to this account is asked for.",
        ),
        (  # 9 question
            "Can you tell us why our requests are failing?",
            "Is our API key still valid, or do we need another?",
            "Could you examine the errors and say what's up?",
        ),
        (  # 10 labelled
            "Request: investigate API errors.",
            "Action needed: verify key / issue new key.",
            "Ask: explain 429s and our current limits.",
        ),
        (  # 11 hedging
            "Maybe you could check whether anything looks odd from your side?",
            "I guess we'd need a fresh key, unless you see something else going on.",
            "Perhaps someone could confirm whether it's a limit thing or a bug.",
        ),
        (  # 12 key issue
            "Please generate a new key for us.",
            "We need our credential regenerated so the integration can authenticate.",
            "Issue us a replacement token and we'll swap it in right away.",
        ),
        (  # 13 sarcastic
            "Do tell us when your servers feel like answering.",
            "Maybe somebody could find out why we're being treated like a DDoS.",
            "Whenever convenient, I'd love an explanation for the fireworks in our error dashboard.",
        ),
        (  # 14 apologetic
            "Sorry to trouble you, but could you check why we keep getting errors?",
            "Apologies in advance if it's our fault; would you mind looking at the logs?",
            "I'm sorry to ask, but could you help us figure out where these errors come from?",
        ),
        (  # 15 non-native
            "Please verify the problem with our API and say us the solution.",
            "We ask to check the key and to give a new one if is necessary.",
            "Can you control the logs of our application and help us?",
        ),
        (  # 16 escalate to engineering
            "Please pass this to whoever handles the platform's backend.",
            "Route this to engineering if the 500s are yours.",
            "If it's an outage, flag it to the on-call team and keep me posted.",
        ),
        (  # 17 raise limit / explain quota
            "Could you explain our rate limit and how we can stay under it?",
            "Point me to the right docs on quotas, or raise our ceiling if that's an option.",
            "I'd like guidance on request pacing so we stop hitting the cap.",
        ),
        (  # 18 diagnose
            "Tell me what your server logs say about our calls.",
            "Diagnose the failures and report back what you find.",
            "Find out what's breaking between our system and yours.",
        ),
        (  # 19 fragments
            "Logs check. Please.",
            "New key? Or fix?",
            "Investigate. Urgent.",
        ),
        (  # 20 ultra short
            "pls check our key",
            "500s, can u look?",
            "help w/ 429s",
            "why 401? pls check",
        ),
        (  # 21 webhook / OAuth specifics
            "Please re-enable webhook deliveries to our endpoint and replay the failed events.",
            "Could you resend the missed webhook events from [weekday]?",
            "Can you reset our OAuth client so we can re-authorise the app?",
        ),
        (  # 22 raise quota
            "Please raise our request ceiling for the next two weeks while we catch up on a backlog.",
            "Could you lift our request quota temporarily?",
            "We'd like our API allowance increased to match our plan.",
        ),
        (  # 23 Indian English
            "Kindly check the API logs from your end and revert.",
            "Request you to look into the 401 error on priority.",
            "Please do the needful and resolve the API issue at the earliest.",
        ),
        (  # 24 Gen-Z
            "can u pls unbreak the api lol",
            "someone pls see what's up w/ the api fr",
            "help our integration is crying",
        ),
        (  # 25 long formal
            "We would be grateful if your engineering staff could examine the failed requests from our account over the past [days] days and provide a written assessment of their cause.",
            "We respectfully ask that you review the authentication failures affecting our production system and advise whether any action is required on our part.",
            "It would be appreciated if you could confirm the current limits applicable to our subscription and explain why our traffic is being refused.",
        ),
        (  # 26 conditional
            "If our key has been revoked, please issue a new one and explain the reason.",
            "If the fault is yours, we'd like an ETA for the fix.",
            "If we're doing something wrong in the request, point out what.",
        ),
        (  # 27 deadline
            "We launch on [weekday], so we need these errors resolved before then.",
            "Please have someone respond in the next sixty minutes; our checkout depends on this.",
            "The endpoint has to be healthy again by tonight.",
        ),
        (  # 28 either / or
            "Tell us whether it's our payload or your servers.",
            "Either raise our limit or explain how to batch calls properly.",
            "Fix it at your end or show us the change needed at ours.",
        ),
        (  # 29 caps
            "FIX THE API!!",
            "WE NEED THIS WORKING NOW!!",
            "Someone from ENGINEERING please!!",
        ),
        (  # 30 what we need from you
            "What we need from you is confirmation of whether our credential is valid.",
            "The thing we're asking for is a look at your side of these failed calls.",
            "Our one request: find what's behind the 429s.",
        ),
        (  # 31 softened / when free
            "When someone from the technical team is free, could they glance at our failing calls?",
            "No rush, but we'd appreciate our credential being checked this week.",
            "Whenever convenient, a quick look at our request history would be great.",
        ),
        (  # 32 run-on lowercase
            "so yeah if someone could dig into the failures over there that would be a lifesaver because we're kind of stuck",
            "anyway could you please look at our integration and tell us what we're doing wrong or if it's you, thanks a lot",
            "if u could double-check our credential n maybe the logs that'd be awesome cause nothing we try works",
        ),
        (  # 33 numbered asks
            "Could you: 1) verify our key, 2) check your logs for errors, 3) tell us our current limit?",
            "Two things: is there an outage, and is our token still good?",
            "Please (a) review those failing request IDs and (b) say whether we should change anything.",
        ),
        (  # 34 emoji
            "please make our api calls work again :(",
            "help us with these errors :/",
            "a fix would make my day :)",
        ),
        (  # 35 docs / SDK / example
            "Please point us to the current auth docs; ours may be outdated.",
            "Which SDK version should we be on?",
            "Send us a working example request for the endpoint that's failing.",
        ),
        (  # 36 purpose: so that
            "Get the key sorted so our nightly sync can run again.",
            "Explain the 429s so we can tune our retry logic.",
            "Help us sort the errors out so that customers can place orders again.",
        ),
        (  # 37 formal, other vocabulary
            "We request a root-cause analysis of the interface faults.",
            "Please provide an incident report for the service degradation.",
            "Kindly furnish a post-mortem once the cause is known.",
        ),
        (  # 38 is there any chance
            "Is there any chance someone could review our traffic today?",
            "Could we get a replacement credential quickly?",
            "Any chance of a temporary bump to our limit?",
        ),
        (  # 39 do it + confirm
            "Verify our credential and confirm by email whether it's valid.",
            "Look over the broken calls and reply with your findings.",
            "Investigate the 500s and let us know here once it's resolved.",
        ),
    ),
    "refund_request": (
        (  # 0 formal
            "We formally request a full refund of the amount charged.",
            "Kindly process a refund of [amount] to the original payment method.",
            "We ask that the payment be refunded and that written confirmation be provided.",
        ),
        (  # 1 terse
            "refund pls",
            "want my money back{| thx}",
            "just refund it{|, cheers}",
        ),
        (  # 2 story tail
            "So, all things considered, I'd really appreciate getting that money returned to my card.",
            "That's the whole story, and what I'm hoping for now is simply to be repaid.",
            "Anyway, putting those funds back where they came from would make this right.",
        ),
        (  # 3 specifics
            "Please reverse the duplicate transaction and confirm the refund reference.",
            "Credit [amount] back onto the stored payment method and send the transaction ID.",
            "Void the second capture, or if it has settled, issue a refund against it.",
        ),
        (  # 4 confused
            "Can you return it to me? I don't know how to do it myself.",
            "Is there some way you can send it over again?",
            "Could you undo the payment please, however that works?",
        ),
        (  # 5 angry
            "Refund me. Immediately.",
            "I want every penny returned this week or I'm calling my bank.",
            "Give me my money back and cancel this rubbish.",
        ),
        (  # 6 elderly polite
            "I would be most grateful if the sum could be returned to me.",
            "Might I trouble you to arrange a reimbursement of that payment?",
            "Would it be possible to have my money repaid, if it's no bother?",
        ),
        (  # 7 hurried mobile
            "reverse it asap pls",
            "pls refund, on the go",
            "money back to card, thx",
        ),
        (  # 8 passive
            "Reimbursement of the payment in question is requested.",
            "It is requested that the debited sum be paid back in full.",
            "Reversal of the transaction onto the card used is requested.",
        ),
        (  # 9 question
            "Could you refund my most recent payment?",
            "Can I have that charge reimbursed?",
            "Would returning the [amount] be possible?",
        ),
        (  # 10 labelled
            "Request: refund.",
            "Action needed: reimburse last payment to card.",
            "Desired resolution: money returned.",
        ),
        (  # 11 hedging
            "If at all possible, I'd like to be repaid, though I understand if there are rules.",
            "Maybe you could see whether a refund is doable in my case?",
            "I suppose I'm asking for a reimbursement, if that's something you offer.",
        ),
        (  # 12 cancel + refund
            "Please cancel the subscription and refund the renewal.",
            "Close out my plan and return this period's payment.",
            "Stop the service and send back the [amount].",
        ),
        (  # 13 sarcastic
            "Feel free to return my money at any point, no rush. Well, some rush.",
            "I'd be thrilled to see that cash again someday.",
            "Surprise me: actually hand the cash back.",
        ),
        (  # 14 apologetic
            "Sorry to ask, but could the charge be refunded?",
            "I apologise for the bother; would you consider reimbursing me?",
            "I'm sorry for the mix-up on my side, but I'd be so thankful to be refunded.",
        ),
        (  # 15 non-native
            "Please I want the refund of my money.",
            "I ask you to return me the payment, thank you.",
            "Can you make the reimbursement to the card please.",
        ),
        (  # 16 credit card phrasing
            "Please credit my card for that amount.",
            "Issue a credit to the Visa the payment came from.",
            "Put the charge back on my credit card, thanks.",
        ),
        (  # 17 deadline
            "I'd like this refunded before my statement closes on [weekday].",
            "Please have it back in my bank within [days] days.",
            "Process the reimbursement this week if you can.",
        ),
        (  # 18 partial / prorated
            "At minimum, refund the unused part of the period.",
            "A prorated refund for the months I won't use would be fair.",
            "Return the difference between what I paid and what I actually used.",
        ),
        (  # 19 fragments
            "Refund. Please.",
            "Money back. Thanks.",
            "Reimbursement requested.",
        ),
        (  # 20 ultra short
            "undo that charge pls",
            "can i get it back?",
            "refund that one pls",
            "pay me back?",
        ),
        (  # 21 reversal / chargeback vocab
            "Reverse the transaction yourselves, please, so I don't have to open a dispute with my card issuer.",
            "Issue the reversal yourselves and spare us both a chargeback.",
            "Process a card credit today, please.",
        ),
        (  # 22 terminate + repay
            "Terminate the plan and pay back what I was charged for the unused period.",
            "End the subscription effective today and reimburse the remainder.",
            "Shut the account down and send the renewal money back.",
        ),
        (  # 23 Indian English
            "Kindly initiate the refund at the earliest.",
            "Request you to process [amount] refund in my card.",
            "Please revert the deducted amount to my account.",
        ),
        (  # 24 Gen-Z
            "just give me a refund pls lol",
            "can i have a refund fr",
            "refund me bestie",
        ),
        (  # 25 long formal
            "We should be grateful if you would arrange for the full renewal amount to go back to the originating card, and tell us the date on which the funds will be released.",
            "We respectfully request that what was collected after our cancellation be refunded in full, together with the reference number in writing.",
            "It would be appreciated if you could reimburse the sum in question at your earliest opportunity and advise us of the expected processing time.",
        ),
        (  # 26 conditional
            "If refunding everything isn't possible, I'd accept the unused months back.",
            "If a payment reference is required, I'll send it.",
            "If the payment hasn't settled yet, just cancel it; otherwise refund it.",
        ),
        (  # 27 deadline
            "I'd like the money back in my account before rent is due on [weekday].",
            "Please complete the reimbursement within [days] business days.",
            "Have the funds returned by the end of this week, please.",
        ),
        (  # 28 either / or
            "Put it back on the card or send a bank transfer, either is fine.",
            "Cancel the payment or refund it, whichever you can do.",
            "Refund the whole thing, or at least the part I never used.",
        ),
        (  # 29 caps
            "REFUND ME!!",
            "RETURN IT!!",
            "REFUND. TODAY!!",
        ),
        (  # 30 what I need from you
            "What I need from you is the [amount] put back onto my card.",
            "The thing I want is that renewal reimbursed.",
            "My one request is repayment of the charge.",
        ),
        (  # 31 softened / when free
            "When you have a moment, could you look at refunding that payment?",
            "No rush, but I'd appreciate getting the charge reimbursed this week.",
            "Whenever it suits, please send those funds my way.",
        ),
        (  # 32 run-on lowercase
            "so yeah if you could refund it that would be amazing because i really can't afford it right now thanks",
            "anyway can you reverse the charge please and cancel everything so it doesn't happen again, thanks so much",
            "if u could sort the refund that'd be great cause i never meant to buy it",
        ),
        (  # 33 numbered asks
            "Please: 1) cancel my subscription, 2) refund the most recent charge, 3) send confirmation.",
            "Two things: stop any further charges and return the one already taken.",
            "Could you (a) state the refund amount and (b) tell me when it'll land?",
        ),
        (  # 34 emoji
            "please refund me :(",
            "just want a refund :/",
            "a refund would really help :)",
        ),
        (  # 35 destination of funds
            "Send it to the PayPal account it came from.",
            "Refund to my bank via transfer please, the card has been cancelled.",
            "My old card expired, so return the funds to the new one or by bank transfer.",
        ),
        (  # 36 purpose: so that
            "I need the refund to cover my rent.",
            "Please return it so I can buy the correct plan.",
            "Reimburse it so our budget balances at month end.",
        ),
        (  # 37 formal, other vocabulary
            "We ask for the sum to be remitted back to us.",
            "Kindly effect a reversal of this debit.",
            "Please reimburse the originating instrument.",
        ),
        (  # 38 is there any chance
            "Is there any chance of getting that payment back?",
            "Would a refund be feasible for me?",
            "Any chance you could reverse it today?",
        ),
        (  # 39 do it + confirm
            "Please refund what you took and email me the reference.",
            "Reverse the payment and reply once it's gone through.",
            "Pay it back and confirm when it's done.",
        ),
    ),
    "data_migration": (
        (  # 0 formal
            "We would ask you to verify that our migration has completed and that all records are intact.",
            "Kindly confirm the status of our data transfer and advise on any outstanding items.",
            "We request a review of the import job and written confirmation of its outcome.",
        ),
        (  # 1 terse
            "can u check if it finished",
            "pls confirm import done{| thx}",
            "status on the migration?",
        ),
        (  # 2 story tail
            "So, all in all, I'd love for someone to peek at the job and say we're good to switch over.",
            "That's the background; mostly I just want peace of mind that everything made it across.",
            "Anyway, if you could see where the move stands, I can finally stop refreshing the page.",
        ),
        (  # 3 technical
            "Please check the job logs for the import and share the row-level error count.",
            "Can you confirm the migration run reached a terminal state and share the final counts?",
            "Inspect the importer output on your side and let us know if we should re-run with a fixed file.",
        ),
        (  # 4 confused
            "Could you find out if all my things are there now?",
            "Can somebody make sure it worked? I don't know how to check.",
            "Please see if my old information got in properly, because I can't tell.",
        ),
        (  # 5 angry
            "Finish the migration you promised. Now.",
            "I want a person, not a bot, to check our data today.",
            "Sort this out and spell out exactly what's been lost.",
        ),
        (  # 6 elderly polite
            "Would you be so kind as to check that everything has arrived safely?",
            "I'd be very grateful if someone could confirm my records are all in place.",
            "If it's not too much trouble, might you look over the transfer for me?",
        ),
        (  # 7 hurried mobile
            "pls verify migration, on phone",
            "check job + email me result",
            "confirm records arrived, quick",
        ),
        (  # 8 passive
            "Verification of the completed data transfer is requested.",
            "It is requested that the import be reviewed and its result communicated.",
            "Confirmation that the job has finished is sought.",
        ),
        (  # 9 question
            "Can you check whether our import completed?",
            "Could you confirm all our projects were moved over?",
            "Would you review the migration and report how it went?",
        ),
        (  # 10 labelled
            "Request: migration status check.",
            "Action needed: verify import / report missing records.",
            "Ask: confirm data transfer complete.",
        ),
        (  # 11 hedging
            "Maybe you could double-check the transfer? I might be worrying over nothing.",
            "I guess I'd like someone to look at whether the job is really done.",
            "Perhaps a quick glance at the import logs would settle it?",
        ),
        (  # 12 complete it
            "Please finish moving the remaining records over.",
            "Complete the transfer of whatever didn't make it.",
            "Get the rest of our data across, please.",
        ),
        (  # 13 sarcastic
            "Do let me know if our data ever reaches its destination.",
            "I'd love a progress report, if the importer is still awake.",
            "Are my records coming, or should I send a search party?",
        ),
        (  # 14 apologetic
            "Sorry to chase, but could you check the migration for us?",
            "Apologies, would you mind confirming the import went through?",
            "I'm sorry to bother you, but can you see whether our move is complete?",
        ),
        (  # 15 non-native
            "Please control if the migration is finish and all data is correct.",
            "We ask you to verify the import of our data, thank you.",
            "Can you say us if the transfer is complete?",
        ),
        (  # 16 fix missing content
            "Please make sure the notes and attachments come across too.",
            "Recover the missing fields from our export, please.",
            "I need the comments and files restored on the migrated items.",
        ),
        (  # 17 sign-off before cutover
            "Give us the green light that it's safe to turn off the old system.",
            "Confirm we can cut over by [weekday].",
            "Tell us when we're clear to decommission the previous tool.",
        ),
        (  # 18 send report
            "Send me a summary of what was imported and what failed.",
            "Email a report with counts of migrated and skipped rows.",
            "I'd like a written rundown of the transfer results.",
        ),
        (  # 19 fragments
            "Check import. Thanks.",
            "Migration: confirm?",
            "Verify transfer, please.",
        ),
        (  # 20 ultra short
            "check our import?",
            "did it finish? pls look",
            "finish the transfer pls",
            "records missing, pls check",
        ),
        (  # 21 field mapping help
            "Please help us map our old columns to your fields and re-run the import.",
            "Could you fix the field mapping and load the missing values?",
            "Re-import the file with the 'Company' column mapped correctly.",
        ),
        (  # 22 roll back / clean up
            "Please roll back the import so we can start over cleanly.",
            "Undo the last upload, it overwrote good data.",
            "Remove the duplicates created by the second run.",
        ),
        (  # 23 Indian English
            "Kindly check the data migration status and update us.",
            "Request you to complete the pending import at the earliest.",
            "Please do the needful so that all our records are uploaded.",
        ),
        (  # 24 Gen-Z
            "can u pls check if our stuff actually arrived lol",
            "someone pls make the import finish fr",
            "help our data is lost somewhere",
        ),
        (  # 25 long formal
            "We would be grateful for a thorough examination of the migration job and a written summary of the records transferred, those rejected, and the reasons for any rejection.",
            "We respectfully request written assurance that the full dataset supplied to you has been loaded into our workspace, together with any discrepancies identified.",
            "It would be appreciated if you could examine the outstanding import and advise what further steps, if any, are required from us.",
        ),
        (  # 26 conditional
            "If the job failed, please restart it from where it stopped.",
            "If some rows were rejected, send us the list so we can fix them.",
            "If it's still running, give us an estimate of when it'll finish.",
        ),
        (  # 27 deadline
            "We switch off the old CRM on [weekday], so we need confirmation before then.",
            "Please have the transfer verified by Friday.",
            "We need everything in place within [days] days.",
        ),
        (  # 28 either / or
            "Either get the upload done, or say what's blocking it.",
            "Re-run it, or send us the rejected rows to correct ourselves.",
            "Tell us whether it's done, or whether we should upload again.",
        ),
        (  # 29 caps
            "FIND OUR DATA!!",
            "FINISH THE IMPORT!!",
            "We need our records BACK!!",
        ),
        (  # 30 what we need from you
            "What we need from you is a count of what arrived and what didn't.",
            "The thing we're asking for is a completed transfer.",
            "Our one request: get the missing records in.",
        ),
        (  # 31 softened / when free
            "When you get a moment, could someone glance at our migration job?",
            "No rush, but we'd appreciate knowing whether the upload completed.",
            "Whenever convenient, a status update on the data move would help.",
        ),
        (  # 32 run-on lowercase
            "so yeah could someone just check whether everything came over properly that would be amazing because we can't really tell",
            "anyway can you please check what went wrong with the upload, or what's still missing, thanks a lot",
            "if u could finish moving our data or say what to fix that'd be great cause i'm stuck",
        ),
        (  # 33 numbered asks
            "Could you: 1) inspect the job status, 2) list any failed rows, 3) confirm the totals?",
            "Two things: is the migration done, and were any records dropped?",
            "Please (a) restart the stuck batch and (b) email us when it completes.",
        ),
        (  # 34 emoji
            "please find our missing records :(",
            "help us finish the move :/",
            "an update would be lovely :)",
        ),
        (  # 35 do it for us
            "Could your team do the import for us? We'd send the export.",
            "Please have an onboarding specialist carry out the transfer.",
            "Can someone at your end load the data so we don't break it again?",
        ),
        (  # 36 purpose: so that
            "Confirm the counts so we can decommission the old server.",
            "Please finish it so our sales team can work from one system.",
            "Verify the records so that we can sign off the project this week.",
        ),
        (  # 37 formal, other vocabulary
            "Please supply a reconciliation report for the data load.",
            "Please attest that the dataset has been transferred in full.",
            "Kindly provide an audit of migrated records.",
        ),
        (  # 38 is there any chance
            "Is there any chance someone could look into the move today?",
            "Could the stuck job be nudged along?",
            "Any chance of a quick check on the import?",
        ),
        (  # 39 do it + confirm
            "Please complete it all and confirm by email.",
            "Look at the transfer and reply with what you find.",
            "Bring in the rows that didn't arrive and let us know when they're in.",
        ),
    ),
}

STORIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (  # 0 formal
            "I have already attempted the self-service recovery procedure on two separate occasions.",
            "For completeness, I confirm that I am using the address under which the account was originally registered.",
            "Our IT department has verified that no corporate filter is blocking messages from your domain.",
        ),
        (  # 1 terse
            "tried incognito, cleared cache, nada",
            "checked spam{| folder} too, nothing",
            "been like this since {[weekday]|the weekend}",
        ),
        (  # 2 narrative
            "Last week I used a hotel computer to check something quickly, and I suspect that's when things went sideways.",
            "My phone died on the trip home, so the text code I usually get never reached me, and I guessed at the password a few times.",
            "The last time I logged on was before Christmas, and since then I've changed jobs and mail providers.",
        ),
        (  # 3 technical
            "Browser console shows a 403 on the auth call; cookies and local storage cleared; also tried Safari.",
            "DNS and mail headers look fine on our side, so the recovery message isn't being bounced.",
            "I regenerated my authenticator codes last month; the login issue may be related.",
        ),
        (  # 4 confused
            "My grandson used to handle this sort of thing, but he's away at university now.",
            "I pressed the little eye symbol to see what I was typing and it looked right to me.",
            "There was a pop-up about security which I closed, and I don't know whether that mattered.",
        ),
        (  # 5 angry
            "I've already wasted an hour on this nonsense.",
            "Your chatbot sent me in circles three times before I gave up on it.",
            "This is the second time this year your system has done this to me.",
        ),
        (  # 6 elderly
            "I did write it down in my little address book, but that page appears to have gone missing.",
            "My late husband used to keep track of these things, so I'm rather on my own with it.",
            "I have been a customer for many years and have never had difficulty before now.",
        ),
        (  # 7 mobile
            "tried app + desktop, same thing",
            "uninstalled and reinstalled the app, no luck",
            "switched from wifi to 4g, no difference",
        ),
        (  # 8 passive
            "The recovery procedure was attempted twice; no message was received.",
            "Caps lock was checked and the keyboard layout confirmed before each attempt.",
            "A warning about unusual activity was displayed shortly before the lockout.",
        ),
        (  # 9 time-based
            "This began on [weekday], right after I updated my phone's operating system.",
            "It's been [days] days now, and each morning I try again with the same result.",
            "The trouble started the day our office switched to a new email system.",
        ),
        (  # 10 hedged guesses
            "I think maybe I changed it when the site asked me to, a few weeks back, but I honestly can't be sure.",
            "Possibly I set it up with my old work address, not sure which.",
            "I might have used a variation with a number at the end, and I've tried all the ones I can think of.",
        ),
        (  # 11 what else was tried
            "I also tried typing it out in a text editor first and pasting it in.",
            "I went through every combination of my usual passwords, slowly, one by one.",
            "I even restarted the router and the laptop just in case.",
        ),
        (  # 12 tech details, new vocab
            "I use a password manager, and the entry for your site shows a last-modified date from last year.",
            "My 2FA is tied to an old phone number I dropped when I switched carriers.",
            "We're on company SSO now, but my user was created before that was switched on.",
        ),
        (  # 13 earlier contact
            "Your chatbot suggested clearing my cookies, which I did, with no change.",
            "A colleague in IT looked at it and reckons it's on your end.",
            "I spoke to someone on the phone yesterday who promised a link, but no email came.",
        ),
        (  # 14 non-native
            "I try with the computer and with the phone, is the same.",
            "Before I use always the same password and no problem.",
            "My email I check every day and there is nothing from you.",
        ),
        (  # 15 fragments w/ abbreviations
            "2FA app deleted w/ old phone.",
            "Last successful login: approx 2 wks ago.",
            "Pw manager has no entry for ur site.",
        ),
        (  # 16 impact
            "My whole team is waiting on files that only I can reach.",
            "I've had to postpone two client calls because of this.",
            "It's stressing me out more than it should.",
        ),
        (  # 17 long run-on
            "I was at the airport on my way to a conference and tried to log in on the lounge wifi, and it wanted a code that went to my old phone, which is at home in a drawer, so that's where it all started.",
            "We had a power cut on [weekday] and my laptop restarted in the middle of an update, and when it came back every saved password in the browser was gone, yours included.",
            "My daughter was using my tablet for homework and must have tapped something, because the next time I opened the app it asked for details I've never had to type before.",
        ),
        (  # 18 Indian English
            "I have tried forgot password option many times but mail is not coming.",
            "Same issue is coming in mobile app also.",
            "Cache and cookies are already cleared but issue is still there.",
        ),
        (  # 19 Gen-Z
            "tried like every password i've ever had lol",
            "my roommate swears he didn't touch my laptop",
            "been refreshing my inbox all afternoon, nada",
        ),
    ),
    "billing_inquiry": (
        (  # 0 formal
            "For reference, our finance department has compared this invoice against the previous four billing periods.",
            "We have not altered the number of licensed users or the subscription tier during the current term.",
            "Our purchase order specifies the original quoted price, which is why the discrepancy was flagged.",
        ),
        (  # 1 terse
            "didnt change anything on my plan",
            "same usage as last month{| afaik}",
            "been on [plan] forever",
        ),
        (  # 2 narrative
            "I only noticed because my partner and I sit down with the bank statements on the first of every month.",
            "A few weeks ago a salesperson called offering an add-on; I said I'd think about it and never heard back.",
            "We had a promotional rate when we joined, and I don't remember anyone saying when it would end.",
        ),
        (  # 3 technical / finance
            "Our ledger lists the debit under a reference prefixed INV, which doesn't match any number in the billing portal.",
            "The currency conversion fee on the card statement is separate; I'm only asking about the base figure.",
            "Seat count in the admin panel shows {4|6|9} active members as of this morning.",
        ),
        (  # 4 confused
            "My daughter helps me with the computer and she couldn't work it out either.",
            "I looked in the settings part of the website but got lost among all the tabs.",
            "I can't recall signing anything new, but I do click 'agree' on a lot of things.",
        ),
        (  # 5 angry
            "Nobody emailed me about any price change, not once.",
            "I've been a loyal customer for years and this is how you treat me.",
            "Your website still advertises the old price, by the way.",
        ),
        (  # 6 elderly
            "I keep all my receipts in a folder, and the previous ones were always for the same sum.",
            "I telephoned my bank first and they suggested I ask you directly.",
            "I'm on a fixed pension, so I do keep a careful eye on these things.",
        ),
        (  # 7 mobile
            "saw it in my banking app this am",
            "got the receipt email but cant open the pdf on phone",
            "card notification came in while i was driving",
        ),
        (  # 8 passive
            "No changes to the subscription were made by any member of our team.",
            "The previous invoices were settled in full and on time.",
            "The amount was deducted without any prior notification being received.",
        ),
        (  # 9 time-based
            "The payment went through on [weekday], [days] days before my usual renewal.",
            "Up to last quarter every invoice was identical.",
            "We switched credit cards a month ago, which may or may not be relevant.",
        ),
        (  # 10 hedged guesses
            "Maybe it's because we added someone for a couple of days and then removed them?",
            "Perhaps an annual fee kicked in, though I thought we paid monthly.",
            "It could be tax, I suppose, but it seems high for that.",
        ),
        (  # 11 what else was checked
            "I checked the pricing page and the account settings before writing.",
            "I went through our email for any notice about new pricing and found nothing.",
            "I compared the last three receipts side by side.",
        ),
        (  # 12 details, new vocab
            "We're billed in USD but our company card is in euros.",
            "Our headcount has been stable at {seven|nine} since January.",
            "We pay annually, via the company card our office manager holds.",
        ),
        (  # 13 earlier contact
            "Your chat agent said someone from billing would reply, but no one did.",
            "Our accountant thinks it might be a proration, but she isn't sure.",
            "I asked my bank, and they said it's legitimate from their side.",
        ),
        (  # 14 non-native
            "Before, every month I pay the same price.",
            "I have not change my plan in this year.",
            "In my bank the name of your company is written different.",
        ),
        (  # 15 fragments
            "Plan unchanged since signup.",
            "No new users added.",
            "Card on file ends in {4421|0187|7730}.",
        ),
        (  # 16 impact
            "I have to justify every expense to my manager, so an unexplained line is a problem.",
            "Our margins are thin, and every unexpected cost gets noticed.",
            "It's holding up our month-end close.",
        ),
        (  # 17 long run-on
            "I run the admin for a small charity and we budget every penny months in advance, so when the treasurer saw this figure at our committee meeting she asked me to find out what happened, and I've been digging through emails all morning.",
            "We only switched to your service in the spring after comparing three providers on price, and the main reason we picked you was the simple pricing, so seeing a bill that doesn't match what I compared has thrown me a bit.",
            "My co-founder set up the account with her card and then left the company, we moved the billing to mine last quarter, and since then the amounts have been different each time.",
        ),
        (  # 18 Indian English
            "Earlier I was paying a lesser amount on this plan only.",
            "I have not availed any additional service.",
            "GST details are also not showing in invoice.",
        ),
        (  # 19 Gen-Z
            "saw it while scrolling my banking notifications at 2am lol",
            "my budgeting app flagged it as 'subscriptions up 40%'",
            "i literally did nothing different this month",
        ),
    ),
    "api_integration": (
        (  # 0 formal
            "Our engineering team has reviewed the relevant deployment and found no configuration changes in the affected period.",
            "The integration has operated without incident since it was commissioned {last year|eighteen months ago}.",
            "We have verified that the system clock on our servers is synchronised, ruling out signature drift.",
        ),
        (  # 1 terse
            "no deploys on our end{| this week}",
            "key is copied straight from dashboard",
            "tried w/ curl too, same",
        ),
        (  # 2 narrative
            "We noticed because our support inbox suddenly filled with customers saying their orders were stuck.",
            "Our one backend developer is on paternity leave, so I'm the one poking at this and I'm a frontend person.",
            "It started the morning after we onboarded a big new client, so traffic did go up a bit.",
        ),
        (  # 3 technical
            "Retries with exponential backoff are in place; the failures persist past five attempts.",
            "Request IDs from the failing calls are in our logs if your team needs them.",
            "We're on SDK version 3.2 and Python 3.11, running in a container behind a NAT gateway.",
        ),
        (  # 4 confused / non-technical
            "The person who built this for us isn't answering their phone.",
            "I tried turning the plugin off and on again, like you do with the router.",
            "There's a settings page with a long code on it, and I haven't touched it.",
        ),
        (  # 5 angry
            "We've lost a full day of sales over this already.",
            "Your status page has been green the entire time, which is a joke.",
            "I've opened two tickets before this one and got canned replies.",
        ),
        (  # 6 polite small business
            "We are a small bakery and the online orders go through this connection.",
            "I have tried to read your developer documentation, but I'm afraid it's beyond me.",
            "Nothing has been changed by anyone here, as far as I know.",
        ),
        (  # 7 mobile
            "seeing it in our alerts on my phone",
            "pager went off at 3am{| lol}",
            "colleague sent me the error screenshot",
        ),
        (  # 8 passive
            "The credential was last rotated {two months|six weeks} ago.",
            "No modifications were made to the request payloads.",
            "The errors were first observed by our monitoring system overnight.",
        ),
        (  # 9 time-based
            "It began on [weekday] at roughly 09:00 UTC.",
            "For the last [days] days the error rate has only been climbing.",
            "Everything was green until the weekend.",
        ),
        (  # 10 hedged
            "Maybe our traffic pattern changed, though I don't see it in our metrics.",
            "Perhaps the key got revoked when we changed admins? Just a guess.",
            "I suspect a proxy on our network, but our IT says otherwise.",
        ),
        (  # 11 what was tried
            "We regenerated the config, redeployed and restarted all workers.",
            "I tested from a different server in another region with the same outcome.",
            "Throttling our own job to half speed made no difference.",
        ),
        (  # 12 tech details, new vocab
            "We authenticate with a bearer token minted by a service account.",
            "Calls go out from three workers behind a load balancer.",
            "We pinned the API version header to 2023-10 in our client.",
        ),
        (  # 13 earlier contact
            "Another team here that uses the same key isn't seeing failures.",
            "Our hosting provider confirmed there are no network issues at their end.",
            "Your docs page on error codes didn't list the message we're getting.",
        ),
        (  # 14 non-native
            "We use this integration since two years without problem.",
            "Our developer say the code is not changed.",
            "The error come also in the test environment.",
        ),
        (  # 15 fragments
            "No deploys since Tue.",
            "Key last rotated ~3 wks ago.",
            "Same result from Postman.",
        ),
        (  # 16 impact
            "Our support team is manually re-entering orders while this is broken.",
            "Every hour this lasts costs us bookings.",
            "The ops team has been on a call about it all morning.",
        ),
        (  # 17 long run-on
            "We run a little subscription box business and the whole fulfilment flow hangs off your API, so when the morning batch failed the warehouse team stood around for ages waiting for labels that never printed.",
            "I inherited this integration from a contractor who built it two years ago and left no notes, so I've spent the day reading his code, and from what I can tell nothing in it has changed since he left.",
            "On [weekday] night we moved our servers over to another hosting company, everything came up green, and it was only the next afternoon that someone noticed the sync to your platform had been failing quietly ever since.",
        ),
        (  # 18 Indian English
            "We have not done any changes in our code from our side.",
            "Same API was working fine till yesterday evening.",
            "We have tried by generating new key also but issue is same.",
        ),
        (  # 19 Gen-Z
            "our slack alerts channel is on fire rn",
            "dev team's been debugging since lunch, no luck",
            "did the whole off-and-on-again thing, classic",
        ),
    ),
    "refund_request": (
        (  # 0 formal
            "Our cancellation was submitted through the account settings and acknowledged by an automated confirmation.",
            "We have retained the confirmation email as evidence of the cancellation date.",
            "The service has not been accessed by any member of our staff since the end of the prior term.",
        ),
        (  # 1 terse
            "cancelled on [weekday]{| via settings}",
            "havent logged in since",
            "got the cancel confirmation email{| and everything}",
        ),
        (  # 2 narrative
            "I only signed up because a friend recommended it for a project that ended up being scrapped.",
            "We tried it for our wedding planning, and once the wedding was over we had no reason to keep paying.",
            "The renewal hit right as I was sorting out my finances for the new year, which was a nasty shock.",
        ),
        (  # 3 specific
            "The charge appears on my card statement with the same authorisation code twice.",
            "The plan was cancelled {[days] days|two hours} before the billing cycle rolled over.",
            "Usage stats in the dashboard show zero activity for the whole period.",
        ),
        (  # 4 confused
            "I thought I had pressed cancel, but maybe it didn't save.",
            "I wasn't sure whether the button I clicked was for the free one or the paid one.",
            "My bank said to contact the company first, so that's what I'm doing.",
        ),
        (  # 5 angry
            "I did everything right and still got stung.",
            "Your cancellation page is deliberately hard to find, and you know it.",
            "This is not the first company to pull this on me, but I expected better from you.",
        ),
        (  # 6 elderly
            "I'm on a fixed income, so an unexpected payment like this does make a difference.",
            "My grandson signed me up, thinking it would be helpful, but I really don't need it.",
            "I have never used the programme since the day it was installed.",
        ),
        (  # 7 mobile
            "did it from the app, should've worked",
            "saw the charge notification at lunch",
            "screenshot of cancel screen if u need it",
        ),
        (  # 8 passive
            "The subscription was cancelled prior to the renewal date.",
            "No use of the product has been made since the charge.",
            "A confirmation of cancellation was received at the time.",
        ),
        (  # 9 time-based
            "The charge went through on [weekday], a day after I cancelled.",
            "It's been [days] days since the payment and I haven't logged in once.",
            "I noticed it the moment it hit my account this morning.",
        ),
        (  # 10 hedged
            "I might have missed the deadline by a day or so, I'm not certain.",
            "Perhaps the cancellation didn't register because of the app update?",
            "I may have had two accounts, which could explain the extra payment.",
        ),
        (  # 11 what was tried
            "I've tried cancelling again to make sure nothing else gets charged.",
            "I looked for a refund button in the billing section but there isn't one.",
            "I contacted your chat support first, and they told me to email here.",
        ),
        (  # 12 references / details
            "The payment was made with my company card, which finance reconciles every Friday.",
            "My cancellation confirmation number is in my inbox, dated [weekday].",
            "The order ID from the checkout page starts with ORD-.",
        ),
        (  # 13 earlier contact
            "Your chat assistant said to write in for anything money-related.",
            "My bank advised me to ask the merchant before disputing.",
            "Someone from your sales team had told me I could cancel anytime without being charged.",
        ),
        (  # 14 non-native
            "I cancel the subscription one hour after I buy it.",
            "I never use the program after the first day.",
            "The money is important for me this month.",
        ),
        (  # 15 fragments
            "Cancelled [weekday]. Charged next day.",
            "Zero logins since.",
            "Confirmation email saved.",
        ),
        (  # 16 impact
            "That charge pushed my account into overdraft, with a fee from my bank on top.",
            "It's a significant sum for a one-person business like mine.",
            "My software budget for this quarter is already blown because of it.",
        ),
        (  # 17 long run-on
            "I signed up during a busy month at work thinking I'd use it for a side project, then the side project fell through, and I cancelled what seemed like the whole thing but apparently only turned off the emails.",
            "We were a team of six when we bought the annual plan, then two people left and we restructured, and by the time anyone looked at the subscription again the renewal had already gone through.",
            "I was travelling with patchy signal when the renewal reminder came in, I tapped the cancel link in the email (or so I believed), and only when I got home did I see the money had gone anyway.",
        ),
        (  # 18 Indian English
            "I have cancelled the plan on the same day itself.",
            "Amount is deducted but I have not used the service even once.",
            "I have the screenshot of cancellation also.",
        ),
        (  # 19 Gen-Z
            "i literally set a reminder to cancel and then slept through it",
            "my phone pinged me with the charge and i nearly choked on my coffee",
            "used it once for a school project and never again",
        ),
    ),
    "data_migration": (
        (  # 0 formal
            "The source data was validated against our internal schema prior to export.",
            "Our project manager has prepared a reconciliation spreadsheet for comparison purposes.",
            "The legacy system remains available in read-only mode until the end of the quarter.",
        ),
        (  # 1 terse
            "export was a csv, {~10k|~25k|~4k} rows",
            "used the import wizard",
            "old tool is [days] days from shutdown",
        ),
        (  # 2 narrative
            "We've been putting off this switch for two years, and finally bit the bullet after our old vendor raised prices again.",
            "My colleague did the export on her last day before maternity leave, so I'm not entirely sure what settings she picked.",
            "We had a team lunch to celebrate the move, and then someone noticed their client list looked short.",
        ),
        (  # 3 technical
            "Dates were exported as ISO 8601; text fields UTF-8; line endings Unix.",
            "The dump includes nested comments and attachment URLs that point to the legacy file store.",
            "We mapped 'owner' to your assignee field and left unmapped columns out.",
        ),
        (  # 4 confused
            "I followed a video tutorial, but the screens looked different from mine.",
            "My nephew made the file for me on his laptop.",
            "I don't really know what a CSV is, I just saved it the way the computer suggested.",
        ),
        (  # 5 angry
            "We were promised a painless switchover by your sales team.",
            "We're paying for two systems while this drags on.",
            "I've already spent three evenings cleaning up after your importer.",
        ),
        (  # 6 elderly
            "I have kept client records for my little practice for over twenty years.",
            "It took me most of the afternoon to get the file ready, with my reading glasses on.",
            "I'm doing my best with all this new technology.",
        ),
        (  # 7 mobile
            "started it from my laptop before leaving",
            "team pinged me, im out of office",
            "progress bar was at like 60% last i saw",
        ),
        (  # 8 passive
            "The export was generated from the previous system on [weekday].",
            "The file was uploaded in three batches to stay under the size limit.",
            "No records were edited in the target workspace during the transfer.",
        ),
        (  # 9 time-based
            "We kicked it off on [weekday] afternoon.",
            "It's been about [days] days with no completion notice.",
            "Yesterday evening the counts stopped changing.",
        ),
        (  # 10 hedged
            "Maybe our upload was too big, I'm not sure.",
            "Perhaps some rows had odd characters in them, we do have a lot of accented names.",
            "It could be that I picked the wrong template in the wizard.",
        ),
        (  # 11 what was tried
            "I refreshed the workspace and logged out and in, same picture.",
            "We compared a sample of fifty records by hand and several were absent.",
            "I tried re-uploading a small test file and that one went fine.",
        ),
        (  # 12 details, new vocab
            "The export came out of {Salesforce|HubSpot|Zendesk} as a set of linked CSV files.",
            "We used your field mapping screen and matched {20|35} columns.",
            "Our dataset includes about {80|150} thousand contacts and their activity history.",
        ),
        (  # 13 earlier contact
            "Your onboarding contact said the job would take a couple of hours at most.",
            "The consultant who ran our previous system says everything got exported.",
            "The help article on importing said to expect an email when it's done, and none came.",
        ),
        (  # 14 non-native
            "We use the old program since ten years.",
            "The file have many columns and some are empty.",
            "We make the export from the old software like the guide say.",
        ),
        (  # 15 fragments
            "Source: old CRM, ~40k rows.",
            "Mapping saved as template.",
            "Upload finished [weekday], 3 files.",
        ),
        (  # 16 impact
            "The sales team can't see their pipeline until this is sorted.",
            "We've frozen all data entry until we know what landed.",
            "Our auditors are expecting the history to be accessible next month.",
        ),
        (  # 17 long run-on
            "We'd been running the clinic on an ancient desktop program that only one receptionist really understood, so when she retired we decided to move everything online, and she kindly came in one final time to help us export it all.",
            "The previous vendor made getting our data out surprisingly hard, we had to raise three requests before they sent a download link, and by the time we had the files our contract with them was nearly over.",
            "We tested the move with a handful of records first, which looked fine, so on [weekday] we sent the full set through and went home, and in the morning the dashboard looked oddly empty.",
        ),
        (  # 18 Indian English
            "Data is uploaded by us in excel format as per the sample file.",
            "Total count in our old software is more than what is showing now.",
            "We have not done any changes after uploading.",
        ),
        (  # 19 Gen-Z
            "spent my whole weekend cleaning the spreadsheet tbh",
            "the old tool's export button was hidden in like five menus",
            "our intern did the upload and swears it said success",
        ),
    ),
}

MENTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (  # 0 formal negation
            "To be clear, I am able to sign in without any difficulty; this is not a login matter.",
            "I should note that my credentials work perfectly well, so no password change is required.",
            "Account access itself is not the concern here.",
        ),
        (  # 1 terse
            "login's fine btw",
            "pw works, not that",
            "can get in ok{| fyi}",
        ),
        (  # 2 passing mention
            "A colleague had to reset her password last week, but that went smoothly.",
            "My manager was locked out on [weekday] and sorted it himself, which is unrelated.",
            "Someone on my team mentioned the login page looks different now; anyway.",
        ),
        (  # 3 contrast
            "I updated my password recently, though that has nothing to do with this.",
            "Signing in works as it always did; what's bothering me is something else.",
            "Forget about access, I'm in; the issue is elsewhere.",
        ),
        (  # 4 non-technical
            "I can get onto the website okay, it's not that.",
            "The little box where I type my secret word still lets me through.",
            "Getting in isn't the trouble, I managed that part.",
        ),
        (  # 5 angry
            "And no, I don't want another password reset link, I've had enough of those.",
            "Please don't tell me to change my password, it's irrelevant.",
            "Your last agent told me to reset my login, which was useless advice.",
        ),
        (  # 6 elderly
            "My password, I'm pleased to say, is safely written down and working.",
            "I have no trouble logging on, thanks to my grandson's careful notes.",
            "The account lets me in perfectly nicely.",
        ),
        (  # 7 mobile
            "(not a login issue)",
            "signed in on phone no prob",
            "logged in fine from the app",
        ),
        (  # 8 passive
            "Access to the account itself is unaffected.",
            "Authentication has been working normally throughout.",
            "The password was changed last month without any issue.",
        ),
        (  # 9 pre-empting
            "Before you ask: yes, I can log in.",
            "In case you're wondering, I haven't forgotten my password.",
            "You'll probably suggest a reset; I'm already signed in, so it's not needed.",
        ),
        (  # 10 history
            "We had a lockout problem back in the spring, which your team fixed quickly.",
            "Years ago I needed a recovery email from you, and it arrived within minutes.",
            "The last time I contacted you it was about a forgotten password, so this is new territory.",
        ),
        (  # 11 2FA / SSO
            "Two-factor sign-on is working as normal for me.",
            "SSO through our company directory is fine.",
            "My authenticator app codes are accepted without problems.",
        ),
        (  # 12 contrast, new vocab
            "My 2FA codes and SSO both behave, so signing in isn't what this is about.",
            "Credentials, authenticator, all fine on my end.",
            "No trouble with the magic link sign-in either.",
        ),
        (  # 13 hedged rule-out
            "I thought at first it might be a password thing, but no, logging in works.",
            "It's probably unrelated to my sign-in, which seems to be working.",
            "Just to rule it out, I did try signing out and back in, and that worked.",
        ),
        (  # 14 non-native negation
            "My password is working good, the problem is other.",
            "The login is not the problem, I enter without difficulty.",
            "I have not problem with the access.",
        ),
        (  # 15 very short
            "login = fine",
            "access isn't the issue",
            "pw's not the prob",
        ),
        (  # 16 other people
            "My assistant couldn't get in on [weekday], but she's sorted now.",
            "Half the office had to change their passwords after the security training, which was a bit of a saga.",
            "My boss keeps forgetting his login, but that's his problem, not mine.",
        ),
        (  # 17 future / later
            "I'll probably need to update my password at some stage, but that can wait.",
            "Eventually I want to turn on two-factor, not today though.",
            "One day I'll move us over to SSO, but that's a separate conversation.",
        ),
        (  # 18 Indian English
            "I am able to login properly, no issue in that.",
            "Login is working fine from my side.",
            "There is no problem in password.",
        ),
        (  # 19 Gen-Z
            "login works btw so it's not that lol",
            "can sign in np",
            "my password's fine, dw",
        ),
    ),
    "billing_inquiry": (
        (  # 0 formal negation
            "I wish to stress that our invoices are in order; this is not a billing query.",
            "The charges on our account are correct and are not the subject of this message.",
            "Payment matters are entirely separate and require no attention.",
        ),
        (  # 1 terse
            "billing is fine btw",
            "not about the invoice{| fyi}",
            "charges look ok",
        ),
        (  # 2 passing mention
            "Our accountant downloaded last month's invoice yesterday, no trouble there.",
            "My colleague asked about our VAT number a while ago, but that's sorted.",
            "We renewed on [weekday] and the receipt came through as usual.",
        ),
        (  # 3 contrast
            "The bill itself makes sense to me; my question is about something different.",
            "I'm perfectly happy with what we pay, so let's set that aside.",
            "Forget the pricing, that's clear; the real issue is elsewhere.",
        ),
        (  # 4 non-technical
            "The money side of things is all fine, I checked with my bank.",
            "I understand what I'm paying, it's not that.",
            "The payments are going through as they should, as far as I can see.",
        ),
        (  # 5 angry
            "And before you try to upsell me to another plan, don't.",
            "I don't need a lecture on your pricing tiers.",
            "Don't send me another invoice link, I have all of them.",
        ),
        (  # 6 elderly
            "I'm pleased to say the monthly payments have always been quite clear to me.",
            "My statements from you are in good order, I keep them all in a folder.",
            "The cost has always been fair, I must say.",
        ),
        (  # 7 mobile
            "(not a billing thing)",
            "payment went thru fine this month",
            "invoice is ok, diff issue",
        ),
        (  # 8 passive
            "The most recent invoice was received and settled without issue.",
            "Our subscription fees have been paid on time every month.",
            "The [plan] plan charges were reviewed and found to be accurate.",
        ),
        (  # 9 pre-empting
            "In case you're wondering, I'm not questioning any charge.",
            "Before you check my payments: they're fine.",
            "Our billing doesn't need checking for this one.",
        ),
        (  # 10 history
            "Last year I had a question about an invoice, which you answered promptly.",
            "We moved to annual billing a while back, and it's been smooth since.",
            "Ages ago your team explained a tax line for us, very helpful at the time.",
        ),
        (  # 11 plan detail
            "We're on [plan] and the price is what we expected.",
            "Our plan and its cost are not in dispute.",
            "Seat count and pricing both match what we agreed.",
        ),
        (  # 12 contrast, new vocab
            "The receipts and VAT line are spot on.",
            "Our statement reconciles perfectly this time.",
            "Invoice totals match the quote; no query there.",
        ),
        (  # 13 hedged rule-out
            "I wondered briefly if it was billing-related, but the payments look right.",
            "At first I thought the charge was the issue, but it isn't.",
            "I double-checked our plan cost just in case, and it's as expected.",
        ),
        (  # 14 non-native negation
            "Price is correct, problem is other thing.",
            "For the invoice I have no question.",
            "Payment ok, I understand it.",
        ),
        (  # 15 very short
            "invoice isn't the issue",
            "charges = fine",
            "no billing q here",
        ),
        (  # 16 other people
            "My colleague in finance asked about a receipt last month, all answered.",
            "Our accountant loves how clear your invoices are.",
            "The CFO was happy with the renewal quote, for what it's worth.",
        ),
        (  # 17 future / later
            "We may want to talk about annual pricing next quarter, but not today.",
            "At some stage I'll ask about adding seats, just not now.",
            "Later this year we'll review our plan costs, separately from this.",
        ),
        (  # 18 Indian English
            "Payment is done successfully, no issue in that.",
            "Invoice is received and it is correct.",
            "There is no issue regarding billing.",
        ),
        (  # 19 Gen-Z
            "bill's fine this time lol",
            "not complaining about the price for once",
            "money stuff is all good",
        ),
    ),
    "api_integration": (
        (  # 0 formal negation
            "I should clarify that our API integration is operating normally and is not the reason for this message.",
            "Our system-to-system connection with your platform remains fully functional.",
            "No technical issue with the interface is being reported here.",
        ),
        (  # 1 terse
            "api's fine btw",
            "not an integration issue{| fyi}",
            "our calls work ok",
        ),
        (  # 2 passing mention
            "Our developer rotated the API key last week, all good on that front.",
            "We had a webhook hiccup on [weekday] but it fixed itself.",
            "The engineers set up the new endpoint recently, which works a treat.",
        ),
        (  # 3 contrast
            "The technical side is working great; this is about something else.",
            "Requests from our app go through fine, so don't worry about that.",
            "Keys and tokens are all in order, the trouble is elsewhere.",
        ),
        (  # 4 non-technical
            "The computer link our IT man set up is still working, I'm told.",
            "Our shop's connection to you is green and happy.",
            "Whatever the techy connection is, it's not the problem.",
        ),
        (  # 5 angry
            "And don't blame our integration, it's been rock solid.",
            "Don't send me API docs, I'm not a developer and this isn't that.",
            "Your last reply talked about rate limits, which had nothing to do with anything.",
        ),
        (  # 6 elderly
            "The automatic connection my son installed is working splendidly.",
            "I'm told the technical link between our systems is in good shape.",
            "The clever computer bits seem to be behaving themselves.",
        ),
        (  # 7 mobile
            "(integration fine)",
            "api ok on our side",
            "no 401s or anything",
        ),
        (  # 8 passive
            "No errors have been observed on the API side.",
            "The integration was upgraded last quarter without incident.",
            "Our API key was regenerated recently and accepted straight away.",
        ),
        (  # 9 pre-empting
            "Before you ask, the API isn't returning any errors.",
            "In case you check the logs: our integration is healthy.",
            "No need to inspect our requests or keys.",
        ),
        (  # 10 history
            "Last year we had a rate-limiting issue that your engineers resolved quickly.",
            "Ages ago we hit 500s during your outage, but nothing like that since.",
            "Our old developer once had to get a new key from you, smooth process.",
        ),
        (  # 11 technical detail
            "Our webhooks and SDK are both behaving, latency is normal.",
            "Throughput on the connector is steady and well under quota.",
            "Monitoring shows zero failed calls this week.",
        ),
        (  # 12 contrast, new vocab
            "Webhooks, SDK, tokens: all healthy here.",
            "Our sync jobs have been running green all week.",
            "No 401s, no 429s, no timeouts.",
        ),
        (  # 13 hedged rule-out
            "I thought our connector might be involved, but its logs are clean.",
            "We checked whether the connector was to blame, and it isn't.",
            "My first guess was an API hiccup, but everything there looks normal.",
        ),
        (  # 14 non-native negation
            "API work good, is not this.",
            "Our integration have no errors.",
            "Connection to your system is ok.",
        ),
        (  # 15 very short
            "api = fine",
            "not a dev issue",
            "endpoints ok",
        ),
        (  # 16 other people
            "Our developer spent last week building a new integration, which went live without a hitch.",
            "The agency that maintains our plugin says it's all up to date.",
            "A friend's startup uses your API heavily and raves about it.",
        ),
        (  # 17 future / later
            "We're planning to build on your API next year, but that's not what this is about.",
            "Someday we'd like to automate this through your endpoints.",
            "Our devs might reach out about webhooks later, separately.",
        ),
        (  # 18 Indian English
            "API is working fine from our end, no error is coming.",
            "Integration is running without any issue.",
            "Our developer has confirmed the API is working.",
        ),
        (  # 19 Gen-Z
            "api's vibing fine btw",
            "no errors on the dev side lol",
            "our integration's chill for once",
        ),
    ),
    "refund_request": (
        (  # 0 formal negation
            "I wish to make clear that I am not seeking a refund of any kind.",
            "We are not requesting any reimbursement; our payments are not in question.",
            "No money needs to be returned to us in connection with this matter.",
        ),
        (  # 1 terse
            "not asking for a refund btw",
            "dont want money back{| or anything}",
            "no refund needed",
        ),
        (  # 2 passing mention
            "A friend got a refund from you last year and said it was quick, but that's not why I'm writing.",
            "My colleague was reimbursed for a duplicate charge on [weekday]; unrelated to this.",
            "Someone in our team asked about a reimbursement once, ages ago.",
        ),
        (  # 3 contrast
            "I'm happy to keep paying; getting money back isn't the point here.",
            "I'm not after a reimbursement, just help with something different.",
            "Keep the payment, it's fine; what I need is something else.",
        ),
        (  # 4 non-technical
            "I'm not chasing a refund, I like the service.",
            "I'm not trying to get anything returned to my Visa, honestly.",
            "It's not about the money, that's all fine.",
        ),
        (  # 5 angry
            "And no, offering me a refund won't make this go away.",
            "Keep your money, I want things to work.",
            "Don't try to fob me off with a credit note.",
        ),
        (  # 6 elderly
            "I should not like you to think I'm asking for any money returned.",
            "I'm quite content with what I've paid, I assure you.",
            "There's no need for any repayment, thank you.",
        ),
        (  # 7 mobile
            "(not a refund req)",
            "no $ back needed",
            "no chargeback or anything",
        ),
        (  # 8 passive
            "A refund issued in the spring was received correctly.",
            "No reimbursement is being sought at this time.",
            "The earlier credit was applied to the card as expected.",
        ),
        (  # 9 pre-empting
            "Before you ask, this isn't about reversing any payment.",
            "In case it crosses your mind, I don't need a refund processed.",
            "You needn't look into refunds for this one.",
        ),
        (  # 10 history
            "You refunded an accidental upgrade for me once, which I appreciated.",
            "Last time I wrote in it was for a refund, so this is different.",
            "Years back you reversed a double payment for us very quickly.",
        ),
        (  # 11 policy mention
            "I read your 30-day refund policy, but I'm not planning to use it.",
            "I'm aware of the money-back guarantee; not needed.",
            "Your refund window isn't relevant to what I'm asking.",
        ),
        (  # 12 contrast, new vocab
            "No chargeback wanted, nor any credit to my card.",
            "I'm not disputing anything through my card issuer.",
            "Nothing needs reimbursing; leave the charge as is.",
        ),
        (  # 13 hedged rule-out
            "I considered requesting a refund, but honestly I'd rather get this working.",
            "Part of me wanted to demand reimbursement, but that's not my aim.",
            "I suppose I could push for a repayment, but it's not what I'm after.",
        ),
        (  # 14 non-native negation
            "I not want the payment back, I want the service.",
            "Is not for refund, is for other thing.",
            "I not ask to return the payment.",
        ),
        (  # 15 very short
            "no refund wanted",
            "not after money back",
            "payment can stay",
        ),
        (  # 16 other people
            "My sister once got her money back from you for a double charge; anyway.",
            "Our office manager handled a refund with you back in {2022|2023}.",
            "A friend swears by your money-back policy, but that's beside the point.",
        ),
        (  # 17 future / later
            "If nothing improves I might request reimbursement later, but right now I just want this fixed.",
            "Reimbursement isn't what I want at this stage.",
            "Refunds can be a conversation for another day.",
        ),
        (  # 18 Indian English
            "I don't require any refund.",
            "Refund is not required.",
            "There is no need to revert any amount.",
        ),
        (  # 19 Gen-Z
            "not tryna get a refund lol",
            "i don't want my money back, i want this to work",
            "refund? nah",
        ),
    ),
    "data_migration": (
        (  # 0 formal negation
            "I should add that our data migration concluded successfully and is not the subject of this request.",
            "The transfer of our records from the previous platform is complete and requires no review.",
            "Our import is finished and in good order.",
        ),
        (  # 1 terse
            "migration went fine btw",
            "import's done, not that",
            "data move all good{| fyi}",
        ),
        (  # 2 passing mention
            "We moved our old projects over last month, and it went smoothly.",
            "A colleague is still tidying up a few imported records on the side, nothing for you.",
            "Our sister company is planning to switch over from their old CRM soon.",
        ),
        (  # 3 contrast
            "All our records made it across, so that's not the issue.",
            "The data from our old system landed perfectly; my question is unrelated.",
            "Forget the switchover, it's finished; this is about something else entirely.",
        ),
        (  # 4 non-technical
            "All my old files came over fine, it's not that.",
            "My spreadsheet thing went in without a fuss.",
            "Getting my lists into your system worked nicely.",
        ),
        (  # 5 angry
            "And don't tell me it's because of the import, the data is fine.",
            "Your last agent blamed our migration, which was finished weeks ago.",
            "I'm not interested in hearing about moving data, that's done.",
        ),
        (  # 6 elderly
            "My client records all arrived safely when I moved them over, I'm pleased to say.",
            "The transfer my grandson did for me last spring worked splendidly.",
            "I have every bit of my old information in your programme now, thank you.",
        ),
        (  # 7 mobile
            "(not a migration issue)",
            "csv import worked fine",
            "data transfer ok",
        ),
        (  # 8 passive
            "The import job was completed with no errors reported.",
            "All projects were transferred successfully from the former system.",
            "The migration was signed off by our team last quarter.",
        ),
        (  # 9 pre-empting
            "Before you ask, the data migration is complete.",
            "In case you check, the import finished without problems.",
            "No migration jobs need checking for this.",
        ),
        (  # 10 history
            "When we came over from our previous vendor, your team helped with the import, which was great.",
            "Years back we brought our archive across, no drama.",
            "The initial move onto your platform was painless, for the record.",
        ),
        (  # 11 planning, not now
            "We might migrate another department's data later this year, but not yet.",
            "At some point we'll bring over the archive from {2015|2018}, though that's a future project.",
            "Eventually we'll consolidate the other workspace into this one, but that's not today's topic.",
        ),
        (  # 12 contrast, new vocab
            "The CSV import of our former CRM went fine.",
            "Every record came over in the XLSX upload without issue.",
            "Field mapping during onboarding was painless.",
        ),
        (  # 13 hedged rule-out
            "I briefly wondered if the import had broken something, but the data checks out.",
            "My first thought was the migration, but the records all look right.",
            "We checked whether the data transfer could be the cause, and it isn't.",
        ),
        (  # 14 non-native negation
            "Migration of data is finish and good.",
            "All our data is arrive correctly.",
            "The import work well, no problem.",
        ),
        (  # 15 very short
            "import's fine",
            "data all there",
            "migration done ages ago",
        ),
        (  # 16 other people
            "Our sister team moved from {Trello|Asana} to you last year and loved it.",
            "A partner company imported their customer base recently, no trouble.",
            "My predecessor handled the initial data move; it's all in.",
        ),
        (  # 17 future / later
            "We'll import another batch of records next quarter, but that's for later.",
            "One day we may bring the remainder of our archive over, but not now.",
            "Bringing over the other office's data is on the roadmap, not for now.",
        ),
        (  # 18 Indian English
            "Data transfer has completed successfully.",
            "All records are showing properly after import.",
            "There is no issue in data transfer.",
        ),
        (  # 19 Gen-Z
            "the import went fine lol",
            "all our stuff landed fine, no drama",
            "data move was smooth tbh",
        ),
    ),
}

AMBIGUOUS: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "I am writing regarding a matter concerning our account. I would appreciate it if a member of your team could contact me.",
        "We require assistance with our subscription with you. Kindly advise at your earliest convenience.",
        "Please be advised that we are experiencing an issue and would welcome your support in resolving it.",
    ),
    (  # 1 terse
        "need help w/ my acct",
        "something's up, can someone look{| pls}",
        "having an issue, help",
    ),
    (  # 2 story
        "I've been with you for a few years now and never had to write in before, but something came up this week that I can't sort out on my own. Could someone get back to me?",
        "Had a bit of a day, honestly, and the last thing I needed was this. Is there someone who can take a look?",
        "So my week started with this problem and it hasn't gotten better since. I'd really like to talk to someone.",
    ),
    (  # 3 technical-vague
        "Something on your side seems to have changed recently and it's affecting us. Can someone investigate?",
        "We're seeing behaviour we don't expect from your platform. Please have a technician review our setup.",
        "Things aren't behaving the way they did last month. Could an engineer inspect our tenant?",
    ),
    (  # 4 confused
        "I don't understand what's happening to my account. Could you help me?",
        "Something is wrong but I can't explain it very well. Please help.",
        "I'm confused and don't know what to do next.",
    ),
    (  # 5 angry
        "This is the third time I'm writing. Nobody has sorted out my problem. Fix it.",
        "I am extremely unhappy with your service right now and expect someone to deal with this.",
        "Unacceptable. I want this resolved today.",
    ),
    (  # 6 elderly
        "I wonder if somebody might write back to me; I have a question about my account with you.",
        "I'd be grateful for a little help with something, if anyone has a moment.",
        "Could a kind person there assist me? I find it hard to explain.",
    ),
    (  # 7 mobile
        "pls call or email me re my account",
        "on phone, quick help needed",
        "can someone ping me asap",
    ),
    (  # 8 passive
        "An issue has arisen with our account that requires attention.",
        "Assistance is required regarding this customer's profile.",
        "A problem has been identified and support is requested.",
    ),
    (  # 9 question
        "Can anybody check on my account?",
        "Is everything alright with my profile from where you sit?",
        "Could you check what's going on with us?",
    ),
    (  # 10 labelled
        "Issue: account. Priority: high. Details: please contact me.",
        "Customer: existing. Topic: see subject. Callback: yes.",
        "Category: other. Impact: significant.",
    ),
    (  # 11 hedging
        "Not sure who to ask about this, but something seems off. Maybe someone could check?",
        "Probably nothing, but it doesn't look right to me.",
        "I might be overreacting, though I'd like someone to have a look.",
    ),
    (  # 12 urgent
        "URGENT: please get in touch today.",
        "Time-sensitive, need someone from support to respond quickly.",
        "This can't wait until next week, please prioritise.",
    ),
    (  # 13 sarcastic
        "Well, it happened again. Shocking, I know.",
        "Another day, another problem with your product.",
        "Guess who's writing to support again.",
    ),
    (  # 14 apologetic
        "Sorry, I'm not sure I'm writing to the right place, but I need some help.",
        "Apologies for the vague message, I'm not sure how to describe it.",
        "I'm sorry to bother you, there's just something I can't figure out.",
    ),
    (  # 15 non-native
        "I have a problem in my account, please help me.",
        "Hello, I need assistance for my account, thank you.",
        "Something is not good in my account, can you see?",
    ),
    (  # 16 follow-up
        "Following up on my earlier message; still waiting to hear back.",
        "Chasing this again since nothing has happened yet.",
        "Just bumping this, I haven't had a reply.",
    ),
    (  # 17 ultra short
        "got a problem",
        "help needed{| pls}",
        "issue w/ you guys",
        "can u help",
    ),
    (  # 18 Indian English
        "Kindly assist, I am facing one issue.",
        "I am facing some issue, please call me back.",
        "Please resolve my issue at the earliest, details I can share on call.",
    ),
    (  # 19 Gen-Z
        "something's broken and idk what lol",
        "help?? something's weird on my end",
        "ok so something happened, can someone help",
    ),
    (  # 20 who to talk to
        "There's something about my setup with you I'd like to ask; who handles that?",
        "Which team handles customer questions? I've got one.",
        "Where do I send a query about our service?",
    ),
    (  # 21 run-on
        "hi so i've got this issue that started a couple of days ago and i'm not really sure how to explain it but it's getting in the way and i'd love for someone to reach me",
        "ok so things have been a bit weird with you guys lately and i don't know if it's me or you but could somebody reach out",
        "hey so i need some help with something and it's kind of hard to describe in an email so could somebody message me back",
    ),
    (  # 22 noticed something unexpected
        "I saw something I didn't expect today and would like it checked.",
        "Something changed with us this week and nobody here did it.",
        "There's a matter I need sorted before the end of the week.",
    ),
    (  # 23 caps
        "PLEASE HELP!!",
        "NEED SUPPORT ASAP!!",
        "Is ANYONE reading these??",
    ),
    (  # 24 emoji
        "having a rough time over here :(",
        "need a hand pls :/",
        "hoping someone can help :)",
    ),
    (  # 25 long formal vague
        "Further to my earlier correspondence, I should be grateful if a representative could telephone me regarding an outstanding matter, which I would prefer to discuss directly.",
        "I write to seek assistance with a matter that has arisen in recent days; it would be helpful if the appropriate department could reach out at its convenience.",
        "We have encountered a difficulty that we have been unable to resolve internally, and a conversation with someone from your staff would be welcome.",
    ),
    (  # 26 reference to earlier contact
        "Ref: case from last week, still unresolved.",
        "As discussed on the phone with your colleague, here is my follow-up.",
        "Your agent said to email this address, so here I am.",
    ),
)

SUBJECTS_NEUTRAL: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "Request for assistance",
        "Enquiry regarding our account",
        "Customer service request",
    ),
    (  # 1 terse
        "help",
        "question",
        "hi",
    ),
    (  # 2 story-ish
        "Something came up this week",
        "A bit of a situation",
        "Long story, short question",
    ),
    (  # 3 technical-neutral
        "Issue report",
        "Support case",
        "Incident: please review",
    ),
    (  # 4 confused
        "Not sure what's going on",
        "Confused",
        "Don't know what to do",
    ),
    (  # 5 angry
        "STILL NOT RESOLVED",
        "Very disappointed",
        "Complaint",
    ),
    (  # 6 elderly polite
        "A small favour",
        "Could you help me please",
        "Query from a long-time customer",
    ),
    (  # 7 mobile
        "(no subject)",
        "quick q",
        "pls read",
    ),
    (  # 8 formal-passive
        "Assistance required",
        "Attention needed",
        "Action requested",
    ),
    (  # 9 question
        "Can someone help?",
        "Who do I talk to?",
        "Is anyone there?",
    ),
    (  # 10 labelled / ids
        "Ticket follow-up",
        "Re: your message",
        "Fwd: {my issue|problem}",
    ),
    (  # 11 hedging
        "Possibly a problem",
        "Maybe nothing, but",
        "Small thing (I think)",
    ),
    (  # 12 urgent
        "URGENT",
        "Time sensitive!!",
        "Please respond today",
    ),
    (  # 13 sarcastic
        "Here we go again",
        "Surprise, another issue",
        "You'll never guess",
    ),
    (  # 14 apologetic
        "Sorry to bother you",
        "Apologies, need a hand",
        "Sorry, quick one",
    ),
    (  # 15 non-native
        "Problem with account",
        "Please assistance",
        "I need a help",
    ),
    (  # 16 vague topic words
        "My account",
        "Account issue",
        "Re: account",
    ),
    (  # 17 plain
        "Support needed",
        "Issue with your service",
        "Could use some help",
    ),
    (  # 18 Indian English
        "Regarding issue",
        "Request for help",
        "Kindly assist",
    ),
    (  # 19 Gen-Z
        "uhh help",
        "something's off",
        "pls help lol",
    ),
    (  # 20 as discussed
        "As discussed",
        "Per our conversation",
        "Following our call",
    ),
    (  # 21 generic
        "Hello",
        "Contacting support",
        "Inquiry",
    ),
)

SUBJECTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (  # 0 formal
            "Password reset request",
            "Unable to access account",
            "Request to restore account access",
        ),
        (  # 1 terse
            "cant log in",
            "pw reset",
            "locked out{| again}",
        ),
        (  # 2 story
            "Back from holiday and can't remember my password",
            "New laptop, old password forgotten",
            "Came back to a login I can't get past",
        ),
        (  # 3 technical
            "Web sign-in fails: invalid credentials",
            "Reset token expired / link invalid",
            "Auth loop on dashboard login",
        ),
        (  # 4 confused
            "It won't let me in",
            "What's my password?",
            "Secret word not working",
        ),
        (  # 5 angry
            "LOCKED OUT OF MY OWN ACCOUNT",
            "Your login is broken",
            "Can't get in, AGAIN",
        ),
        (  # 6 elderly
            "Forgotten password, I'm afraid",
            "Help getting into my account please",
            "Trouble signing on",
        ),
        (  # 7 mobile
            "app wont take my pw",
            "reset email not arriving",
            "login help pls",
        ),
        (  # 8 passive
            "Account access blocked",
            "Credentials not accepted",
            "Login attempts rejected",
        ),
        (  # 9 question
            "How do I reset my password?",
            "Why can't I sign in?",
            "Where's my reset email?",
        ),
        (  # 10 labelled
            "Access - password issue",
            "Login / password",
            "RE: forgotten credentials",
        ),
        (  # 11 hedging
            "Possible login problem",
            "Might be locked out?",
            "Password not working (my mistake?)",
        ),
    ),
    "billing_inquiry": (
        (  # 0 formal
            "Query regarding invoice",
            "Clarification of recent charge",
            "Billing enquiry",
        ),
        (  # 1 terse
            "charge??",
            "bill question",
            "what's this [amount]",
        ),
        (  # 2 story
            "Found a payment on my statement I can't place",
            "Spotted something odd on the bank statement",
            "Our monthly cost changed and nobody told us",
        ),
        (  # 3 finance detail
            "Invoice line items don't reconcile",
            "Proration on latest invoice",
            "VAT / tax on invoice",
        ),
        (  # 4 confused
            "What am I paying for?",
            "Don't understand my bill",
            "Money taken, not sure why",
        ),
        (  # 5 angry
            "UNEXPLAINED CHARGE",
            "Why did my price go up?!",
            "Bill higher than usual?",
        ),
        (  # 6 elderly
            "A question about my payment",
            "Query about a deduction",
            "Monthly fee - could you explain",
        ),
        (  # 7 mobile
            "card charge from u",
            "bill q",
            "[amount]?",
        ),
        (  # 8 passive
            "Unrecognised debit",
            "Invoice amount higher than expected",
            "Charge applied without notice",
        ),
        (  # 9 question
            "Why was I charged [amount]?",
            "What is this invoice for?",
            "Is my [plan] price correct?",
        ),
        (  # 10 labelled
            "Billing: invoice query",
            "Billing / invoice",
            "RE: statement",
        ),
        (  # 11 hedging
            "Possible billing mistake",
            "Charge looks a bit high?",
            "Invoice question (maybe nothing)",
        ),
    ),
    "api_integration": (
        (  # 0 formal
            "API integration errors",
            "Failures in system integration",
            "Technical issue with API access",
        ),
        (  # 1 terse
            "401s",
            "api broken",
            "429 again",
        ),
        (  # 2 story
            "Sync worker failing since our release",
            "Orders stopped syncing overnight",
            "Nightly export returning errors",
        ),
        (  # 3 technical
            "HTTP 500 internal_error on POST",
            "invalid_api_key despite valid Bearer header",
            "rate_limit_exceeded well below quota",
        ),
        (  # 4 non-technical
            "Shop connection says error",
            "Plugin stopped working",
            "Red error message in our admin",
        ),
        (  # 5 angry
            "YOUR API IS DOWN",
            "Production outage caused by your servers",
            "Fix your endpoints",
        ),
        (  # 6 polite small business
            "Trouble with our connection to your system",
            "Help with the link to your service",
            "Our developer left, connection failing",
        ),
        (  # 7 mobile
            "api errors prod",
            "key not working",
            "timeouts from ur api",
        ),
        (  # 8 passive
            "Requests rejected with 401",
            "Calls being throttled",
            "Integration requests failing",
        ),
        (  # 9 question
            "Is the API down?",
            "Why is my key rejected?",
            "What's our rate limit?",
        ),
        (  # 10 labelled
            "API - authentication failure",
            "Integration / webhooks",
            "RE: API errors",
        ),
        (  # 11 hedging
            "Possible API issue",
            "Key revoked?",
            "Intermittent errors (our side?)",
        ),
    ),
    "refund_request": (
        (  # 0 formal
            "Refund request",
            "Request for reimbursement",
            "Reversal of payment",
        ),
        (  # 1 terse
            "refund",
            "money back pls",
            "charged after cancel",
        ),
        (  # 2 story
            "Forgot to cancel the trial",
            "Paid for a year we won't use",
            "We both bought the same plan",
        ),
        (  # 3 specifics
            "Duplicate transaction - please reverse",
            "Refund of [amount]",
            "Credit back to card",
        ),
        (  # 4 confused
            "Paid by mistake",
            "Can I have it refunded?",
            "Didn't mean to buy",
        ),
        (  # 5 angry
            "CHARGED AFTER CANCELLING",
            "Give me my money back",
            "Unauthorised renewal",
        ),
        (  # 6 elderly
            "Payment made in error",
            "Repayment, if possible",
            "Subscribed by accident",
        ),
        (  # 7 mobile
            "accidental upgrade",
            "reverse charge pls",
            "refund asap",
        ),
        (  # 8 passive
            "Reimbursement requested",
            "Charge to be reversed",
            "Refund due",
        ),
        (  # 9 question
            "How do I get a refund?",
            "Refund possible?",
            "Can this payment be reversed?",
        ),
        (  # 10 labelled
            "Refund: renewal charge",
            "Refund / cancellation",
            "RE: money back",
        ),
        (  # 11 hedging
            "Refund maybe?",
            "Possible reimbursement",
            "Any chance of a refund?",
        ),
    ),
    "data_migration": (
        (  # 0 formal
            "Data migration status",
            "Confirmation of data transfer",
            "Migration of records from legacy system",
        ),
        (  # 1 terse
            "import stuck",
            "migration?",
            "data missing after move",
        ),
        (  # 2 story
            "Moving over from our old tool",
            "Finally switching to you, data question",
            "Half-finished switchover",
        ),
        (  # 3 technical
            "Migration job stuck in_progress",
            "Bulk import: record count mismatch",
            "CSV import - rows skipped",
        ),
        (  # 4 confused
            "Where is my information?",
            "Did my upload work?",
            "My old lists",
        ),
        (  # 5 angry
            "IMPORT LOST OUR DATA",
            "Migration still not finished",
            "Where are our records??",
        ),
        (  # 6 elderly
            "Moving my client files over",
            "Have my records arrived?",
            "Transfer from my old programme",
        ),
        (  # 7 mobile
            "migration 80%",
            "did import finish",
            "records not showing",
        ),
        (  # 8 passive
            "Records not transferred",
            "Import incomplete",
            "Migration outcome unknown",
        ),
        (  # 9 question
            "Is our migration done?",
            "Did all projects come across?",
            "How long does an import take?",
        ),
        (  # 10 labelled
            "Migration - status check",
            "Import / transfer",
            "RE: data import",
        ),
        (  # 11 hedging
            "Possible missing records",
            "Import finished?",
            "Migration issue (I think)",
        ),
    ),
}

GREETINGS: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "Dear Sir or Madam,",
        "Dear {Support|Customer Service} Team,",
        "To whom it may concern,",
    ),
    (  # 1 terse
        "hey",
        "hi{|,}",
        "yo,",
    ),
    (  # 2 friendly
        "Hi there!",
        "Hello hello,",
        "Hiya team,",
    ),
    (  # 3 time of day
        "Good morning,",
        "Good afternoon{,| all,}",
        "Good evening{| folks},",
    ),
    (  # 4 none / bare
        "",
        "Support,",
        "Team -",
    ),
    (  # 5 hope-you're-well
        "Hello, I hope you're well.",
        "Hi, hope this finds you well.",
        "Hello, hope your week is going OK.",
    ),
    (  # 6 elderly
        "Dear Madam or Sir,",
        "Good day to you,",
        "Dear friends at support,",
    ),
    (  # 7 support-addressed
        "Hello support,",
        "Hi {support|helpdesk} folks,",
        "Hey support team,",
    ),
    (  # 8 greetings
        "Greetings,",
        "Greetings from {Berlin|Toronto|Leeds|Austin},",
        "Warm greetings,",
    ),
    (  # 9 plain hello
        "Hello,",
        "Hello{| everyone},",
        "Hello again,",
    ),
    (  # 10 hi all
        "Hi all,",
        "Hi everyone,",
        "Hi guys,",
    ),
    (  # 11 intro
        "My name is [first_name] and I'm a customer of yours.",
        "[first_name] here,",
        "This is [first_name] writing.",
    ),
)

SIGNOFFS: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "Kind regards, [first_name]",
        "Yours faithfully, [first_name]",
        "With best regards, [first_name]",
    ),
    (  # 1 terse
        "thx",
        "ty{| - [first_name]}",
        "- [first_name]",
    ),
    (  # 2 cheers
        "Cheers, [first_name]",
        "Cheers!",
        "Cheers{| all}, [first_name]",
    ),
    (  # 3 thanks
        "Thanks, [first_name]",
        "Thanks in advance{|!}",
        "Many thanks, [first_name]",
    ),
    (  # 4 none
        "",
        "[first_name]",
        "--",
    ),
    (  # 5 mobile signature
        "Sent from my phone",
        "Sent from my iPhone",
        "Sent from mobile, excuse typos",
    ),
    (  # 6 elderly
        "Yours sincerely, [first_name]",
        "With thanks and warm wishes, [first_name]",
        "God bless, [first_name]",
    ),
    (  # 7 best
        "Best, [first_name]",
        "Best wishes{|,} [first_name]",
        "All the best, [first_name]",
    ),
    (  # 8 looking forward
        "Looking forward to your reply. [first_name]",
        "I look forward to hearing from you.",
        "Awaiting your response, [first_name]",
    ),
    (  # 9 regards variants
        "Regards",
        "Rgds, [first_name]",
        "Regards{,|} [first_name]",
    ),
    (  # 10 appreciative
        "Appreciate the help, [first_name]",
        "Really appreciate it!",
        "Much appreciated, [first_name]",
    ),
    (  # 11 urgent / impatient
        "Waiting on you. [first_name]",
        "Please hurry. [first_name]",
        "Hoping to hear back soon.",
    ),
)

FILLERS: tuple[tuple[str, ...], ...] = (
    (  # 0 formal courtesy
        "Thank you in advance for your prompt attention to this matter.",
        "I appreciate your assistance and look forward to a swift resolution.",
        "Your cooperation is greatly valued.",
    ),
    (  # 1 terse
        "thx in advance",
        "kinda urgent",
        "ty!!",
    ),
    (  # 2 weather / small talk
        "It's pouring here today, so at least I'm indoors dealing with this.",
        "Hope the weather's nicer where you are than it is here.",
        "What a week it has been, honestly.",
    ),
    (  # 3 praise
        "Your product is great otherwise, I recommend it to everyone.",
        "I've always had good experiences with your team.",
        "Love the new design of the dashboard, by the way.",
    ),
    (  # 4 complaint about wait
        "I tried your chat earlier but it said the wait was over an hour.",
        "The phone line kept me on hold forever, so I'm emailing instead.",
        "Your help centre search didn't turn up anything useful.",
    ),
    (  # 5 urgency
        "This is quite time-sensitive for us.",
        "I'd appreciate a quick turnaround if at all possible.",
        "We have a {board meeting|client demo|trip} coming up, so sooner is better.",
    ),
    (  # 6 elderly pleasantries
        "I do hope you and your colleagues are keeping well.",
        "Please excuse my slowness with computers.",
        "I'm writing this with my cup of tea, so do forgive any rambling.",
    ),
    (  # 7 mobile
        "sorry for typos, on my phone",
        "writing from the bus",
        "excuse brevity",
    ),
    (  # 8 apology
        "Sorry if this isn't the right inbox.",
        "Apologies for the long message.",
        "Sorry for writing twice, I wasn't sure the first went through.",
    ),
    (  # 9 availability
        "I'm available by email all day.",
        "You can reach me here anytime before 6pm.",
        "I'll be away from my desk on [weekday], but I'll check my messages.",
    ),
    (  # 10 loyalty
        "I've been a customer for years.",
        "We've used your product since the early days.",
        "Our whole team relies on you daily.",
    ),
    (  # 11 mild frustration
        "Frankly, I'm a bit frustrated.",
        "This has been quite a headache.",
        "Not the start to the day I wanted.",
    ),
    (  # 12 context about business
        "We're a small team of {four|six|eight}, so every hour counts.",
        "I run a little design studio and handle all the admin myself.",
        "Our busy season starts next week.",
    ),
    (  # 13 humour
        "I'm told coffee fixes everything; it hasn't fixed this.",
        "If I had a pound for every support email I've written this year...",
        "My cat has been supervising this whole process, unhelpfully.",
    ),
    (  # 14 let me know
        "Let me know if you need anything else from me.",
        "Happy to provide more details if helpful.",
        "Shout if there's more info you need.",
    ),
    (  # 15 non-native politeness
        "Thank you very much for your help, I wait your answer.",
        "I hope you can help me, have a nice day.",
        "Sorry for my English, it is not my first language.",
    ),
)

BODY_EMAIL: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "The account in question is registered under [email].",
        "For your reference, our account is held under the address [email].",
        "Please note that the relevant account uses [email].",
    ),
    (  # 1 terse
        "acct is [email]",
        "email on file: [email]",
        "it's under [email]{| btw}",
    ),
    (  # 2 narrative
        "I signed up years ago with [email], so that's the one it'll be under.",
        "When we first joined, my colleague used [email] for everything, so look there.",
        "Back when I opened it I used [email], which I still check daily.",
    ),
    (  # 3 technical
        "Account email / user ID: [email].",
        "User: [email] (owner role).",
        "Tenant owner: [email].",
    ),
    (  # 4 confused
        "My email is [email], I think that's what you need?",
        "I use [email] for it, if that helps you find me.",
        "I believe it's [email], it's what I normally type.",
    ),
    (  # 5 angry
        "It's [email]. Look it up.",
        "You'll see [email] on file, not that anyone there has ever checked.",
        "[email]. Same as the last three times I wrote.",
    ),
    (  # 6 elderly
        "My electronic mail address is [email].",
        "The address I registered with is [email], if I remember correctly.",
        "You'll find me under [email], which my grandson set up.",
    ),
    (  # 7 mobile
        "[email] is the acct",
        "acct email [email]",
        "use [email] pls",
    ),
    (  # 8 passive
        "Registration was done with [email].",
        "All correspondence is sent to [email].",
        "The subscription was created using [email].",
    ),
    (  # 9 parenthetical
        "(Account: [email])",
        "(registered address: [email])",
        "(look me up as [email], not this one)",
    ),
    (  # 10 different from sender
        "Note the profile lives under [email], not the address I'm writing from.",
        "I'm emailing from my personal address, but the account itself is [email].",
        "Please look for [email]; this inbox isn't the one linked to it.",
    ),
    (  # 11 non-native
        "My mail for the account is [email].",
        "For the account I have the email [email].",
        "I am registered with [email].",
    ),
    (  # 12 look it up
        "You can find the account under [email].",
        "Look up [email] in your records.",
        "Search for [email] in your system.",
    ),
    (  # 13 Indian English
        "Registered mail id: [email].",
        "My account is registered with mail id [email].",
        "Mail id linked: [email].",
    ),
    (  # 14 Gen-Z
        "[email] = my acct fyi",
        "[email] is where my stuff lives lol",
        "it's [email] fr",
    ),
    (  # 15 field style
        "Account ID (email): [email].",
        "Customer email: [email].",
        "Contact address: [email].",
    ),
    (  # 16 long
        "My phone's default address is what this came from, but everything on your platform is set up under [email], so please check that one.",
        "In case it speeds things up, the address tied to everything we have with you is [email].",
        "Just so you have it, our team's account was opened by me using [email], and that's still the main contact.",
    ),
)

REPLY_EMAIL: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "The account is registered under [email].",
        "Certainly, the address is [email].",
        "It is held under [email], thank you for checking.",
    ),
    (  # 1 terse
        "[email]",
        "it's [email]",
        "[email] thx",
    ),
    (  # 2 narrative
        "Oh, it's the old one, [email], from when I first signed up.",
        "Good question, I had to dig: it's [email].",
        "I checked my welcome email and it went to [email].",
    ),
    (  # 3 technical
        "Owner account: [email].",
        "Primary account email: [email].",
        "Registered ID is [email], admin role.",
    ),
    (  # 4 confused
        "I think it's [email]? That's the one I use for everything.",
        "Maybe [email]? Sorry, I'm not sure what you mean.",
        "Is it [email] you need? That's my email.",
    ),
    (  # 5 angry
        "[email]. It was in my first message.",
        "As I already said: [email].",
        "It's [email], please read what I send.",
    ),
    (  # 6 elderly
        "Thank you for asking, dear. It is [email].",
        "My address for your service is [email], I believe.",
        "I registered using [email], as far as I recall.",
    ),
    (  # 7 mobile
        "[email] sorry on phone",
        "its [email]",
        "use [email]",
    ),
    (  # 8 passive
        "The account was opened with [email].",
        "It was set up under [email].",
        "Correspondence is normally sent to [email].",
    ),
    (  # 9 work vs personal
        "It's my work one: [email].",
        "The business address, [email].",
        "Not my personal email, the company one: [email].",
    ),
    (  # 10 correction
        "Sorry, I should have said, it's [email], not this inbox.",
        "Actually it's [email]; I wrote in from a different address.",
        "Correction: the account uses [email].",
    ),
    (  # 11 non-native
        "The email of my account is [email].",
        "I use the address [email] for the account.",
        "My account is with [email], thank you.",
    ),
    (  # 12 try / should be
        "Try [email].",
        "Should be [email].",
        "Look under [email].",
    ),
    (  # 13 Indian English
        "My registered mail id: [email].",
        "Mail id: [email].",
        "Please check with [email].",
    ),
    (  # 14 Gen-Z
        "oh it's [email] lol",
        "[email] i think?? lmk",
        "try [email] fr",
    ),
    (  # 15 explained
        "I changed jobs, so it's still under my old one, [email].",
        "It's under my maiden name: [email].",
        "My partner set it up, so it's [email].",
    ),
    (  # 16 long / warm
        "Thanks for checking! The account should be under [email], that's where your emails usually land.",
        "Happy to help, it's [email], which I've had since before I joined you.",
        "No problem at all, please look for [email], I'm fairly sure that's the one I registered with.",
    ),
)

REPLY_EMAIL_VAGUE: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "It is registered under my usual business address.",
        "The account uses our company's standard contact address.",
        "It should be the address we provided at registration.",
    ),
    (  # 1 terse
        "the usual one",
        "my normal email{| lol}",
        "same as always",
    ),
    (  # 2 narrative
        "Hmm, I signed up ages ago, so probably whatever I was using back then.",
        "My assistant set it up, so I'd guess it's whichever one she had to hand.",
        "It was right after I changed jobs, so it might be the old one or the new one.",
    ),
    (  # 3 technical
        "Whatever is configured as owner on our tenant.",
        "Probably the admin mailbox for our domain.",
        "It's the one tied to our SSO, I believe.",
    ),
    (  # 4 confused
        "The one I always use, I think?",
        "I'm not sure, the one on my phone?",
        "I don't really know, whichever you have.",
    ),
    (  # 5 angry
        "The normal one, obviously. Don't you have it?",
        "You have my details already, why are you asking me?",
        "It's in your system, look it up yourselves.",
    ),
    (  # 6 elderly
        "The one my grandson made for me, I should think.",
        "I only have the one email, the one the computer uses.",
        "Whichever address is written on the note by my desk, dear.",
    ),
    (  # 7 mobile
        "my work one i think",
        "personal one prob",
        "the gmail{| one}",
    ),
    (  # 8 passive
        "The account was set up with my work address, as far as I recall.",
        "It was likely registered with our shared office inbox.",
        "The address used was probably the one from my previous employer.",
    ),
    (  # 9 hedged choices
        "Either my personal or work address, not sure which.",
        "Could be one of two, honestly.",
        "Possibly my old university address, possibly not.",
    ),
    (  # 10 deferring
        "I'd have to ask my colleague who set it up.",
        "Let me check with our IT person and get back to you.",
        "Our office manager would know, I don't.",
    ),
    (  # 11 non-native
        "Is the email of my work, I think.",
        "It is my normal address, the same of always.",
        "I use the email of the company.",
    ),
)

REPLY_NO_OTHER: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "That is the only address I have; there is no other.",
        "I can confirm the address I wrote from is the sole one on record.",
        "We do not maintain any other address for this account.",
    ),
    (  # 1 terse
        "only got the one",
        "thats my only email",
        "no other{| address}",
    ),
    (  # 2 narrative
        "I've had the same email for fifteen years, there's never been another.",
        "I set everything up with the address I'm writing from and never used a second one.",
        "When I joined I only owned one inbox, and I still only do.",
    ),
    (  # 3 technical
        "No alias or secondary mailbox exists for this user.",
        "There's a single address on our domain for this, the sender of this thread.",
        "Just the one identity, no SSO or secondary profile.",
    ),
    (  # 4 confused
        "I don't have another one, just this.",
        "What do you mean another? I only have this one.",
        "I'm not aware of having any other email.",
    ),
    (  # 5 angry
        "There IS no other email. Use this one.",
        "How many times, it's the one I'm writing from!",
        "There's no second address, stop asking.",
    ),
    (  # 6 elderly
        "I'm afraid there's only the one, the one I'm writing to you from now.",
        "This is my only electronic address, dear.",
        "I've never had more than a single email.",
    ),
    (  # 7 mobile
        "just this one",
        "same as im sending from",
        "nope, only this",
    ),
    (  # 8 passive
        "No further address has been used with the account.",
        "The account was created with this address and no other.",
        "Only the sending address is associated with us.",
    ),
    (  # 9 reassurance
        "It's definitely this one, I'm sure.",
        "Yes, it's the address in my message, nothing else.",
        "Positive it's the same one I emailed you from.",
    ),
    (  # 10 why ask
        "Not sure why you ask, this is the only email I use.",
        "Funny you ask, but no, it's simply the address I wrote from.",
        "I use this address for everything, there isn't a different one.",
    ),
    (  # 11 non-native
        "I have only this email, no other.",
        "Is the same email that I write now.",
        "No have other address, only this.",
    ),
    (  # 12 no spare
        "This inbox is the one; I don't have a spare.",
        "I don't keep a second mailbox.",
        "Nothing else, this is it.",
    ),
    (  # 13 Indian English
        "I am having only this mail id.",
        "Single mail id only, this one.",
        "No other mail id is there.",
    ),
    (  # 14 Gen-Z
        "this is literally the only inbox i've got lol",
        "only got this one tbh",
        "nah there's no other fr",
    ),
    (  # 15 ultra short
        "none other",
        "that's it",
        "no second one",
    ),
    (  # 16 long
        "I've used this exact address since I created the account, I don't have any work or backup mailbox, so it has to be this one.",
        "Everything I've ever signed up for goes to this inbox, no other exists.",
        "My husband and I share a computer but not an inbox, and mine has always been this one, full stop.",
    ),
)

REPLY_REQUEST: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (  # 0 formal
            "I would like my password to be reset, please.",
            "I require a password reset so that I can regain access.",
            "Please reset the password on my account.",
        ),
        (  # 1 terse
            "reset my pw",
            "pw reset{| pls}",
            "new password thx",
        ),
        (  # 2 narrative
            "Well, ideally I'd get one of those reset emails, pick another password, and carry on with my day.",
            "What I'm after is just that recovery message, then I'll sort the rest myself.",
            "Honestly I only need to set a different password and I'm back in business.",
        ),
        (  # 3 technical
            "Issue a credential reset for my user.",
            "Trigger the reset flow for my login.",
            "Generate a reset link for my sign-in.",
        ),
        (  # 4 confused
            "I'm hoping to get onto my profile again, using some new secret word I suppose.",
            "Make it so I can log on again? New password maybe?",
            "I guess I need to change what my password is, so I can get in.",
        ),
        (  # 5 angry
            "Reset. My. Password.",
            "Send the reset link, that's all I've been asking for.",
            "A working password reset, obviously.",
        ),
        (  # 6 elderly
            "I'd like to choose another password, if you'd be so kind.",
            "Might you send me the means to alter my password?",
            "A fresh password would be lovely, thank you.",
        ),
        (  # 7 mobile
            "send reset link",
            "reset pls, on phone",
            "pw link to my inbox",
        ),
        (  # 8 passive
            "The reset email ought to be sent to me.",
            "The password needs resetting.",
            "Access should be restored through a reset.",
        ),
        (  # 9 question back
            "Can you just send me a reset email?",
            "Could you reset it for me?",
            "Would you email me the link for resetting?",
        ),
        (  # 10 outcome
            "Get me logged back in with a new password.",
            "Let me sign in again, via a reset or whatever.",
            "Unlock the login so I can pick fresh credentials.",
        ),
        (  # 11 non-native
            "I wish change the password because I forget it.",
            "Please make reset of the password.",
            "I need new password for enter.",
        ),
        (  # 12 new vocab
            "Please remove the old authenticator and let me set up another password.",
            "Send me a sign-in link so I can get in.",
            "Move my login to my new email and reset it.",
        ),
        (  # 13 Indian English
            "Kindly reset password and send link on my mail.",
            "Please unlock my account.",
            "I want password reset only.",
        ),
        (  # 14 Gen-Z
            "just get me back into my account lol",
            "new pw pls, that's it",
            "let me log in again fr",
        ),
        (  # 15 ultra short
            "a reset",
            "unlock + reset",
            "new link",
        ),
        (  # 16 long with reasoning
            "I'd like a link to reset it, because I can't remember the password and the automatic one never arrives, so one sent by you directly would be ideal.",
            "Honestly the best thing would be for you to lift the lock and send me a link, since I've already tried every password I can think of.",
            "What would help is a reset from your side, as the self-service page keeps failing and I need to get back to work.",
        ),
        (  # 17 I'd like you to
            "I'd like you to restore my access.",
            "I'd like my login credentials renewed.",
            "I'd like the account unlocked so I can sign in.",
        ),
        (  # 18 either / or
            "Either a recovery mail or unlocking the account, whatever's quicker.",
            "Reset it or tell me how to do it myself.",
            "Unlock it or send a link, either works.",
        ),
        (  # 19 caps / emoji
            "RESET IT PLEASE :(",
            "a reset!! please!!",
            "just let me in :(",
        ),
    ),
    "billing_inquiry": (
        (  # 0 formal
            "I would like an explanation of the most recent charge.",
            "Please provide a breakdown of what we were billed for.",
            "We require the invoiced amount to be clarified.",
        ),
        (  # 1 terse
            "explain the charge",
            "what's the [amount] for",
            "breakdown of bill{| pls}",
        ),
        (  # 2 narrative
            "I'd just like someone to tell me what that payment was, so I can put my mind at rest.",
            "Really I only want to understand the bill, nothing more.",
            "All I'm after is knowing what we paid for, so I can explain it to my boss.",
        ),
        (  # 3 finance
            "Send the itemised invoice for the period in question.",
            "Share the calculation behind the invoice total.",
            "Map the debit to an invoice number and period.",
        ),
        (  # 4 confused
            "I want to know what I'm paying you for.",
            "What was the money for? I don't understand it.",
            "Explain the payment to me in simple terms, please.",
        ),
        (  # 5 angry
            "Explain why you charged me that much.",
            "Justify the bill. That's what I want.",
            "An actual explanation of the charge, not a link.",
        ),
        (  # 6 elderly
            "I should simply like to understand what the payment was for.",
            "Could you kindly explain the amount to me?",
            "A little note about what I was charged would be lovely.",
        ),
        (  # 7 mobile
            "what did i pay for",
            "explain charge pls",
            "receipt breakdown to my email",
        ),
        (  # 8 passive
            "The charge should be explained to me.",
            "The invoice needs clarifying.",
            "The billing details should be sent over.",
        ),
        (  # 9 question back
            "Can you explain what the charge covers?",
            "Could you confirm what plan I'm paying for?",
            "Would you go through the invoice with me?",
        ),
        (  # 10 not money back, just info
            "I don't want anything back, I just want to understand the charge.",
            "No refund needed, I only want the bill explained.",
            "Just the details of the payment, I'm not disputing it.",
        ),
        (  # 11 non-native
            "I wish to know for what is this payment.",
            "Please explain me the invoice.",
            "I need the detail of the price.",
        ),
        (  # 12 new vocab
            "The invoice broken down, including VAT and proration, sent to me.",
            "Explain the seat count on my bill.",
            "Tell me whether the charge is monthly or annual.",
        ),
        (  # 13 Indian English
            "Kindly share the breakup of the charges.",
            "Please explain the extra amount in the invoice.",
            "I want charges details only.",
        ),
        (  # 14 Gen-Z
            "just explain the bill lol",
            "tell me what i paid for pls",
            "what's the charge, that's all",
        ),
        (  # 15 ultra short
            "an explanation",
            "invoice breakdown",
            "explain it",
        ),
        (  # 16 long with reasoning
            "I'd like the charge explained line by line, because I have to present it to our finance team and right now I can't say what half of it is.",
            "Ideally you'd confirm which plan we're on and how the total was calculated, since the numbers don't match what I expected.",
            "What would help is knowing why this month differs from the last, so I can tell whether anything changed at our end.",
        ),
        (  # 17 I'd like you to
            "I'd like you to clarify what this charge covered.",
            "I'd like the invoice itemised, please.",
            "I'd like to hear how my bill is calculated.",
        ),
        (  # 18 either / or
            "Either tell me what it was for or send me the detailed invoice.",
            "A breakdown by email or a quick call, whichever's easier.",
            "Tell me what it's for, or where I can look it up.",
        ),
        (  # 19 caps / emoji
            "EXPLAIN IT PLEASE :(",
            "just the breakdown!! thanks",
            "what is this money for :(",
        ),
    ),
    "api_integration": (
        (  # 0 formal
            "We would like you to investigate the errors our integration is receiving.",
            "Please determine the cause of the failing requests and advise us.",
            "We need the API issue diagnosed and resolved.",
        ),
        (  # 1 terse
            "check our api logs",
            "fix the 401s{| pls}",
            "look at the errors",
        ),
        (  # 2 narrative
            "Ideally someone would look at what your servers see from us and tell us why it's failing, so we can get orders flowing again.",
            "I mostly want to know whether it's our code or your platform, then we'll take it from there.",
            "What would help most is a person on your side looking at our request history.",
        ),
        (  # 3 technical
            "Check the request logs for our tenant and issue a replacement credential if ours is invalid.",
            "Inspect our 429s and say which limit we're tripping.",
            "Confirm whether the 500s are server-side and escalate if so.",
        ),
        (  # 4 non-technical
            "I want our connector running again.",
            "Make the link between our shop and you work, please.",
            "Get the plugin talking to your service again.",
        ),
        (  # 5 angry
            "Fix your API so our requests stop failing.",
            "Find out why our calls break and sort it.",
            "Get an engineer to look at our errors. Now.",
        ),
        (  # 6 polite small business
            "We'd like someone to check whether our key needs replacing.",
            "Would it be possible to find what's wrong with our integration and guide us?",
            "A check of the connection on your end would be wonderful.",
        ),
        (  # 7 mobile
            "check logs + new key if needed",
            "why 429s, lmk",
            "look at our api errors asap",
        ),
        (  # 8 passive
            "The failing API calls should be investigated.",
            "A new API key should be issued if ours is invalid.",
            "The errors need to be looked into by your technical team.",
        ),
        (  # 9 question back
            "Can you check why our requests are rejected?",
            "Could you see if our API key is still valid?",
            "Would you review your server records of our failures?",
        ),
        (  # 10 outcome
            "Get our integration working again.",
            "Stop the errors so our sync runs.",
            "Restore our access to the API.",
        ),
        (  # 11 non-native
            "We want that the API work again.",
            "Please verify the errors of our application.",
            "We need a new key or the solution for the error.",
        ),
        (  # 12 new vocab
            "Look at why our webhook deliveries fail and replay the missed events.",
            "Check our OAuth client and token.",
            "Raise our rate limit or tell us the right pacing.",
        ),
        (  # 13 Indian English
            "Kindly check the API error and resolve.",
            "Please look into the 401 issue.",
            "Resolve the timeout error on priority.",
        ),
        (  # 14 Gen-Z
            "fix the api pls lol",
            "make the errors stop fr",
            "just get our calls working",
        ),
        (  # 15 ultra short
            "fix the 500s",
            "new key",
            "check logs",
        ),
        (  # 16 long with reasoning
            "I'd like someone technical to go through your server history for our traffic, because we've ruled out everything we can and the errors keep coming.",
            "Ideally you'd confirm whether our credential remains active and, if not, give us a replacement, since that's the only thing I can think of.",
            "The most useful thing would be understanding what threshold is being hit, as our volume hasn't changed and we're still getting throttled.",
        ),
        (  # 17 I'd like you to
            "I'd like you to find the reason our calls fail.",
            "I'd like our API access working again.",
            "I'd like a replacement key if the current one is broken.",
        ),
        (  # 18 either / or
            "Either a fresh credential or a reason for the errors.",
            "Fix it, or tell us what to change on our end.",
            "Raise the limit or show us how to stay under it.",
        ),
        (  # 19 caps / emoji
            "FIX THE ERRORS :(",
            "working api!! please!!",
            "make it stop failing :(",
        ),
    ),
    "refund_request": (
        (  # 0 formal
            "I would like a full refund of the payment.",
            "We request that the charge be refunded to our card.",
            "Please reimburse the amount we were charged.",
        ),
        (  # 1 terse
            "refund",
            "money back{| pls}",
            "refund the [amount]",
        ),
        (  # 2 narrative
            "Honestly I'd just like that money back, then we can call it even.",
            "What I want is the payment returned, since I never meant to keep the plan.",
            "Put simply, I'd like to be repaid and go our separate ways.",
        ),
        (  # 3 specific
            "Reverse the duplicate transaction.",
            "Credit [amount] back to the original payment method.",
            "Refund the latest payment in full.",
        ),
        (  # 4 confused
            "I'd like what I paid returned, however you do that.",
            "Can the payment go back where it came from?",
            "Give the money back? I didn't want to pay.",
        ),
        (  # 5 angry
            "Refund me. Obviously.",
            "Return my money, that's what I want.",
            "I want every cent back.",
        ),
        (  # 6 elderly
            "I'd be very grateful to have the payment returned.",
            "Might I have my money repaid, please?",
            "A reimbursement would set my mind at ease.",
        ),
        (  # 7 mobile
            "refund to card pls",
            "reverse the charge",
            "$ back asap",
        ),
        (  # 8 passive
            "The payment should be refunded.",
            "The charge needs to be reversed.",
            "The money should be returned to my card.",
        ),
        (  # 9 question back
            "Can you refund the last charge?",
            "Could you pay me back?",
            "Would you reimburse the renewal?",
        ),
        (  # 10 outcome
            "Get the payment back onto my card.",
            "Undo the charge and return the funds.",
            "Cancel and repay the renewal.",
        ),
        (  # 11 non-native
            "I want the refund of my payment.",
            "Please return me the money.",
            "I ask the reimbursement, thank you.",
        ),
        (  # 12 new vocab
            "Cancel out the charge before I have to go the chargeback route.",
            "Credit the duplicate back.",
            "Return the unused months of my annual plan.",
        ),
        (  # 13 Indian English
            "Kindly refund my amount.",
            "Please process the refund at the earliest.",
            "I want deducted amount refunded.",
        ),
        (  # 14 Gen-Z
            "just want my money back lol",
            "refund pls fr",
            "give me my money back that's it",
        ),
        (  # 15 ultra short
            "a refund",
            "money back",
            "the [amount] back",
        ),
        (  # 16 long with reasoning
            "I'd like the payment refunded, because I cancelled before the renewal and haven't used the product since, so keeping the money wouldn't be fair.",
            "Ideally you'd return the full [amount] onto the card I paid with, since the charge happened after I'd closed the account.",
            "What I want is to be reimbursed for the duplicate, as I was only supposed to pay once.",
        ),
        (  # 17 I'd like you to
            "I'd like you to return the money.",
            "I'd like the renewal reimbursed.",
            "I'd like that payment reversed.",
        ),
        (  # 18 either / or
            "Either the whole amount back or the unused part.",
            "Refund it by card or bank transfer, whichever works.",
            "Cancel the charge or pay it back, either way.",
        ),
        (  # 19 caps / emoji
            "REFUND PLEASE :(",
            "my money!! please!!",
            "just refund it :(",
        ),
    ),
    "data_migration": (
        (  # 0 formal
            "We would like you to verify that our data migration has completed correctly.",
            "Please confirm the status of the import and whether all records were transferred.",
            "We require confirmation that the transfer of our data is complete.",
        ),
        (  # 1 terse
            "check the import",
            "confirm migration done{| pls}",
            "status of the data move",
        ),
        (  # 2 narrative
            "I'd like someone to look at the job and tell me everything made it, so we can finally switch off the old system.",
            "Really I just need reassurance the move finished properly, then I can relax.",
            "What I need is peace of mind that all our records are there.",
        ),
        (  # 3 technical
            "Check the migration job logs and report the final counts.",
            "Confirm the import reached completion and list any failed rows.",
            "Verify the run finished and escalate if it errored.",
        ),
        (  # 4 confused
            "I'd like to hear whether all my information got in.",
            "Make sure my old stuff is there now?",
            "Check that the upload worked, please, I can't tell.",
        ),
        (  # 5 angry
            "Finish the migration and tell me what's missing.",
            "Check our data. Today.",
            "Sort out the import, that's what I want.",
        ),
        (  # 6 elderly
            "I'd be grateful to know my records all arrived safely.",
            "Might you look over the transfer for me?",
            "A confirmation that everything came across would be lovely.",
        ),
        (  # 7 mobile
            "check migration + email me",
            "did import finish? check pls",
            "verify records arrived",
        ),
        (  # 8 passive
            "The migration should be checked and confirmed.",
            "The import needs verifying.",
            "The transfer should be reviewed for missing records.",
        ),
        (  # 9 question back
            "Can you check whether the migration finished?",
            "Could you confirm all our projects moved over?",
            "Would you look at how the import went?",
        ),
        (  # 10 outcome
            "Get all our data across and confirm it.",
            "Complete the transfer and let me know.",
            "Make sure the move is done and correct.",
        ),
        (  # 11 non-native
            "We want to know if the migration is finish.",
            "Please verify the import of our data.",
            "Control that the transfer is complete, please.",
        ),
        (  # 12 new vocab
            "Re-run the CSV import with the right field mapping.",
            "Inspect what ran and bring across whatever is missing.",
            "Confirm every record from the previous CRM arrived.",
        ),
        (  # 13 Indian English
            "Kindly verify import status and confirm.",
            "Please complete the data migration.",
            "I want confirmation that all data is uploaded.",
        ),
        (  # 14 Gen-Z
            "just check if our stuff made it lol",
            "finish the import pls fr",
            "make sure nothing got lost",
        ),
        (  # 15 ultra short
            "confirm import",
            "finish migration",
            "check the data",
        ),
        (  # 16 long with reasoning
            "I'd like the import checked and any missing rows loaded, because we can't retire our previous tool until we're sure nothing was left behind.",
            "Ideally you'd send me the end totals and a list of failures, since our own numbers don't match what the workspace shows.",
            "What would help is a person confirming the job finished, as the progress screen disappeared without telling us anything.",
        ),
        (  # 17 I'd like you to
            "I'd like the transfer verified.",
            "I'd like the missing records brought over.",
            "I'd like to be told everything is in.",
        ),
        (  # 18 either / or
            "Either finish the transfer or tell us what to fix.",
            "Re-run it or send the error list, whichever's quicker.",
            "Confirm it's done, or tell us to upload again.",
        ),
        (  # 19 caps / emoji
            "COMPLETE THE MIGRATION :(",
            "our data!! please!!",
            "just find our records :(",
        ),
    ),
}

REPLY_VAGUE: tuple[tuple[str, ...], ...] = (
    (  # 0 formal
        "I would simply like the matter resolved.",
        "We expect the issue to be addressed appropriately.",
        "Please take whatever action you deem necessary.",
    ),
    (  # 1 terse
        "just fix it pls",
        "sort it out",
        "fix{| it}",
    ),
    (  # 2 narrative
        "Honestly, I just want to get back to my normal week without thinking about this.",
        "I just want things to go back to how they were last month.",
        "All I know is that it was fine before and I'd like it to be fine again.",
    ),
    (  # 3 technical
        "Whatever the correct remediation is on your side.",
        "Apply the standard fix for this case.",
        "Do whatever your runbook says.",
    ),
    (  # 4 confused
        "I don't know, you tell me?",
        "Whatever you think is best, I'm not sure.",
        "I'm not sure what my options are, honestly.",
    ),
    (  # 5 angry
        "What do you THINK I want? Fix the problem.",
        "Do your job.",
        "Isn't it obvious?",
    ),
    (  # 6 elderly
        "Whatever seems right to you, dear, I trust you.",
        "I'd just like it all to work again, please.",
        "I'll leave that in your capable hands.",
    ),
    (  # 7 mobile
        "whatever works",
        "just handle it pls",
        "ur call",
    ),
    (  # 8 passive
        "It should be resolved.",
        "The matter needs to be dealt with.",
        "Something must be done about it.",
    ),
    (  # 9 deflecting
        "Didn't I already explain that?",
        "As in my first message.",
        "Read my original email.",
    ),
    (  # 10 outcome-focused
        "I want it to stop being a problem.",
        "Make it work the way it's supposed to.",
        "Get it back to normal.",
    ),
    (  # 11 non-native
        "Please solve the problem.",
        "I want that all is good again.",
        "Do what is necessary, thank you.",
    ),
    (  # 12 the usual
        "Whatever you normally do in these cases.",
        "The usual, I suppose.",
        "Same as you'd do for anyone else.",
    ),
    (  # 13 Indian English
        "Please do the needful.",
        "Kindly resolve the issue at the earliest.",
        "Whatever is required, please do.",
    ),
    (  # 14 Gen-Z
        "idk just get it working lol",
        "whatever fixes it tbh",
        "just make it not broken",
    ),
    (  # 15 ultra short
        "Help me.",
        "Anything, honestly.",
        "Just help.",
    ),
    (  # 16 long vague
        "I'd just like this to be over with so I can get on with my work, whatever that takes on your end.",
        "Anything that means I don't have to write to you again about it.",
        "Whatever gets things back on track, I'm not fussy about how.",
    ),
)

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "please": ("pls", "plz"),
    "account": ("acct", "acc"),
    "password": ("pw", "pwd"),
    "thanks": ("thx", "tks", "ty"),
    "because": ("b/c", "bc", "cuz"),
    "with": ("w/",),
    "without": ("w/o",),
    "you": ("u",),
    "your": ("ur",),
    "are": ("r",),
    "yesterday": ("yday", "yest"),
    "tomorrow": ("tmrw", "tmr"),
    "something": ("smth", "sth"),
    "about": ("abt",),
    "really": ("rly",),
    "probably": ("prob", "prolly"),
    "though": ("tho",),
    "message": ("msg",),
    "information": ("info",),
    "people": ("ppl",),
    "minutes": ("mins",),
    "seconds": ("secs",),
    "documentation": ("docs",),
    "configuration": ("config",),
    "application": ("app",),
    "organisation": ("org",),
    "organization": ("org",),
    "subscription": ("sub", "subscr"),
    "administrator": ("admin",),
    "production": ("prod",),
    "environment": ("env",),
    "okay": ("ok", "k"),
    "before": ("b4",),
    "regards": ("rgds",),
    "between": ("btwn",),
    "immediately": ("asap",),
    "received": ("rcvd",),
    "payment": ("pmt",),
    "payments": ("pmts",),
    "customer": ("cust",),
    "customers": ("custs",),
    "accounts": ("accts",),
    "passwords": ("pws", "pwds"),
    "messages": ("msgs",),
    "through": ("thru",),
    "sorry": ("sry",),
    "reference": ("ref",),
    "transaction": ("txn",),
    "invoice": ("inv",),
    "amount": ("amt",),
    "department": ("dept",),
    "approximately": ("approx", "~"),
    "developer": ("dev",),
    "developers": ("devs",),
    "database": ("db",),
    "credentials": ("creds",),
    "authentication": ("auth",),
    "request": ("req",),
    "requests": ("reqs",),
    "question": ("q",),
    "questions": ("qs",),
    "week": ("wk",),
    "weeks": ("wks",),
    "hour": ("hr",),
    "hours": ("hrs",),
    "year": ("yr",),
    "years": ("yrs",),
    "months": ("mths", "mos"),
    "weekend": ("wknd",),
    "business": ("biz",),
    "management": ("mgmt",),
    "regarding": ("re",),
    "versus": ("vs",),
    "definitely": ("def", "defo"),
    "tonight": ("tonite",),
    "you're": ("ur", "youre"),
    "don't": ("dont",),
    "can't": ("cant",),
    "won't": ("wont",),
    "doesn't": ("doesnt",),
    "didn't": ("didnt",),
    "isn't": ("isnt",),
    "i'm": ("im",),
    "that's": ("thats",),
    "address": ("addr",),
}
