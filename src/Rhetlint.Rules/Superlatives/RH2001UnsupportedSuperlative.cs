using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2001 — superlative without a comparison basis.</summary>
public sealed class RH2001UnsupportedSuperlative : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the writer's own "the X-est N", "the most/least ADJ N" or "the world's X-est N", and comparisons
            against everything ("worse than ever", "more … than at any time in history", "safer than any other city",
            "faster than anything else", "downloaded more than any app in history", "more goals than any striker on
            earth"), unless the comparison is to a closed set or strong evidence linked to the
            claim is in the same or the next sentence of the paragraph (the `evidence_window` option moves that window).
            A scope ("in the country", "since 1990") names the set compared but supports no rank: the claim still needs
            evidence. A place or a field before a judged superlative is such a scope, not an owner, when the phrase
            completes a copula: "Vantor is the UK's most advanced backup service", "Pellow Fest is the county's most
            exciting weekend", "Quillon is the industry's most reliable tracker" are flagged. So is such a phrase in an
            appositive, set off by a comma after the noun it describes and closed by a comma or the sentence's end: "Mara
            Lind, Norway's most gifted striker, signed on Friday", "we ate at Pellow's, the county's finest bakery."; one
            inside the source of an attribution ("The Harlow Trust, the county's most influential housing charity, said
            …"), in a sentence with a plan, a hope or a year, or measured by a later "with" phrase that counts ("Spain's
            most capped goalkeeper with 112 appearances") stays quiet, and so does a degree of standing (renown, power,
            seniority, experience, success, generated from WordNet) that describes the referent as wire copy does ("Tom
            Reese, the city's most senior officer,", "the Rovers, the county's most successful club,"), as does a degree
            that is a count, a record or an official status, generated from WordNet ("Dr Ines Garro, the country's most
            cited chemist,", "the corncrake, the county's most threatened bird,", "Japan's most active volcano"). A measured rank after a
            place ("is the country's largest carmaker"), an owner ("the club's most loyal supporter"), and such a phrase
            that names a referent or picks out a set rather than completing a copula ("quoted the nation's most
            prominent radio host", "stymied the state's most powerful politicians") stay bounded. So do a name that is
            also a given name ("Game six was Jordan's most memorable performance"), a past copula, which states history
            or the record ("In 1910 the Brandling was Europe's most advanced locomotive"), a forecast inside a plan, a
            hope or a schedule ("The council hopes the library will be the borough's most welcoming space"; a bare "This
            ring road would be Yorkshire's most destructive scheme" is flagged), a compass bearing ("Britain's most
            northerly island"), and a rank a later "with" phrase counts ("the city's most successful club, with 14
            league titles").

            Compounds of a superlative and a participle ("the hardest-working kitchen", "the worst-run water company")
            and participles graded by "most" ("the most underrated surgeon") rank like adjectives.

            A rank adjective on a seller or maker claims first place in a market without a superlative form and is
            flagged the same way: "the world's foremost maker of oat flour", "Acme is the top maker of kettles", "the
            defining brand of the century", "Quillon is a leading supplier" (a suggestion, as "one of the" is). The adjectives
            (leading, foremost, preeminent, premier, top, defining) and the market heads (maker, supplier, company,
            brand, retailer, innovator …) are generated from WordNet. Before any other head they are a standing or a
            literal sense and stay quiet ("the leading candidate", "a leading voice", "the top shelf"), and so do an
            owner's own ("its top supplier"), a measure with its source ("the top maker by sales, according to
            Kettlestat"), a target ("wants to become the leading supplier"), a credited view and an indefinite phrase
            that introduces an unnamed referent rather than describing a named one ("works at a top investment firm").
            A possessor bounds the market as it bounds "the country's largest carmaker", so a standing it names stays
            quiet ("the country's leading carmaker", "the region's foremost maker of oat flour", "Norway's premier
            shipbuilding company"); only an unbounded one ("the world's") leaves the claim open.

            A noun crowned within an era ranks without a superlative form and is flagged the same way: "it was the
            comeback of the decade", "gave the performance of the century", "the upset of all time". A stretch or part of
            the era ("the turn of the century", "the rest of the decade"), a plural ("the events of the century"), a name
            ("the Trial of the Century") and the phrase as the subject of its clause ("The music of the decade was loud")
            describe or date the era and stay quiet.

            A headline capitalizes every word, so a superlative in one is read as text, not as part of a name: "Meet
            Aurora: The Fastest Kettle Ever Made" and "Why Tarnby Has The Most Dangerous Roads" are flagged; a headline
            that names a selection or an award claims no rank ("The Best of Ilse Brandt", "Aurora Kettle Wins Best
            Design Award").

            Superlatives are read from adjective forms generated from WordNet 3.0 and SCOWL: "biggest" and "best" are
            superlatives, "forest", "honest", "modest" and
            "almost" are not, and "most" grades only an adjective ("the most dangerous idea", not "the most votes").
            """,
        WhyIsThisBad = """
            A superlative is a claim of rank. Without a comparison set and a measure the reader cannot check it, and it
            reads as puffery or alarm.
            """,
        NotFlagged = """
            - A set the document lays out and measures: a copula whose subject is a row of a table printed earlier
              ("Northgate is the largest ward" after a table of wards; "the largest ward in the country" still ranks),
              and the extreme item of what the text describes, opening its sentence with no scope, whose verb gives its
              price, size or capacity as a figure ("The most expensive dish, a lobster risotto, is $42", "the cheapest
              seats start at £15"; "the most expensive dish in Ohio is $42" and "is 40% bigger than its rival" still
              rank).
            - A closed set or a metric follows: "of the three",
              "among them", "by revenue", a noun that counts the set ("the largest in the quintet of contests", "the
              quietest of the trio"; "the most active in the region" still ranks), a demonstrative that points back to a set already listed ("the
              strongest of these bids", "the busiest of those mills"), "of them" after a set counted in the sentence or
              the one before ("we tried five kettles; the Aurora was the quietest of them"; "of the harbor pilots, Lund is
              the best of them" and "the greatest of them all" still rank); a superlative without a head noun after a set
              counted in the sentence or the one before, when it closes a list or is the predicate of a copula whose
              subject names a member, and the count opens the set and is neither a span of time ("for two decades, the mill
              was the busiest" still ranks) nor a "with" absolute ("with two elections looming, the levy is the most
              important" still ranks) ("Three villages vote at midnight: Hart, Millford and the
              most famous, Dixon Notch", "lost in all but three of the spring contests, and the Varn primary proved the most
              damaging"; a count that is a verb's object, "Brandt has won 12 titles and is the greatest", a pronoun subject
              and a scope after the phrase, "the most famous in the state", still rank); a result within one contest, a measurable superlative bounded by
              "of the" and a contest, with its figure in the sentence ("set the fastest lap of the race, 1:21.4", "drew the
              biggest crowd of the tournament, 41,000"; "the best goal of the match", a judgement, and "the fastest lap of
              the race" with no figure still rank); the subject's own record, after "of" or "in" and "his", "her", "its", "their"
              or "my" ("the boldest budget of her career", "the worst defeat in its history", "one of the longest
              nights in my life", also after coordinated adjectives: "the boldest and most contested budget of her
              career"), which bounds the set as a possessor does ("Varn's busiest port"); "the greatest
              player of her generation", "the worst mayor in the city's history", "the most important vote of our
              lifetime" and "the greatest blunder of my lifetime" (a lifetime is an era the world shares) still rank;
              importance ranked for the party it concerns, after "to" or "for" and a person,
              a group or a name ("the most important issue to the tenants", "the most pressing concern for island
              residents"), which is that party's own list as "the tenants' most important issue" is; "for the world",
              "for everyone" and "for decades" still rank; a dated standard for a comparison ("higher than at any time since 1998", "than
              at any point in 20 years"); an expectation as the standard ("more costly than anyone expected", "faster
              than anybody had predicted"; "faster than anyone else" still ranks); a comparison appended after a comma or
              dash to a figure its clause has just given ("has won 7 of her 9 finals, a better record than anyone on the
              tour", "exports will reach 40% of output by 2030, higher than at any point in history"), a rank the reader can check
              against the number; "works hard, harder than anyone" still ranks; the writer's confidence in a clause, a
              comparative of an epistemic adjective whose standard runs into "that" or "whether" ("it is clearer than ever
              that the pumps failed", "it looks less likely than ever that the deal survives"; "the river is clearer than
              ever" still ranks).
            - Strong evidence linked to the claim is in the sentence or the next one: a link or a citation; a named
              source whose words cover the claim and who is not its subject; a figure that measures the claim's own
              comparison together with a named source or dataset (also when the rank stands in apposition to the
              figure after a comma, a dash or a colon: "tolls of $3.1 million — the smallest sum since 1994", with the
              accounts named; without a source the appositive rank is still flagged; such a rank with no noun of its own
              ranks the figure's level, so a degree of strength or worth is measured there: "left the average at 38,500,
              the strongest since 2021", with the statistics office named, while "£4 million, the most reckless since
              1990" stays a judgement; a body that opens the sentence acting on its own data publishes the figures it
              gives: "The Bureau of Kestrian Statistics also revised its counts …"); a record a named body keeps ("the largest fine yet
              imposed under the GDPR", "the highest score in Varn League history"; a name before "history" owns it as
              "the league's history" would, for a measured rank only: "the most reckless harbour master in Tarn history"
              still ranks, and the history of a state or demonym the actor gazetteer knows, "in Dutch history",
              bounds nothing; one it does not know, "in European history", reads as a name), a series an instrument or station has logged since it started ("the highest reading
              since the river gauge was fitted in 1958", "since the weather station was installed"; for a measured rank only: "the
              most reckless council since the river gauge was fitted" still ranks), a set the writer measured ("the fastest of the eleven phones we tested")
              or one a named body keeps, when it opens the sentence ("The Coastal Office lists the bay as one of the fastest-eroding
              shores it monitors"; "The bay is one of the most beautiful shores it monitors" names no keeper); a named source that
              says the claim again after its speech verb ("…, and the Tarn Press Society said as much", "The Civic Trust said so";
              "never said as much" and "many readers said as much" vouch for nothing). A
              budget, an age, a date or a model number elsewhere in the sentence does not count; `rhetlint explain`
              shows what was linked and why. A sentence that opens by pointing back ("That gap makes it …", "This was
              the hottest June …", "It is the biggest fall …"), or with a definite data noun ("The figures are the sharpest
              monthly drop since 2019", also as a paragraph of its own), is about what the sentence before it
              measured: a figure there that measures the rank, with its named source, supports it; a speaker there alone
              does not.
            - The rank completes a crediting passive ("is widely hailed as the best", "is hailed as among the finest"), or sits in a phrase of its
              complement ("is seen as the skipper with the best boat"): [RH3006](RH3006.md) flags the
              attribution and leaves its content alone, as it does after a passive that names or holds up with a rank after "as"
              ("is known as the fastest kettle", "referred to as the ablest surgeon", "held up as the finest"), a reputation
              credited to nobody; "is seen as a reformer, and has the best record" asserts the record. So does a rank held by someone other than the writer through a
              verb of regarding: "unions see him as the strongest candidate", "a
              broker considered one of the shrewdest", "what many consider to be the worst"; "I see it as the best" and
              "we consider her the finest" remain the writer's claims. So does a rank that a verb of describing,
              presenting, citing, identifying or choosing credits to its object with "as" ("Brandt positioned Vale as
              the ablest candidate", "analysts cited the mill as the likeliest buyer"); "we picked it as the best" and
              "was selected as the best", which credits nobody, remain claims. So does a rank credited through a by-agent or
              a reputation ("seen by party leaders as one of the ablest", "singled out by the Halden Courier as among
              the most contested", "his reputation as the most cautious manager"); "praised by us as the best"
              remains the writer's. A rank given as the reason for unattributed praise is its content too ("the hostel has
              been praised for the friendliest welcome in town"). So is a rank someone else confers on a named object with a
              verb of naming, ranking, electing or voting ("the Halden Courier named the bakery the best in the county",
              "readers of Varn Weekly voted her one of the finest keepers"): a holder the reader can identify is reported,
              and a vague one ("Critics rank it among the worst", "many voted it the best", "critics dubbed it the worst")
              is the attribution [RH3001](RH3001.md) flags, once, as for a verb of regarding. So is the criterion of a list its holder keeps ("the station put the album on
              its shortlist of the best records of the decade", "the critic's list of the worst dramas"); "we named it the
              best", an imperative ("Call it the best deal in town"), "was named the best planner" (no object), a verb of
              perception without "as" ("fans saw Brandt score the best goal"), a second object after "and", a list
              with no holder ("a list of the costliest services", "this year's list of the best bakeries") and a set with no
              judged order ("the club's roster of the finest young players") still rank.
            - The superlative is quoted or reported (a report the main clause's subject makes through a participle after
              "before", "after", "while" or "by", an infinitive of aspect or its own speech noun counts: "…, before
              clarifying that", "went on to say that", "made her case that", also with its hearer: "her pitch to the board that"; "declined to say that" reports nothing;
              a verb of informing or persuading with its hearer and "that" gives the clause to its subject in any form,
              "trying to convince the donors that", "kept reminding voters that", "convinced the panel that", but not to the
              writer: "we are trying to convince the donors that" is still the writer's claim; a speaker's turn in a transcript the writer introduces, "A: …" or
              "BRENN: …" to the end of its line, is quoted; a bare transcript under a title is its host's and callers' own text, and a guest it presents by name and role
              ("Joining us is Dr. Ana Lind, the harbour's chief engineer") is quoted; the content of an appeal to studies, surveys or analyses counts as
              reported: in "independent analyses agree the levy is the costliest in the north" [RH3007](RH3007.md)
              reports the appeal, once; on both sides of a reporting clause set off by commas: "The
              levy, the minister told MPs, is the fairest tax"; ", she knew," reports nothing, and "in short" or
              "frankly" are the writer's own), negated, part of a name or title ("Best Documentary", or in lower case with a noun of an award or category:
              "won the best director award", "in the best actress category"; "the biggest prize in racing" still ranks), a fixed
              phrase ("at least", "the best way to", "the best bet" or "the safest bet" for a likely pick; degree and manner
              idioms: "won by the narrowest of margins", "condemned in the strongest terms", "a matter of the gravest concern"; proverbs and fixed sayings:
              "imitation is the sincerest form of flattery", "the best defence is a good offence" — "a sea wall is the
              best defence against floods" still ranks), quantifier "most"
              ("most voters"), a group named by its place in a distribution before a plural, regular or not ("the
              wealthiest households", "the poorest children", "the richest people"; or before a share of the distribution,
              "the wealthiest tenth of households", "the poorest quintile"; one superlative repeated on two groups of a shared plural head names both
              ends of the scale, "the deepest rural and deepest urban wards", while "the cleanest and safest towns" still
              ranks), and its kin ("the fewest seats", "the largest number of delegates", "the highest share of
              voters"), temporal order, age or distance ("the
              latest", "the youngest", "the nearest") or a grade or tenure in a hierarchy ("the highest-ranking officer", "the most senior engineer", "the longest-serving
              member"), how likely or evident the writer finds something ("the most likely explanation", "the most
              obvious answer", "the most logical target"), a title ("the Most Holy"), or it picks people out rather than
              ranking anything ("her closest advisers", "the
              senator's harshest critics"); after a copula and with a scope the phrase ranks its subject among all such
              people ("you are the loudest fans in the league").
            - Readings that rank nothing in the world: a superlative of
              frequency with a figure in its sentence or the next, once the document has named where its data comes from
              ("The most common complaint was noise, named by 31% of tenants", after the survey is cited); advice, a light noun with an infinitive, a gerund after "of" ("the cheapest ways of heating a cottage";
              "the finest way of life" still ranks) or a modal clause ("the best way forward", "the safest
              place to wait", "the best thing he could do"); the parts of a whole named right there by a determiner or a
              name ("the weakest part of the bill", "the wettest stretch of Kestria"; "the wettest stretch of coastline"
              still ranks); a category a rule covers ("requires the largest lenders to publish"); a
              discourse frame, a light noun or the name of a point in an argument and a copula that hand over to the clause
              after them, a "that" or "whether" clause, a colon or a "to" infinitive ("the worst part of all is that the
              pumps were never tested", "the biggest question for the board has been whether", "the best approach to the
              merger may be to wait", or a bare verb after a clause that ends in a present or modal "do", "the most useful thing any
              tenant can do is read the lease", also when the "do" clause says for whom or about what, "the kindest thing
              a landlord can do for tenants is fix the boiler"; a light noun with an infinitive that has its own subject after "for",
              "the fastest way for patients to get a referral" ("the safest city for women to live in" still ranks); an advice head ranked by a degree of choice (best, safest, quickest,
              cheapest, wisest …) as the subject of a present copula, which recommends what follows it, "the best first
              step is a phone call", "the safest bet is the early ferry" ("the most dangerous place is the border
              crossing" and "the best thing is the view" still rank); "the best thing we did was hire Lund" ranks a past choice, and "the best news is the new ward", "the biggest problem is the pumps", "the best option on
              the market is the Aurora", "the best approach is the one Orbita took" and "Vale is the best option for the
              harbour" still rank); the high point of an event the text reports, a
              happening (an act, an event, a report, a cheer) ranked as the subject that opens its clause, with "came" and a
              word that places it in the event ("One of the sharpest exchanges came over the harbour levy", "The loudest cheer
              came when Brandt named the winner"; "The greatest writer came from Dublin" names a person and "The sharpest
              exchange in the history of the council came …" a wider set, and both still rank); a rank within one day or an event still under way, a happening with "of the day",
              "of the night" or "so far", or an event under way named before "so far" ("the sharpest exchanges of the day",
              "the most heated of the campaign so far", "the sharpest exchange so far"; "the worst film of the decade", "the largest
              crowd so far" and "the biggest fire so far this century" still rank); the nearness idiom, a headless "closest" completed
              by "come to" or "get to" ("the closest the talks got to a deal"; "the closest race came down to 40 votes"
              still ranks); the limit of what someone can do, a headless superlative completed by a clause with its subject
              and a modal ("the best the regulator can do is cap fees", "the best anyone could have done"; "the best
              player we could sign" has a head and still ranks); the idiom of approximation, "closest" on a noun of likeness before "to" ("the closest thing to
              a bridge the islanders will get", "the closest equivalent to a jury"; "the closest thing in the shop" still
              ranks); a group entry spelled
              without its hyphen ("among the lowest paid"); the pick of a body of work, a headless superlative before "of" and
              a bare noun ("links to the best of local reporting"; "the best of all" and "the best of them" still compare). A period is not a counted set: "of the 21st century" bounds
              nothing. A plural picked out as the subject of what happens to it, with its auxiliary, modal or past verb
              right after it ("the wealthiest households will pay more", "the best seats were sold first", "the largest
              lenders must report"), also when the phrase runs straight into a past verb ("the largest firms admitted";
              not a participle with its agent, "the biggest risks posed by the dam are …"): a subset named by its place in
              a distribution, not a rank; after a copula ("are
              the most dangerous vehicles"), with a scope before the verb ("the most reckless bankers in Europe have …")
              or with a copula after it ("the most dangerous vehicles are scooters") it still ranks. So is a plural, up to three
              modifiers before its head, that a preposition takes and that ends at its head ("the levy applies to the most
              expensive private dental plans", "stopped lending to the smallest farms"), or that runs into its verb ("the
              biggest Varnish donors signed on", "the most generous patrons gave anonymously"); a verb's object ("charges
              the lowest fees"), a scope or complement after the head ("to the worst polluters in history"), a partitive
              ("one of", "among"), a by-agent, a modifier of possibility ("from the worst possible materials") and a threat in
              the phrase ("fighting with the most dangerous gangs") keep the rank. A part of such a set taken by a quantifier of
              more than one, opening the clause or after a preposition ("Most of the largest landowners are pension
              funds", "lending to some of the smallest farms"); after a verb, a copula or a comma it places its holder in
              the set and still ranks ("Varn has some of the strictest laws", "Brandt and Vale, two of the ablest
              lawyers"), as "one of" does. A degree graded to the limit of what could be, a superlative with "possible",
              "imaginable" or "conceivable" ("at the worst possible moment", "to the greatest extent possible", "the
              largest audience possible"); on a person or a concrete thing ("the worst possible materials", "the best
              possible candidate") or as a predicate after a copula ("the quarry is the worst possible site") it evaluates
              and still ranks. The far end of a scale: "even" before the superlative ("even the most hopeful
              backers doubt it", "refused even the smallest gesture") stands for the whole scale, all backers, any
              gesture; after a copula ("the dam is even the largest in Europe") it still ranks. Restrictive "only"
              opening the clause or after a preposition picks the same end ("fees for only the largest boats"); after
              a verb ("uses only the finest oak") it still ranks. The members an exception leaves out ("impervious to
              all but the largest shocks", "every store except the busiest ones") are marked off, not ranked. An aspiration or target: a superlative after "to" and a word of wanting or aiming ("wants to make
              Tarnby the greenest town by 2035", "our goal is to become the safest city"), or a title contested, after "for"
              and a verb of competing ("vie for the title of the best rye bread in town"). A pick right after a verb of
              choosing or publishing, with no scope after it ("I will publish the best ones next week", "we picked out
              the strongest entries"); "picked the worst candidate in history" still ranks. What is sought, the object of a
              verb of seeking or of its "for" or "of" with no scope after it ("shoppers look for the cheapest flights in
              March", "families seek the safest streets", "in search of the lowest rents"); "sells the cheapest flights" and
              "in search of the highest wages in the world" still rank. What is within reach, a head completed by a
              modal relative of obtaining whose subject is the one who acts, a pronoun, or "you" in a command or after a
              "you" in its own clause ("Pick
              the cheapest fare you can find", "she rented the cheapest flat she could find"); "Delmar sells the cheapest
              fares you can find", "if you like coffee, Delmar roasts the best beans you can buy", "the Aurora is the
              fastest kettle you can buy" and "the finest watch money can buy" still rank.
            - The superlative describes an unnamed source ("a trader at one of the biggest banks said", "a lawyer at one of
              the best firms in Tarnby said"): [RH3001](RH3001.md) or [RH3002](RH3002.md) reports the source, and the guidelines count a
              vague source padded with puffery as one sourcing problem. A named source's praise still ranks ("The most
              respected banker of her generation, Ada Brenn, said …").
            - The sentence is a wh-question: "Which is the safest harbor?" asks for a ranking and asserts none; so do a
              "whether" clause ("was asked whether he was the fastest bowler in the county") and a yes/no question opened by
              its auxiliary ("Is Ilse Brandt the finest keeper in the league? Probably not."), and a wh-clause that a verb of asking,
              judging or knowing takes ("we ask ten pilots to rank who is the safest skipper", "the fair will decide which is
              the finest loaf"); "the pilot who is the safest skipper" is a relative clause and still ranks, and a "why"
              question, which takes the rank as given, is still flagged.
            - A free relative: "the seat will go to whoever spends the most lavish sums", "whichever club fields the
              strongest side wins" define an unknown referent by its rank and rank no one the text names. So does a
              superlative of amount on a noun of a person who does something, in -er or -or: "sold to the highest
              bidder", "the highest earners repay less", "the contract goes to the lowest bidder"; next to a copula ("Brenn
              was the biggest donor", "The largest shareholder is Brekke"), with a scope after the head ("the biggest
              spender in the league"), with a judged degree ("the best bidder") or a degree of speed ("the fastest
              winger") it still ranks, and so does an appositive ("Vesta Oil, the biggest polluter, wants a tax break")
              or an agent noun that modifies another noun ("the highest voter turnout").
            - An experience the writer lived bounds the set, as "in my life" does: "the best meal I've had this year", "the
              finest dish I tasted all evening", "one of the loudest crowds I have ever played for". A thing the writer
              only witnessed is still ranked ("the most reckless plan I have seen in 20 years"); "I think" is an opinion,
              not an experience ("the best striker I think the club has signed"); "we" and "you" speak for everyone ("the
              most important vote we have ever cast", "the best novel you will read this spring").
            - One person's own record, named by a relative clause whose subject is that person ("he", "she" or a name)
              and whose verb is a deed in the perfect or the past: "the most telling promise Mrs. Brenn has made", "more
              candid than any other speech he has given", "broader than anything Ilse Vale achieved". An adjective of
              worth stays a verdict ("the bravest thing Ilse Vale has done", "the most important vote she has cast"), and
              so do a verb of knowing, seeing or undergoing ("the most crowded quay she has seen", "the deadliest storm he
              has covered"), a modal or a future ("the largest
              investment Brenn could make", "the biggest chance Lund will have"), and a place or a body ("the longest
              report Harlow County has published").
            - A measurable record followed in apposition by its named holder ("the world's tallest tower, the Varn Spire,",
              "the longest bridge in the region, the Halden Span"): height, length, size or wealth with the holder
              named is a fact the reader can check. A judged
              rank stays a claim with its holder named ("the best team in Europe, Brenhill,"), and so do a rate ranked by a
              compound ("the fastest-growing bank in Europe, Halden Credit,") and a holder named first ("Tolvik, the
              world's largest ride-hailing app,"), the order of a firm's own copy.
            - A superlative that ranks a threat ("the gravest threat", "more dangerous than ever") when
              [RH1010](RH1010.md) runs: its finding supersedes this one. A superlative of size on a noun that names a
              threat as such or a catastrophe ("the biggest crisis", "the largest disaster to hit the valley") is threat
              inflation, which the guidelines annotate once, so it is left to the threat rules even where none reports
              it; so is a superlative of harm on a threat of any domain ("the deadliest mass shooting in Varnish history", "the
              worst flood in a century", "the most destructive hurricane on record") or on what one does ("the worst effects
              of the drought"). A judgement ("the most selfish strike"), a threat word that only modifies the head ("the finest
              criminal justice system"), a topic of a threat domain ("the largest army", "the biggest risk") and harm on
              anything else ("the worst mayor in Tarn history") still rank.
            - The end rung of a ladder the text defines: "highest" or "lowest" on a singular noun of a position on a scale
              (level, grade, tier, rank, band, category; generated from WordNet), closed by "there is" or in a sentence that
              numbers a rung of the same noun ("a biosafety level 4 lab, the highest containment level there is"); "the
              highest pollution levels in Europe" and "the highest level of crime" are amounts, and
              "level 4, the highest alert level in Europe" compares places; they still rank.
            - A rank the writer narrows at once with a denied rank on another measured dimension: "rent is the biggest
              single cost but not the largest share"; a judged pair ("the most corrupt council but not the most
              incompetent") still ranks.
            - A headless rank after "and" that closes its clause continues the rank before it, one claim reported once:
              "the most overpaid managers in public life, and the most timid".
            - A fact of the calendar or the weather: a superlative of temperature, length or duration on a time noun, with
              the calendar as its set ("It is 21 June, the longest day of the year") or dating an event after a preposition
              ("demand peaks on the coldest weekday evening"); "the hottest summer in Kestria" and "the best day of the year"
              still rank. The peak of a forecast: a measurable superlative whose head a participle of forecasting completes
              ("the highest load forecast this winter"). A record read off a series: a measured rank set off after the
              figure it ranks, bounded by a counted or dated span ("Rents peaked at 9.3% in March 2023, the highest rate in
              30 years"), in copy that has named a source, dataset or link before it; with no source before it the rank is
              flagged. A triage: the object of a verb that acts on things already there, in a proposal ("to replace the
              riskiest equipment", "councils should repair the worst bridges first"); "the board replaced the worst pumps
              in the valley" still ranks. A headline whose phrase the body repeats in capitals, as a name ("Review: The
              Brightest Harbour in Tolvik" over "the best way to approach The Brightest Harbour in Tolvik"): a title.
            - The content of an impersonal attribution ("It is widely accepted that the quay is the finest in the north"):
              [RH3006](RH3006.md) flags the attribution and leaves its content alone; a factive frame ("it is known that",
              "it has been shown that") vouches for the clause, which still ranks, unless a degree adverb makes it a
              consensus credited to nobody ("It is widely recognised that cameras are the most effective deterrent", "it is
              well known that"), which RH3006 flags as it flags "widely accepted". A scope before "that" or "as" places the
              view and credits it to nobody ("it is widely accepted across the industry that the margins are thinner than
              anyone will say", "has been described in print as the best small theatre"); a comparison against everyone in
              such a clause is its content too.

            "One of the", "arguably", a hedge or a question lowers the finding to a suggestion.
            """,
        Examples = ["Ortega's plan is [[the most dangerous idea]] in the capital."],
        UseInstead =
        [
            """
            Ortega's plan would cut the flood budget by 40%, the deepest cut proposed since 2010, according to the city
            budget office.
            """,
        ],
        Rewrite = "Display-only template that asks for the group, the measure, the period and the source.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2001",
        "Superlative without comparison basis",
        "'{0}' claims a rank with nothing to back it; say among what, by which measure, and according to whom",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A superlative in the writer's own voice with no closed comparison set and no evidence linked to it nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH2001"),
        customTags: [RuleTags.RaisedInNews, RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    private static readonly Lazy<FrozenWordSet> NonRanking = new(() => RuleLexicons.Store.Set("nonranking_superlatives"));
    private static readonly Lazy<FrozenWordSet> RelationalHeads = new(() => RuleLexicons.Store.Set("superlative_relational_heads"));
    private static readonly Lazy<PhraseList> GroupSuperlatives = new(() => PhraseList.Load(RuleLexicons.Store, "group_superlatives"));

    /// <summary>Possessors that leave a comparison unbounded: "the world's fastest", "history's greatest".</summary>
    private static readonly FrozenWordSet UnboundedPossessors = TaggedLexicon.Load(RuleLexicons.Store, "superlative_modifiers").Words("unbounded-possessor").ToFrozenWordSet();
    private static readonly Lazy<PhraseList> Exemptions = new(() => PhraseList.Load(RuleLexicons.Store, "superlative_exemptions"));

    /// <summary>Words between "the" and a superlative that only intensify it ("the single most important").</summary>
    private static readonly FrozenWordSet Intensifiers = TaggedLexicon.Load(RuleLexicons.Store, "superlative_modifiers").Words("intensifier").ToFrozenWordSet();

    /// <summary>Superlatives of time and order: they date things rather than rank them.</summary>
    private static readonly FrozenWordSet TemporalAfterMost = TaggedLexicon.Load(RuleLexicons.Store, "superlative_modifiers").Words("temporal").ToFrozenWordSet();

    /// <summary>"most senior", "most junior": a grade in a hierarchy, a post rather than a judgement.</summary>
    private static readonly FrozenWordSet GradeAfterMost = TaggedLexicon.Load(RuleLexicons.Store, "superlative_modifiers").Words("grade").ToFrozenWordSet();

    /// <summary>"most likely", "most obvious", "most logical": how likely or evident the writer finds something, not a rank.</summary>
    private static readonly FrozenWordSet EpistemicAfterMost = TaggedLexicon.Load(RuleLexicons.Store, "superlative_modifiers").Words("epistemic").ToFrozenWordSet();

    public static readonly RuleOption<string> EvidenceWindowOption = RuleOption.OneOf("RH2001", "evidence_window", "next", ["sentence", "next", "paragraph"],
        "Where strong evidence must be to support the superlative: in its own sentence, in it or the next one, or anywhere in its paragraph. "
        + "A desk that puts the source in a closing line of the paragraph sets `paragraph`; one that wants every claim sourced where it is made sets `sentence`.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override ImmutableArray<RuleOption> SupportedOptions => [EvidenceWindowOption];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterSentenceAction(AnalyzeSentence);
        context.RegisterSentenceAction(AnalyzeAbsoluteComparisons);
        context.RegisterSentenceAction(AnalyzeRankAdjectives, RankAdjectives.IsRankWord);
        context.RegisterSentenceAction(AnalyzeEraRanks, IsEraWord);
    }

    /// <summary>
    /// "the comeback of the decade", "the performance of the century", "the upset of all time": a noun crowned within
    /// an era claims first place among everything of its kind in that time, a superlative without the superlative
    /// form. A part or stretch of the era ("the turn of the century", "the rest of the decade", "the history of the
    /// century") dates rather than ranks, a plural ("the events of the decade") describes it, and a name ("the Trial of
    /// the Century") is a title; the readings that credit, seek or question a rank leave it alone as for a rank adjective,
    /// and so does the subject of a clause.
    /// </summary>
    private static void AnalyzeEraRanks(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.MoodOf(sentence) == SentenceMood.InformationQuestion || SuperlativeReadings.IsPolarQuestion(document, sentence)) return;
        for (var start = sentence.FirstToken; start + 3 < sentence.EndToken; start++)
        {
            var head = start + 1;
            if (tokens[start].Norm != "the" || EraEnd(tokens, sentence, head + 1) is not int end || !IsCrownedHead(tokens[head])) continue;
            // "The music of the decade was loud": as the subject the phrase describes what the era held; the crown is
            // predicated of something else ("it was the comeback of the decade", "gave the performance of the century").
            if (UniversalCues.OpensClause(tokens, sentence, start)) continue;
            if (!UniversalCues.IsAuthorVoice(document, start, end) || document.IsNegated(head) || ModifierSlots.IsNameOrTitle(tokens, sentence, head)) continue;
            if (SuperlativeReadings.IsAspiration(tokens, sentence, start) || SuperlativeReadings.IsInIndirectQuestion(tokens, sentence, start)
                || ClaimScope.IsCreditedLabel(tokens, sentence, start) || ClaimScope.IsRegardedAs(tokens, sentence, start)
                || ClaimScope.IsCreditedByAgentOrReputation(tokens, sentence, start) || ClaimScope.IsNestedInCreditedView(tokens, sentence, start)
                || ClaimScope.IsConferredRank(tokens, sentence, start)) continue;
            var claim = new Claim(ClaimKind.Rank, start, end) { Degree = head, Head = head };
            if (IsSupported(context, claim)) continue;

            var span = document.SpanOf(start, end);
            var softened = ClaimScope.IsSoftenedBefore(tokens, sentence, start) || document.IsHedged(head);
            var rewrite = Rewrite.Template("State the comparison and its source", span,
                document.Excerpt(span) + " [by what measure, compared with which others] ([source])");
            context.Report(Descriptor, softened ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            start = end - 1;
        }
    }

    /// <summary>The last word of an era <see cref="EraEnd"/> reads: a sentence without one holds no era rank.</summary>
    private static bool IsEraWord(string norm) => IsEraNoun(norm) || norm == "time";

    private static bool IsEraNoun(string norm) => norm is "century" or "decade" or "millennium" or "generation";

    /// <summary>The end of "of the century|decade|millennium|generation" or "of all time" at <paramref name="of"/>, or null.</summary>
    private static int? EraEnd(ImmutableArray<Token> tokens, Sentence sentence, int of)
    {
        if (of + 2 >= sentence.EndToken || tokens[of].Norm != "of") return null;
        if (tokens[of + 1].Norm == "the" && IsEraNoun(tokens[of + 2].Norm)) return of + 3;
        return tokens[of + 1].Norm == "all" && tokens[of + 2].Norm == "time" ? of + 3 : null;
    }

    /// <summary>
    /// A singular common noun that can be crowned: not a function word, a plural, a superlative or ordinal ("the best of
    /// all time" is the superlative's), or a noun of time, amount, place, relation or shape, which name a stretch or
    /// part of the era ("the dawn", "the half", "the middle", "the rest", "the turn").
    /// </summary>
    private static bool IsCrownedHead(Token token) =>
        token.IsWord && !token.IsCapitalized && !IsFunctionWord(token) && !IsPluralHead(token) && !AdjectiveForms.IsSuperlative(token)
        && !ClaimScope.IsNumberWord(token) && token.Norm is not ("first" or "last")
        && !EraStretches.Contains(token.Norm)
        && NounTypes.Of(token) is not (NounType.Time or NounType.Quantity or NounType.Location or NounType.Relation or NounType.Shape or null);

    /// <summary>The bounds and stretches of a period whose WordNet first sense is an event or an act ("the start", "the course").</summary>
    private static readonly FrozenSet<string> EraStretches =
        new[] { "start", "beginning", "outset", "opening", "end", "close", "finish", "course", "span", "length", "remainder", "rest", "balance" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "a leading maker of kettles", "the region's foremost supplier", "the defining company of the decade": a rank
    /// adjective on a seller or maker claims first place in a market as a superlative does, and needs the same support.
    /// The readings that credit, seek or question a rank, and a measure or evidence that bears on it, leave it alone.
    /// </summary>
    private static void AnalyzeRankAdjectives(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.MoodOf(sentence) == SentenceMood.InformationQuestion || SuperlativeReadings.IsPolarQuestion(document, sentence)) return;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!RankAdjectives.IsRank(tokens[i]) || document.Voices[i] != Voice.Author || ModifierSlots.IsNameOrTitle(tokens, sentence, i)) continue;
            if (RankAdjectives.RankedMarketHead(document, sentence, i) is not (var start, var head) || document.IsNegated(i)) continue;
            // "a spokesman for a leading maker said": the rank pads an unnamed source, which the sourcing rules report;
            // "wants to become the leading supplier": a target; "whether it is the top maker": an open question.
            if (SuperlativeReadings.IsInUnnamedSource(document, sentence, i) || SuperlativeReadings.IsAspiration(tokens, sentence, start)
                || SuperlativeReadings.IsInIndirectQuestion(tokens, sentence, start)) continue;
            // "is widely hailed as the leading maker", "analysts see it as the top supplier": a view others hold.
            if (ClaimScope.IsCreditedLabel(tokens, sentence, start) || ClaimScope.IsRegardedAs(tokens, sentence, start)
                || ClaimScope.IsCreditedByAgentOrReputation(tokens, sentence, start) || ClaimScope.IsNestedInCreditedView(tokens, sentence, start)
                || ClaimScope.IsConferredRank(tokens, sentence, start)
                || RankAdjectives.IsCreditedToHolder(tokens, sentence, start, head)) continue;
            // "the country's leading carmaker", "Britain's top exporter": a possessor bounds the market compared, as it
            // does for "the country's largest carmaker"; only an unbounded one ("the world's") leaves the claim open.
            if (ModifierSlots.IsPossessiveNoun(tokens[i - 1]) && !UnboundedPossessors.Contains(tokens[i - 1])) continue;
            // "which holds 40% of the market": the share is the measure of the rank.
            if (RankAdjectives.StatesMarketShare(tokens, sentence)) continue;
            // "Dr Lind is a leading pioneer": a credential puff on a named person, which RH2004 reports.
            if (Vocabulary.IsPufferyAdjective(tokens[i]) && (Vocabulary.IsRoleNoun(tokens[head]) || Vocabulary.IsPluralRoleNoun(tokens[head]))
                && PuffedCredentials.IsNamed(document, sentence, i, head + 1)) continue;

            var end = head + 1;
            var claim = new Claim(ClaimKind.Rank, start, end) { Degree = i, Head = head };
            // "the top maker by sales last year, according to IDC": a metric, or evidence that bears on the rank.
            if (ClaimScope.NamesClosedSet(tokens, sentence, end) || IsSupported(context, claim)) continue;

            var span = document.SpanOf(start, end);
            // "a leading maker" claims a place among the first, as "one of the best makers" does.
            var softened = tokens[start].Norm is "a" or "an" || ClaimScope.IsSoftenedBefore(tokens, sentence, start) || document.IsHedged(i);
            var rewrite = Rewrite.Template("State the comparison and its source", span,
                document.Excerpt(span) + " [among which group, by what measure, since when] ([source])");
            context.Report(Descriptor, softened ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = head;
        }
    }

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.MoodOf(sentence) == SentenceMood.InformationQuestion || SuperlativeReadings.IsPolarQuestion(document, sentence)) return;
        // A headline capitalizes every word: "The Fastest Kettle Ever Made" is read as text, not as a name.
        var headline = document.Syntax.IsHeadline(sentence);
        var coveredUntil = -1;
        var reportedBefore = false;
        ImpersonalAttributionFrames? impersonalFrames = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i < coveredUntil || !IsSuperlativeAt(tokens, sentence, i, headline, out var adjectiveEnd)) continue;
            if (document.Voices[i] != Voice.Author || IsExempt(tokens, sentence, i) || !headline && IsName(tokens, sentence, i)) continue;
            if (FindDeterminer(tokens, sentence, i) is not int start) continue;
            if (document.IsNegated(i)) continue;
            // "a trader at one of the biggest banks said": the rank pads an unnamed source, which the sourcing rules report.
            if (SuperlativeReadings.IsInUnnamedSource(document, sentence, i)) continue;
            // "was asked whether she was the best player": an open question reported, nothing asserted.
            if (SuperlativeReadings.IsInIndirectQuestion(tokens, sentence, start)) continue;
            // "won by whoever hires the largest phone bank": the rank defines an unknown referent, it ranks no one named.
            if (SuperlativeReadings.IsInFreeRelative(tokens, sentence, start)) continue;
            // "sold to the highest bidder", "the highest earners repay less": a measured rank defines whoever does the most.
            if (DefinedAgents.DefinesAgent(tokens, sentence, start, adjectiveEnd - 1, adjectiveEnd)) continue;
            // "The Best of Ilse Brandt", "The Greatest of All Time" as a headline: the title of a selection, not a rank claim.
            if (headline && adjectiveEnd < sentence.EndToken && tokens[adjectiveEnd].Norm == "of") continue;
            // "is being hailed as the biggest breakthrough": the rank is a view credited to nobody, which RH3006 reports
            // (the guidelines: flag the attribution, leave its content alone).
            if (ClaimScope.IsCreditedLabel(tokens, sentence, start) || (impersonalFrames ??= new(tokens, sentence)).Covers(start)) continue;
            // "unions see him as the most viable choice", "what many consider to be the worst": a view the text reports.
            if (ClaimScope.IsRegardedAs(tokens, sentence, start)) continue;
            // "singled out by the Courier as among the most contested", "his reputation as the most cautious": a view held by others.
            if (ClaimScope.IsCreditedByAgentOrReputation(tokens, sentence, start)) continue;
            // "is seen as the skipper with the best boat": the rank sits inside the credited view, reported with it.
            if (ClaimScope.IsNestedInCreditedView(tokens, sentence, start)) continue;
            // "the Courier named the bakery the best in town", "its shortlist of the best records": a rank a named holder confers.
            if (ClaimScope.IsConferredRank(tokens, sentence, start) || ClaimScope.IsRankingListCriterion(tokens, sentence, start)) continue;

            var end = PhraseEnd(tokens, sentence, adjectiveEnd, headline);
            var claim = new Claim(ClaimKind.Rank, start, end) { Degree = adjectiveEnd - 1, Head = end > adjectiveEnd ? end - 1 : null };
            coveredUntil = end;
            // "her closest advisers", "the senator's harshest critics": the superlative picks people out, it ranks nothing.
            // "You are the best supporters in the country" is a predicate with a scope: it ranks the subject among all such people.
            if (adjectiveEnd < end && RelationalHeads.Value.Contains(tokens[adjectiveEnd]) && !IsScopedPredicate(tokens, sentence, start, end)) continue;
            // "Review: The Longest Night in Ludsworth" over a body that names the book so: a headline that is a title.
            if (headline && SuperlativeReadings.IsTitleNamedInBody(document, sentence, start, end)) continue;
            // "on the coldest weekday evening", "the longest night of the year": a day the weather or the sky picks out.
            if (claim.Head is int day && SuperlativeReadings.IsCalendarExtreme(tokens, sentence, start, adjectiveEnd - 1, day, end)) continue;
            // "the fastest lap of the race, 1:21.4": a measured result within one contest, its figure given.
            if (SuperlativeReadings.IsResultOfOneContest(tokens, sentence, adjectiveEnd - 1, end)) continue;
            // "the highest demand expected": the peak of a forecast, not a rank.
            if (SuperlativeReadings.IsForecastPeak(tokens, adjectiveEnd - 1, adjectiveEnd, end)) continue;
            // "to replace the riskiest equipment": which members a proposed action takes first, not a rank.
            if (SuperlativeReadings.IsTriageObject(tokens, sentence, start, end)) continue;
            // "the biggest bubble", "the largest assault on patients": a ranked threat is threat inflation, annotated once.
            if (claim.Head is int head && ThreatReferents.RanksThreatSize(tokens, adjectiveEnd - 1, head)) continue;
            // "the deadliest mass shooting in Varnish history", "the worst effects of the drought": the harm a threat did, ranked.
            if (claim.Head is int harmed && SuperlativeReadings.RanksThreatHarm(tokens, sentence, adjectiveEnd - 1, harmed)) continue;
            // "the deepest red and deepest blue states": one degree on two groups names both ends of a scale.
            if (SuperlativeReadings.IsPairedExtremes(tokens, sentence, i, adjectiveEnd, end)) continue;
            // "the wealthiest Americans", "among the lowest paid": a group named by its place in a distribution.
            // "the poorest and most vulnerable students": the first adjective names the group before the shared head.
            // "the wealthiest tenth of households": a group superlative before a share names a slice of the distribution.
            if (IsGroupSuperlative(tokens, sentence, i, adjectiveEnd, end) || SuperlativeReadings.IsGroupSpelledApart(tokens, sentence, i)
                || GroupSuperlatives.Value.LongestAt(tokens, i, adjectiveEnd) == adjectiveEnd - i && SuperlativeReadings.IsDistributionShare(tokens, sentence, adjectiveEnd)
                || end > adjectiveEnd && tokens[adjectiveEnd].Norm is "and" or "or" or "," && IsGroupSuperlative(tokens, sentence, i, adjectiveEnd, adjectiveEnd)
                    && IsPluralHead(tokens[end - 1])) continue;
            // "the best way forward", "the weakest part of the plan", "requires the largest platforms to …": advice, the
            // parts of a named whole, a category a rule covers — none asserts a rank in the world.
            if (SuperlativeReadings.IsAdvice(tokens, sentence, adjectiveEnd) || SuperlativeReadings.IsPartOfWhole(tokens, sentence, adjectiveEnd)
                || SuperlativeReadings.IsAllocatedCategory(tokens, sentence, start, end)) continue;
            // "The best first step is a phone call": a recommendation, the reader's options ranked.
            if (AdviceSubject.IsRecommendation(tokens, sentence, start, adjectiveEnd)) continue;
            // "the worst part of all is that …": a frame that hands the claim to the clause after it.
            if (SuperlativeReadings.IsDiscourseFrame(tokens, sentence, adjectiveEnd)) continue;
            // "the fastest way for patients to get a referral", "the kindest thing a landlord can do for tenants is fix the boiler": advice with its own subject or complement.
            if (AdvisedCourses.IsAdvice(tokens, sentence, adjectiveEnd)) continue;
            // "at the worst possible moment", "to the greatest extent possible": a degree graded to its limit, not a rank.
            if (SuperlativeReadings.IsDegreeOfPossibility(tokens, sentence, start, adjectiveEnd, end)) continue;
            // "the best the regulator can do", "the best anyone could have done": the limit of what someone can do, not a rank.
            if (SuperlativeReadings.IsLimitOfAbility(tokens, sentence, adjectiveEnd)) continue;
            // "the closest she has ever come to conceding": how near one came, not a rank.
            if (SuperlativeReadings.IsApproachIdiom(tokens, sentence, i, adjectiveEnd, end)) continue;
            // "the closest thing to a bridge": what something resembles, not a rank.
            if (SuperlativeReadings.IsApproximation(tokens, sentence, i, adjectiveEnd)) continue;
            // "even the most optimistic backers doubt it": the far end of a scale standing for all of it, not a rank.
            if (SuperlativeReadings.IsScaleEnd(tokens, sentence, start)) continue;
            // "impervious to all but the largest shocks": the members an exception leaves out, not a rank.
            if (ExceptedExtremes.IsExcepted(tokens, sentence, start)) continue;
            // "wants to make it the greenest town by 2035": a target, not a claim about now.
            if (SuperlativeReadings.IsAspiration(tokens, sentence, start)) continue;
            // "I will publish the best ones next week": the pick of what readers send, not a rank.
            if (SuperlativeReadings.IsChosenPick(tokens, sentence, start, end)) continue;
            // "shoppers look for the cheapest flights in March": what is sought, not a rank held.
            if (SuperlativeReadings.IsSoughtObject(tokens, sentence, start, end)) continue;
            // "Pick the cheapest fare you can find": the limit of what the seeker can reach, not a rank.
            if (WithinReach.IsWithinReach(tokens, sentence, start, end)) continue;
            // "the wealthiest households will pay more", "the best seats were sold first": a subset the clause is about.
            // "the largest firms admitted": the phrase may run into the verb, which ends the subject.
            if (SuperlativeReadings.IsSubsetSubject(tokens, sentence, start, end) || SuperlativeReadings.IsSubsetSubjectBeforeVerb(tokens, sentence, start, end)) continue;
            // "Most of the largest donors are men", "lending to some of the smallest farms": a part of a set the rank picks out.
            if (SuperlativeReadings.IsQuantifiedSubset(tokens, sentence, start, adjectiveEnd)) continue;
            // "the levy applies to the most expensive private health plans": a subset an ordinary predicate is about.
            if (SuperlativeReadings.PicksSubset(tokens, sentence, start, adjectiveEnd)) continue;
            // "the world's tallest building, the Burj Khalifa,": a measured record with its holder named can be checked.
            if (SuperlativeReadings.IsNamedRecordHolder(tokens, sentence, adjectiveEnd - 1, end)) continue;
            // "the most common side effect was dizziness (8%)": a distribution read out of reported data.
            if (SuperlativeReadings.IsFrequencyWithFigure(document, sentence, i, adjectiveEnd)) continue;
            // "the biggest single piece but not the largest share": a rank the writer narrows at once.
            if (NarrowedRanks.IsNarrowed(tokens, sentence, adjectiveEnd - 1, end)) continue;
            // "biosafety level 4, the highest containment level there is": the end rung of a ladder the text defines.
            if (ScaleRungs.IsEndRung(tokens, sentence, adjectiveEnd - 1, end)) continue;
            // "the largest number of delegates" counts them, as "the most delegates" does.
            if (SuperlativeReadings.IsCount(tokens, sentence, i, adjectiveEnd)) continue;
            // "links to the best of local reporting": the pick of a body of work, not a thing ranked first.
            if (SuperlativeReadings.IsSelection(tokens, sentence, adjectiveEnd, end)) continue;
            // "the best director award": the name of a prize in lower case.
            if (SuperlativeReadings.IsAwardName(tokens, i, adjectiveEnd, end)) continue;
            // "the boldest move of her career": the subject's own record bounds the set, as a possessor does.
            if (SuperlativeReadings.IsWithinOwnRecord(tokens, sentence, end)) continue;
            // "the most telling promise she has made": a relative clause bounds the set by one person's own doings.
            if (HoldersOwnRecord.Bounds(document, sentence, adjectiveEnd - 1, end)) continue;
            // "the most important issue to Ms. Brenn": the party's own concerns, bounded as "Ms. Brenn's most important issue" is.
            if (SuperlativeReadings.IsPriorityOfParty(tokens, sentence, adjectiveEnd - 1, end)) continue;
            // "Mexico's most important partner", "Clinton's boldest proposal": the possessor bounds the set compared;
            // "Britain's most trusted GP": a place only names it, as "in Britain" does, and a judged rank still needs support.
            if (tokens[start].Norm != "the" && !UnboundedPossessors.Contains(tokens[start])
                && !PlaceScopes.ScopesJudgedRank(document, start, adjectiveEnd - 1)
                && !AppositivePlaceScopes.ScopesJudgedRank(document, start, adjectiveEnd - 1, end)) continue;
            // "We tried five kettles; the Aurora was the quietest of them": a counted set the text named just before.
            if (ClaimScope.NamesClosedSet(tokens, sentence, end) || SuperlativeReadings.IsOfCountedThem(document, sentence, end) || IsSupported(context, claim)) continue;
            // "Three villages vote first: Hart, Millford and the most famous, Dixon Notch": a headless rank within the set counted.
            if (claim.Head is null && ContextSets.IsEllipsisOfCountedSet(document, sentence, start, end)) continue;
            // "Northgate is the largest ward" after a table of wards, "The most expensive dish is $42": a set the text lays out and measures.
            if (LaidOutSets.IsRankOfTabulatedMember(document, sentence, start, end) || LaidOutSets.IsMeasuredExtreme(tokens, sentence, start, end)) continue;
            // "One of the loudest cheers came when Brandt named the winner": the high point of the event reported.
            if (ContextSets.IsHighlightOfEvent(tokens, sentence, start, adjectiveEnd, end)) continue;
            // "the toughest exchanges of the day", "the most combative of the campaign so far": ranked within one event.
            if (EventScopes.IsWithinOneEvent(tokens, sentence, adjectiveEnd, end)) continue;
            // "Rents rose 9.4% in March, the steepest rise in 30 years", after the statistics office is named.
            if (SuperlativeReadings.IsRecordOfReportedSeries(document, sentence, start, adjectiveEnd - 1, end, IsMeasuredInSentence(context, claim))) continue;
            // "the most overpaid managers in public life, and the most timid": the headless rank borrows the head of the
            // one just reported and continues that claim, which the guidelines annotate once.
            if (reportedBefore && claim.Head is null && IsCoordinatedEllipsis(tokens, sentence, start, end)) continue;

            reportedBefore = true;
            var span = document.SpanOf(start, end);
            var softened = ClaimScope.IsSoftenedBefore(tokens, sentence, start) || document.IsHedged(i) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("State the comparison and its source", span,
                document.Excerpt(span) + " [among which group, by what measure, since when] ([source])");
            context.Report(Descriptor, softened ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
        }
    }

    /// <summary>
    /// Strong evidence linked to the claim (a figure that measures it with a named source or dataset, a citation, a
    /// named source whose words cover it, a kept record that bounds it), in the window the rule declares or the one
    /// the newsroom set (<see cref="EvidenceWindowOption"/>).
    /// </summary>
    private static bool IsSupported(SentenceContext context, Claim claim)
    {
        var window = context.Options.Get(EvidenceWindowOption) switch
        {
            "sentence" => EvidenceWindow.Sentence,
            "paragraph" => EvidenceWindow.Paragraph,
            _ => EvidenceWindows.Of(Descriptor),
        };
        return context.EvidenceFor(Descriptor, claim, window).Strength >= EvidenceStrength.Strong;
    }

    /// <summary>
    /// "…, and the most timid.", "… and the least trusted;": a headless superlative after "and" (or ", and") that closes
    /// its clause takes its head from the phrase before it, so it is the same claim continued, not a new one.
    /// </summary>
    private static bool IsCoordinatedEllipsis(ImmutableArray<Token> tokens, Sentence sentence, int start, int end) =>
        start - 1 > sentence.FirstToken && tokens[start - 1].Norm == "and"
        && (end >= sentence.EndToken || !tokens[end].IsWord && tokens[end].Text is "." or ";" or "!" or ",");

    /// <summary>"are the best supporters in the country": the phrase follows a copula and a scope follows its head.</summary>
    private static bool IsScopedPredicate(ImmutableArray<Token> tokens, Sentence sentence, int start, int end) =>
        start > sentence.FirstToken && FunctionWords.Copulas.Contains(tokens[start - 1])
        && end + 1 < sentence.EndToken && tokens[end].Norm is "in" or "on" or "at" or "across" && tokens[end + 1].IsWord;

    /// <summary>Whether a figure in the claim's own sentence measures it (the evidence linker's judgement, at any strength).</summary>
    private static bool IsMeasuredInSentence(SentenceContext context, Claim claim) =>
        context.EvidenceFor(Descriptor, claim, EvidenceWindow.Sentence).Linked
            .Any(link => link.Item.Kind == EvidenceKind.Figure && link.Item.SentenceIndex == context.Sentence.Index);

    /// <summary>
    /// A comparison against everything is a superlative: "worse than ever", "more … than at any time in history",
    /// "safer than any other city". A dated or counted standard ("than at any time since 1998", "than in 20 years")
    /// is a checkable record and is left alone.
    /// </summary>
    private static void AnalyzeAbsoluteComparisons(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.MoodOf(sentence) == SentenceMood.InformationQuestion) return;
        ImpersonalAttributionFrames? impersonalFrames = null;
        for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (tokens[i].Norm != "than" || document.Voices[i] != Voice.Author) continue;
            if (UniversalStandardEnd(tokens, sentence, i + 1) is not int end) continue;
            if (ComparativeBefore(tokens, sentence, i) is not int comparative || document.IsNegated(comparative)) continue;
            // "It is widely accepted across the industry that the margins are thinner than anyone will say": the
            // comparison is the content of a view credited to nobody, which RH3006 reports, as for a superlative.
            if ((impersonalFrames ??= new(tokens, sentence)).Covers(comparative)) continue;
            // "it is clearer than ever that …", "less likely than ever that …": how sure the writer is of the clause after
            // it, as "the most likely explanation" is an inference; nothing in the world is ranked.
            if (IsEpistemicComparison(tokens, sentence, comparative, end)) continue;
            var claim = new Claim(ClaimKind.Rank, comparative, end) { Degree = tokens[comparative].Norm is "more" or "less" or "fewer" ? comparative + 1 : comparative };
            if (ClaimScope.NamesClosedSet(tokens, sentence, end) || IsSupported(context, claim)) continue;
            // "won 7 of her 9 finals, a better record than anyone on the tour": the rank of a figure the clause has just given.
            if (FigureAppositives.RanksStatedFigure(tokens, sentence, comparative)) continue;
            // "broader than anything Ilse Vale achieved", "than any other he has given": the standard is one person's own record.
            if (HoldersOwnRecord.BoundsStandard(document, sentence, claim.Degree ?? comparative, end)) continue;

            // Keep the span tight: the comparative with its head when it is close, the standard alone when it is not.
            var start = i - comparative <= 3 ? comparative : i;
            var span = document.SpanOf(start, end);
            var softened = document.IsHedged(i) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("State the record and its source", span,
                document.Excerpt(span) + " [compared with which year or figure] ([source])");
            context.Report(Descriptor, softened ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
        }
    }

    /// <summary>
    /// The end of an unbounded standard after "than": "ever (before)", "at any (other) point/time (in history|memory)",
    /// "any other N", "anyone/anything (else)", "all others"; null for anything else or a dated standard.
    /// </summary>
    private static int? UniversalStandardEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        int? At(int index) => index < sentence.EndToken ? index : null;
        string Norm(int index) => index < sentence.EndToken ? tokens[index].Norm : "";

        switch (Norm(k))
        {
            case "ever":
                return Norm(k + 1) == "before" ? k + 2 : k + 1;
            // "than anyone expected": the standard is an expectation, not everyone else.
            case "anyone" or "anybody" when SuperlativeReadings.IsExpectationStandard(tokens, sentence, k):
                return null;
            case "anyone" or "anybody" or "anything":
                return Norm(k + 1) == "else" ? k + 2 : k + 1;
            case "all" when Norm(k + 1) is "others" or "rivals" or "competitors":
                return k + 2;
            case "any" when Norm(k + 1) == "other" && At(k + 2) is int noun && tokens[noun].IsWord:
                return noun + 1;
            // "than any news app in history", "than any striker on earth": everything of a kind, everywhere or ever.
            case "any" when UnboundedKindEnd(tokens, sentence, k + 1) is int kindEnd:
                return kindEnd;
            case "at" when Norm(k + 1) == "any":
                var head = Norm(k + 2) == "other" ? k + 3 : k + 2;
                if (Norm(head) is not ("point" or "time" or "moment" or "stage" or "period")) return null;
                return Norm(head + 1) switch
                {
                    // "since 1998", "in 20 years": a checkable record.
                    "since" or "in" when At(head + 2) is int next && (tokens[next].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[next])) => null,
                    "since" => null,
                    "in" when Norm(head + 2) is "history" or "memory" => head + 3,
                    "in" when Norm(head + 2) is "living" or "recent" or "modern" && At(head + 3) is int noun => noun + 1,
                    _ => head + 1,
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// The end of "N (N N) in history | in recorded history | on earth | on the planet | in the world | ever" after
    /// "than any": a kind compared with all its members at all times or places ("than any news app in history").
    /// Without such a scope the set is the reader's guess and often bounded by the context ("matters more than any spec
    /// sheet", "paid more than any employer in the valley"), and "any of" names a closed set. A threat as the kind
    /// ("than any plague in history") is left to the threat rules.
    /// </summary>
    private static int? UnboundedKindEnd(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        string Norm(int index) => index < sentence.EndToken ? tokens[index].Norm : "";
        for (var k = first; k < sentence.EndToken && k - first < 3; k++)
        {
            if (!tokens[k].IsWord || IsFunctionWord(tokens[k]) || tokens[k].Norm is "other" or "of") return null;
            // "spreading faster than any virus in history": measured against the worst threats, the comparison inflates a
            // threat, which the guidelines annotate once, as threat inflation.
            if (ThreatReferents.IsThreatNoun(tokens[k])) return null;
            var scope = k + 1;
            if (Norm(scope) == "ever") return scope + 1;
            if (Norm(scope) == "in" && Norm(scope + 1) == "history") return scope + 2;
            if (Norm(scope) == "in" && Norm(scope + 2) == "history" && scope + 1 < sentence.EndToken && tokens[scope + 1].IsWord) return scope + 3;
            if (Norm(scope) == "on" && Norm(scope + 1) == "earth") return scope + 2;
            if (Norm(scope) is "on" or "in" && Norm(scope + 1) == "the" && Norm(scope + 2) is "planet" or "world") return scope + 3;
        }
        return null;
    }

    /// <summary>
    /// "clearer than ever that", "more likely than ever that", "less obvious than ever whether": a comparative of an
    /// epistemic adjective (<see cref="EpistemicAfterMost"/>) whose standard runs into a "that" or "whether" clause.
    /// With no clause after it ("the water is clearer than ever") the comparison is about a thing and still ranks.
    /// </summary>
    private static bool IsEpistemicComparison(ImmutableArray<Token> tokens, Sentence sentence, int comparative, int end)
    {
        if (end >= sentence.EndToken || tokens[end].Norm is not ("that" or "whether")) return false;
        var degree = tokens[comparative].Norm is "more" or "less" && comparative + 1 < sentence.EndToken
            ? tokens[comparative + 1].Norm
            : AdjectiveForms.BaseOf(tokens[comparative].Norm);
        return degree is not null && EpistemicAfterMost.Contains(degree);
    }

    /// <summary>The comparative the "than" completes: "worse", "safer", or "more"/"less"/"fewer", within the clause.</summary>
    private static int? ComparativeBefore(ImmutableArray<Token> tokens, Sentence sentence, int than)
    {
        for (var k = than - 1; k >= sentence.FirstToken && than - k <= 8; k--)
        {
            var token = tokens[k];
            if (token.Text is "," or ";" or ":" || token.Kind == TokenKind.Dash) return null;
            if (AdjectiveForms.IsComparative(token) || token.Norm is "more" or "less" or "fewer") return k;
        }
        return null;
    }

    /// <summary>"best", "greatest", or "most/least" + an adjective; <paramref name="adjectiveEnd"/> is just past the adjective.</summary>
    private static bool IsSuperlativeAt(ImmutableArray<Token> tokens, Sentence sentence, int i, bool headline, out int adjectiveEnd)
    {
        adjectiveEnd = i + 1;
        var token = tokens[i];
        // "the highest-ranking officer": a grade in a hierarchy, listed whole because its parts look like a rank.
        if (!token.IsWord || NonRanking.Value.Contains(token)) return false;
        if (IsRankingSuperlative(token) || SuperlativeReadings.IsCompoundSuperlative(token, IsRankingSuperlative)) return true;
        if (token.Norm is not ("most" or "least") || i + 1 >= sentence.EndToken) return false;
        var next = tokens[i + 1];
        // "the Most Holy Sacrament", "the Most Reverend": a title.
        if (!next.IsWord || next.IsCapitalized && !headline || TemporalAfterMost.Contains(next) || GradeAfterMost.Contains(next)) return false;
        // "the most obvious explanation", "the most logical target": the writer's inference, which ranks nothing in the world.
        if (EpistemicAfterMost.Contains(next)) return false;
        // "the most unprecedented crisis" grades an absolute: RH2008 reports the intensifier, RH2002 the claim.
        if (Uncomparables.IsAbsolute(next)) return false;
        // "the most dangerous" grades an adjective; "the most votes" counts a noun.
        if (AdjectiveForms.IsAdjective(next.Norm))
        {
            adjectiveEnd = i + 2;
            return true;
        }
        // "the most celebrated", "the most trusted": a participle graded like an adjective.
        if (SuperlativeReadings.IsGradedParticiple(tokens, sentence, i + 1))
        {
            adjectiveEnd = i + 2;
            return true;
        }
        // "the most rapidly growing": an adverb grading the participle or adjective after it.
        if (next.Norm.EndsWith("ly", StringComparison.Ordinal) && i + 2 < sentence.EndToken && tokens[i + 2].IsWord)
        {
            adjectiveEnd = i + 3;
            return true;
        }
        return false;
    }

    /// <summary>
    /// A group entry before a plural head or with no head at all ("wages for the lowest-paid"). A plural of people
    /// without an -s ("the richest people", "the poorest townspeople") is read from the source nouns, which know it.
    /// </summary>
    private static bool IsGroupSuperlative(ImmutableArray<Token> tokens, Sentence sentence, int superlative, int adjectiveEnd, int end) =>
        GroupSuperlatives.Value.LongestAt(tokens, superlative, adjectiveEnd) == adjectiveEnd - superlative
        && (adjectiveEnd == end || tokens[adjectiveEnd].Norm.EndsWith('s') || Inflections.IsIrregularPlural(tokens[adjectiveEnd].Norm)
            || SourceNouns.Of(tokens[adjectiveEnd]) is { IsPlural: true });

    private static bool IsPluralHead(Token token) =>
        token.Norm.EndsWith('s') || Inflections.IsIrregularPlural(token.Norm) || SourceNouns.Of(token) is { IsPlural: true };

    private static bool IsRankingSuperlative(Token token) => AdjectiveForms.IsSuperlative(token) && !NonRanking.Value.Contains(token);

    /// <summary>The start of "the …" or "X's …" before the superlative, skipping intensifiers; null when the superlative is not in a noun phrase.</summary>
    private static int? FindDeterminer(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i - 1;
        while (k >= sentence.FirstToken && Intensifiers.Contains(tokens[k])) k--;
        if (k < sentence.FirstToken) return null;
        var before = tokens[k];
        if (before.Norm == "the") return k;
        return before.IsWord && before.HasPossessiveEnding ? k : null;
    }

    /// <summary>
    /// Extends over coordinated superlatives ("the cleanest, safest and cheapest", "the boldest and most contested",
    /// "the most eerie, and formative,") and up to three head words, so that what comes after the head (a closed set,
    /// the subject's own record) is read for every adjective of the phrase.
    /// </summary>
    private static int PhraseEnd(ImmutableArray<Token> tokens, Sentence sentence, int adjectiveEnd, bool headline)
    {
        var k = adjectiveEnd;
        var graded = adjectiveEnd - 2 >= sentence.FirstToken && tokens[adjectiveEnd - 2].Norm is "most" or "least";
        while (CoordinatedDegreeEnd(tokens, sentence, k, graded) is int next)
            k = next;
        var words = 0;
        while (k < sentence.EndToken && words < 3 && tokens[k].IsWord && (headline || !tokens[k].IsCapitalized) && !IsFunctionWord(tokens[k]))
        {
            k++;
            words++;
        }
        return k;
    }

    /// <summary>
    /// The end of an adjective coordinated after a superlative at <paramref name="k"/>, or null: ", safest", "and most
    /// contested", and, when "most" or "least" grades the first one (<paramref name="graded"/>), a plain adjective it also
    /// grades ("the most significant and criticized move" is the most criticized too), with a closing comma ("the most
    /// eerie, and formative, experiences"). A plain adjective after a one-word superlative ("the biggest and new") is not
    /// graded by it.
    /// </summary>
    private static int? CoordinatedDegreeEnd(ImmutableArray<Token> tokens, Sentence sentence, int k, bool graded)
    {
        var next = k + 1;
        if (next < sentence.EndToken && tokens[k].Text == "," && tokens[next].Norm is "and" or "or") next++;
        else if (!(tokens[k].Text == "," || tokens[k].Norm is "and" or "or")) return null;
        if (next >= sentence.EndToken || !tokens[next].IsWord) return null;
        int end;
        if (IsRankingSuperlative(tokens[next])) end = next + 1;
        else if (tokens[next].Norm is "most" or "least" && next + 1 < sentence.EndToken && AdjectiveForms.IsAdjective(tokens[next + 1].Norm)) end = next + 2;
        else if (graded && (AdjectiveForms.IsAdjective(tokens[next].Norm) || SuperlativeReadings.IsGradedParticiple(tokens, sentence, next))) end = next + 1;
        else return null;
        // "the most eerie, and formative, experiences": the comma that closes the inserted adjective.
        if (end + 1 < sentence.EndToken && tokens[end].Text == "," && tokens[end + 1].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[end + 1])
            && k + 1 < end && tokens[k].Text == ",") end++;
        return end < sentence.EndToken && tokens[end].IsWord ? end : null;
    }

    private static bool IsExempt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        foreach (var phrase in Exemptions.Value.Phrases)
        {
            for (var offset = 0; offset < phrase.Length; offset++)
            {
                var start = i - offset;
                if (start >= sentence.FirstToken && PhraseList.MatchesAt(tokens, start, sentence.EndToken, phrase)) return true;
            }
        }
        return false;
    }

    /// <summary>Capitalized mid-sentence: part of a name or title ("Best Documentary", "the Great Recession").</summary>
    private static bool IsName(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        (i > sentence.FirstToken && tokens[i].IsCapitalized) || (i + 1 < sentence.EndToken && tokens[i + 1].IsCapitalized && tokens[i].IsCapitalized);

    private static bool IsFunctionWord(Token token) =>
        FunctionWords.NounPhraseBreakers.Contains(token) || FunctionWords.Definite.Contains(token)
        || FunctionWords.IndefiniteSingular.Contains(token) || FunctionWords.Possessive.Contains(token)
        || FunctionWords.PersonPronouns.Contains(token) || FunctionWords.AuthorPronouns.Contains(token)
        || token.Norm is "ever" or "you" or "among" or "amongst";
}
