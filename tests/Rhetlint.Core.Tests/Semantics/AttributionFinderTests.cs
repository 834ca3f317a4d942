using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class AttributionFinderTests
{
    private static DocumentModel Model(string text) => Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);

    /// <summary>Each frame as "source text | speaker class".</summary>
    private static string[] Sources(string text)
    {
        var model = Model(text);
        return [.. model.Frames.Select(f => $"{model.Excerpt(model.SpanOf(f.SourceStart, f.SourceHeadEnd))} | {f.Speaker}")];
    }

    [Theory]
    [InlineData("“We will not retreat,” Ilse Brandt said on Tuesday.", "Ilse Brandt | NamedPerson")]
    [InlineData("“We will not retreat,” said Ilse Brandt.", "Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt said: “We will not retreat.”", "Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt said that Varn would not retreat.", "Ilse Brandt | NamedPerson")]
    [InlineData("According to the Harlow Institute, Varn has 300 drones.", "the Harlow Institute | NamedOrganization")]
    [InlineData("Varn has 300 drones, according to the Harlow Institute.", "the Harlow Institute | NamedOrganization")]
    [InlineData("In the words of Ilse Brandt, the treaty is dead.", "Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt's warning that the port would close went unheeded.", "Ilse Brandt's | NamedPerson")]
    [InlineData("As Lena Moss noted, “The port is empty.”", "Lena Moss | NamedPerson")]
    [InlineData("As the historian Lena Moss once put it, “Empires die of pride.”", "the historian Lena Moss | NamedPerson")]
    [InlineData("“The port is closed,” she continued. “The cranes are idle.”", "she | Pronoun")]
    [InlineData("“Our members are angry,” the letter reads.", "the letter | DefiniteRole")]
    [InlineData("Members may vote “to fill a vacancy on the board,” per the party's bylaws.", "the party's bylaws | DefiniteRole")]
    [InlineData("Brandt: Port will reopen in May. Officials trust Brandt on this.", "Brandt | NamedPerson")]
    [InlineData("Brandt: Port Will Reopen In May\n\nOfficials trust Brandt on this.", "Brandt | NamedPerson")]
    [InlineData("Mayor Pike: the harbour will reopen in May. Residents trust Mayor Pike on this.", "Mayor Pike | NamedPerson")]
    [InlineData("Ilse Brandt blasted the treaty as “a surrender to Varn.”", "Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt pointed out that the port was empty.", "Ilse Brandt | NamedPerson")]
    // Verbs that report a claim through the hearer or as a forecast (issue 17): "persuaded X that", "anticipated that".
    [InlineData("Ilse Brandt persuaded the board that the port was the busiest on the coast.", "Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt reminded voters that the port had never closed.", "Ilse Brandt | NamedPerson")]
    [InlineData("The Harlow Institute anticipated that rents would peak in May.", "The Harlow Institute | NamedOrganization")]
    // Periphrastic reports (issue 17): an argument the subject makes, an owner's position equated with its clause, and a
    // closing tag with no comma after a predicate whose noun is a role.
    [InlineData("Ilse Brandt made the case that the port was empty.", "Ilse Brandt | NamedPerson")]
    [InlineData("Dockers made the argument to the board that the port was empty.", "Dockers | VagueCollective")]
    [InlineData("Ilse Brandt's view is that the port was empty.", "Ilse Brandt's | NamedPerson")]
    [InlineData("Brandt is the ablest negotiator Lindqvist argues.", "Lindqvist | NamedPerson")]
    [InlineData("Ilse Brandt went on to say that the port was empty.", "Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt rejected the plan on Monday, saying it was rushed.", "Ilse Brandt | NamedPerson")]
    [InlineData("Sen. Ilse Brandt (L-Halden) said the port was empty.", "Sen. Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt paused and said the port was empty.", "Ilse Brandt | NamedPerson")]
    [InlineData("Ilse Brandt toured the port on Monday, and repeatedly insisted that it was empty.", "Ilse Brandt | NamedPerson")]
    [InlineData("The Varn officials toured the port on Monday, and repeatedly insisted that it was empty.", "The Varn officials | DefiniteRole")]
    [InlineData("A spokesman says that Ilse Brandt told the mayor on Friday that the port was shut.", "Ilse Brandt | NamedPerson")]
    [InlineData("He ignored the posts in which she called the plan “a scam.”", "she | Pronoun")]
    [InlineData("Some of the officials said the port was closed.", "Some of the officials | AnonymousBare")]
    [InlineData("According to Harlow Port Authority filings, the berth was sold.", "Harlow Port Authority filings | NamedDocument")]
    [InlineData("One resident of the old town, Dana Reyes, said the port was loud.", "One resident | NamedPerson")]
    [InlineData("Ilse Brandt, who chairs the port committee, said the berth was sold.", "Ilse Brandt | NamedPerson")]
    [InlineData("The plan was described by critics as rushed.", "critics | VagueCollective")]
    [InlineData("The plan was rejected by officials who said nothing.", "officials | AnonymousBare")]
    [InlineData("The sale was reported by the Harbor Gazette on Monday.", "the Harbor Gazette | NamedOrganization")]
    [InlineData("Meanwhile student leaders have warned that fees will rise.", "student leaders | VagueCollective")]
    [InlineData("Amnesty said the crackdown had widened.", "Amnesty | NamedOrganization")]
    [InlineData("She's said the same thing to every audience.", "She's | Pronoun")]
    [InlineData("The defense minister said the drills would end.", "The defense minister | DefiniteRole")]
    [InlineData("One columnist noted that the port was empty.", "One columnist | VagueSingular")]
    [InlineData("A leading scholar put it plainly: “The port is empty.”", "A leading scholar | VagueSingular")]
    [InlineData("A 2024 Harlow Institute report found the port empty.", "A 2024 Harlow Institute report | NamedDocument")]
    [InlineData("Critics say the treaty hands Kestria a veto.", "Critics | VagueCollective")]
    [InlineData("Some strategists warn that Varn will test the alliance.", "Some strategists | VagueCollective")]
    [InlineData("The plan may work, though others note that it is costly.", "others | VagueCollective")]
    [InlineData("Many people believe the bridge is unsafe.", "Many people | VagueCollective")]
    [InlineData("Hydrologists say the river will crest on Friday.", "Hydrologists | VagueCollective")]
    [InlineData("Reviewers are already calling it the phone of the year.", "Reviewers | VagueCollective")]
    [InlineData("A source said the minister would resign.", "A source | AnonymousBare")]
    [InlineData("Security sources say the attacks have doubled.", "Security sources | AnonymousBare")]
    [InlineData("A senior official told reporters the talks had stalled.", "A senior official | AnonymousBare")]
    [InlineData("Shipping executives privately warned that fares would rise.", "Shipping executives | VagueCollective")]
    [InlineData("Harbor figures privately concede that the cranes are idle.", "Harbor figures | AnonymousBare")]
    [InlineData("People familiar with the talks said the deal was close.", "People | AnonymousDescribed")]
    [InlineData("A diplomat who attended the talks said the deal was close.", "A diplomat | AnonymousDescribed")]
    [InlineData("Foreign Ministry officials in Norvania said the border was closed.", "Foreign Ministry officials | AnonymousDescribed")]
    [InlineData("Officials said the border was closed.", "Officials | AnonymousBare")]
    [InlineData("A spokeswoman for Northline Rail said trains would run.", "A spokeswoman | AnonymousDescribed")]
    [InlineData("Officials close to the minister said she would stay.", "Officials | AnonymousDescribed")]
    [InlineData("Some admirals want to enlarge the fleet in the north.", "Some admirals | VagueCollective")]
    [InlineData("We argued last year that the port would fail.", "We | Author")]
    // Open-class heads: any person, group or organization noun, not only a listed role.
    [InlineData("One ferryman told me the crossing is doomed.", "One ferryman | VagueSingular")]
    [InlineData("As one archivist put it, the library is dying.", "one archivist | VagueSingular")]
    [InlineData("Beekeepers say the spring was the worst in years.", "Beekeepers | VagueCollective")]
    [InlineData("Aid charities warn that the camps are full.", "Aid charities | VagueCollective")]
    [InlineData("Someone said the bridge was closed.", "Someone | VagueSingular")]
    [InlineData("Ferrybrokers say the Halden canal is finished.", "Ferrybrokers | VagueCollective")]
    // "a person familiar with": the people word after an article, with its access cue.
    [InlineData("A person familiar with the merger said the bank would walk away.", "A person | AnonymousDescribed")]
    // Contact relatives, with and without a relative pronoun.
    [InlineData("Vintners we spoke to say the harvest is ruined.", "Vintners | VagueCollective")]
    [InlineData("Vintners who we spoke to say the harvest is ruined.", "Vintners | VagueCollective")]
    [InlineData("Nurses I trust tell me the ward is unsafe.", "Nurses | VagueCollective")]
    [InlineData("Those who run the ferries say the fares will rise.", "Those | VagueCollective")]
    [InlineData("Teachers across the county say the exams were too hard.", "Teachers | VagueCollective")]
    // A vague quantifier as the agent of a passive of regarding or reporting.
    [InlineData("The new bridge is seen by many as a blunder.", "many | VagueCollective")]
    [InlineData("The mayor was described by some as evasive.", "some | VagueCollective")]
    // "As S VERB," parentheticals with verbs of documenting and with "put it".
    [InlineData("As the archivist Mara Quist documented, the council burned the files.", "the archivist Mara Quist | NamedPerson")]
    // "…, with X saying": the subject of an absolute clause.
    [InlineData("The vote is on Friday, with one senior organiser saying “we cannot win it.”", "one senior organiser | VagueSingular")]
    // A verb that is not speech, right after a quotation.
    [InlineData("“Give us the keys,” one tenant yelled across the yard.", "one tenant | VagueSingular")]
    // "the X of a Y": a definite article anchored to an unnamed thing names nobody.
    [InlineData("The landlord of a local pub said the brawl began at ten.", "The landlord | VagueSingular")]
    [InlineData("Since the strike began, some have framed it as a test of nerve.", "some | VagueCollective")]
    [InlineData("Leading orthodontists recommend brushing after every meal.", "Leading orthodontists | VagueCollective")]
    [InlineData("Norwegian fishermen are increasingly keen on electric boats.", "Norwegian fishermen | VagueCollective")]
    [InlineData("The report lumps the cyclists' club in with vandals.", "The report | DefiniteRole")]
    [InlineData("Columnist Ada Brill compared the protesters to arsonists.", "Columnist Ada Brill | NamedPerson")]
    [InlineData("The inquiry swept the charity into the same group as the cartels.", "The inquiry | DefiniteRole")]
    [InlineData("The club's treasurer-elect, Petra Holm, insisted the books were clean.", "The club's treasurer-elect | NamedPerson")]
    [InlineData("The board's chair, Petra Holm, insisted the books were clean.", "The board's chair | NamedPerson")]
    // Counts in a partitive belong to the source.
    [InlineData("Forty per cent of growers said the price was too low.", "Forty per cent of growers | VagueCollective")]
    [InlineData("61% of growers said the price was too low.", "61% of growers | VagueCollective")]
    // Publishers after adjectives are named.
    [InlineData("Rents rose 8%, according to a study by the independent Halden Housing Unit.", "a study | NamedDocument")]
    [InlineData("Rents rose 8%, according to a report in the Halden Courier.", "a report | NamedDocument")]
    // Everyone of a kind is no source.
    [InlineData("As any ferryman would tell you, the crossing is the worst in the north.", "any ferryman | Universal")]
    [InlineData("Every harbour master will tell you that the channel silts up.", "Every harbour master | Universal")]
    [InlineData("Economists everywhere say the levy is too low.", "Economists | Universal")]
    [InlineData("Vapers everywhere agree that the tax is unfair.", "Vapers | Universal")]
    // "those" heading its own phrase points back to nobody: it is "people close to …".
    [InlineData("Those close to the striker say he wants a move.", "Those | AnonymousDescribed")]
    [InlineData("Those familiar with the audit said the museum overspent.", "Those | AnonymousDescribed")]
    // A pronoun with a contracted "will" or "would" is the pronoun, never a name that opens the sentence.
    [InlineData("We'll report back once the council publishes its figures.", "We'll | Author")]
    [InlineData("She'd said the orchestra would tour in May.", "She'd | Pronoun")]
    // "that" before a period of time is a demonstrative inside the relative clause, not its end.
    [InlineData("Stewards who were at the track that evening say the barrier gave way.", "Stewards | VagueCollective")]
    [InlineData("Growers who sold early that spring say prices will not recover.", "Growers | VagueCollective")]
    // The writer as the hearer of a passive: the agent after "to me by" is the source of what was said.
    [InlineData("That was said to me by a retired harbour pilot.", "a retired harbour pilot | VagueSingular")]
    [InlineData("The figure was told to us by a trader on the floor.", "a trader | VagueSingular")]
    // A bare plural after one name starts a clause of its own: it is no appositive of the name.
    [InlineData("Kessler is close to buying Ardent Savings, sources said.", "sources | AnonymousBare")]
    [InlineData("The striker will join Brenhill, club officials said.", "club officials | AnonymousBare")]
    [InlineData("The prize should have gone to Lind and Moss, economists say.", "economists | VagueCollective")]
    // A determiner-led appositive still describes the name.
    [InlineData("Ilse Brandt, a columnist for the Gazette, wrote that the port was empty.", "Ilse Brandt | NamedPerson")]
    // The pronoun "one" is one unnamed member of a group.
    [InlineData("Dock managers are worried. “The cranes are idle,” said one.", "one | VagueSingular")]
    [InlineData("Growers are angry. One said the frost had ruined the crop.", "One | VagueSingular")]
    public void Finds_the_source_and_classifies_it(string text, string expected) => Assert.Contains(expected, Sources(text));

    /// <summary>
    /// An infinitive of aspect reports for the subject of its own verb, which may head a subordinate clause: the phrase
    /// right before "continue", "began" or "went on", not the main clause's subject.
    /// </summary>
    [Theory]
    [InlineData("A few tenants moved out as the landlords continue to insist that rents are fair.", "the landlords | DefiniteRole")]
    [InlineData("Two clubs folded while economists began to argue that the league was too big.", "economists | VagueCollective")]
    [InlineData("Ilse Brandt has gone on to claim that the port is empty.", "Ilse Brandt | NamedPerson")]
    public void An_infinitive_of_aspect_reports_for_the_subject_of_its_verb(string text, string expected) =>
        Assert.Equal([expected], Sources(text));

    [Theory]
    [InlineData("The union called for a strike on Monday.")]
    [InlineData("Kestria, “the hermit state,” held elections.")]
    [InlineData("Her essay, “Why Ports Fail,” ran in the spring.")]
    [InlineData(", \"")]
    [InlineData(": 'x")]
    [InlineData("Note: the port is closed on Mondays.")]
    [InlineData("Varn attacked the port at dawn.")]
    [InlineData("She was held in contempt by the secretary of state.")]
    [InlineData("For Brandt, Moss's show proved a safe haven.")]
    [InlineData("The panel rated a third of Liberal claims as false.")]
    [InlineData("Kestrian state hackers are already inside the port authority.")]
    [InlineData("They sounded a note of caution about the port.")]
    [InlineData("Rents rose 9 per cent in the year to June.")]
    [InlineData("The court ruled, leaving the port closed.")]
    [InlineData("An article written by Lena Moss ran on Monday.")]
    [InlineData("A dock worker called 911 at dawn.")]
    [InlineData("The warning signs were there for years.")]
    [InlineData("Prices rose in March and fell in April.")]
    [InlineData("Admirals want a larger fleet in the north.")]
    [InlineData("The admiral wants a larger fleet in the north.")]
    [InlineData("While the council argues about budgets, the harbor silts up.")]
    [InlineData("The two ministers talked over the plan at dinner.")]
    // An embedded question's subject is talked about, and so is that of a bare free relative such as a heading.
    [InlineData("The apps are shaping how teenagers think about money.")]
    [InlineData("What virologists said")]
    [InlineData("Here is what the economists think.")]
    // A negated passive credits nobody, and "spoken/written by" names who made the words, not who holds a view.
    [InlineData("Wiser words were never spoken by a councillor.")]
    [InlineData("The leaflet was written by someone who knows the harbour.")]
    [InlineData("The ferryman was seen by witnesses leaving the pub.")]
    // A bare verb after a singular phrase is a noun: "a travelling show", not "a travelling says".
    [InlineData("The festival is a travelling show, set in a new town each summer.")]
    [InlineData("She put it on the table and left.")]
    [InlineData("That’s what the whole rally was about: “Forget the facts, here is a monster we made up.”")]
    [InlineData("The clerk recorded the vote, and the meeting ended.")]
    [InlineData("Acme Announces Record Profit\n\nThe firm sold two million kettles.")]
    [InlineData("Acme Announces Record Profit\nThe firm sold two million kettles last year, more than in the three years before.\nIts shares rose.")]
    [InlineData("Meet Aurora: the fastest kettle ever made. The Aurora boils a litre in a minute.")]
    [InlineData("Grim Outlook: the ferry will not run this winter. The ferry column in Outlook is printed every week.")]
    // A yes or a no is an answer, no claim: nothing is reported, so no frame takes the rest of the sentence.
    [InlineData("If the council says no, the harbour will be lost.")]
    [InlineData("Voters said yes because the fare cut was generous.")]
    public void Finds_no_frame_where_nobody_speaks(string text) => Assert.Empty(Sources(text));

    [Theory]
    [InlineData("A harbor pilot who saw the collision, speaking on condition of anonymity because she fears for her job, said the tug was late.")]
    [InlineData("A harbor pilot, speaking anonymously, said the tug was late.")]
    public void The_terms_a_source_speaks_on_are_no_second_frame(string text)
    {
        var model = Model(text);
        var frame = Assert.Single(model.Frames);
        Assert.Equal("said", model.Tokens[frame.CueToken].Text);
    }

    // After a quotation, a verb whose object is the hearer reports the quotation, not the hearer (issue 17).
    [Theory]
    [InlineData("“The levy will be scrapped by spring,” Brandt told the Harbor Gazette in an interview.")]
    [InlineData("“No tanker will dock until the pier is inspected,” the harbour master warned ship owners on Monday.")]
    [InlineData("“We are ready for the final,” Coach Omar Haddad assured his players.")]
    public void A_hearer_after_a_quotation_leaves_the_quotation_as_content(string text)
    {
        var model = Model(text);
        var frame = Assert.Single(model.Frames);
        Assert.Equal(ContentSide.Before, frame.Side);
        Assert.Equal(0, frame.QuotationIndex);
    }

    // After a comma too, the hearer verb closing the sentence reports the words before it (ti-fixes).
    [Theory]
    [InlineData("The mill will stay open through the winter, she told the Harbor Gazette.", "The mill will stay open through the winter")]
    [InlineData("The ferry will not sail on Sundays, the harbour master warned ship owners on Monday.", "The ferry will not sail on Sundays")]
    public void A_hearer_after_a_comma_leaves_the_words_before_as_content(string text, string content)
    {
        var model = Model(text);
        var frame = Assert.Single(model.Frames);
        Assert.Equal(ContentSide.Before, frame.Side);
        Assert.Equal(content, text[frame.Content.Start..frame.Content.End]);
    }

    // The second: a clause whose plain past verb no auxiliary marks.
    [Theory]
    [InlineData("“It is over,” Brandt told reporters the port would close in May.")]
    [InlineData("“We did everything right,” Coach Dana Reyes told reporters her side played the finest football in the league this year.")]
    // After a comma: a past verb in the tail, or a question word, is what was told.
    [InlineData("The pier is closed, the harbour master informed us broke the bylaw.")]
    [InlineData("The mill reopened in March, and its owner reminded everybody why.")]
    public void A_hearer_followed_by_a_clause_still_reports_the_clause(string text)
    {
        var frame = Assert.Single(Model(text).Frames);
        Assert.Equal(ContentSide.After, frame.Side);
    }

    [Theory]
    [InlineData("The ferry will be sold, its owner, Halden Lines, said Friday.", "The ferry will be sold")]
    [InlineData("The owner of a local bakery said he had called the police twice that night.", "he had called the police twice that night.")]
    public void A_trailing_day_or_a_that_inside_the_content_is_not_where_the_report_starts(string text, string content)
    {
        var model = Model(text);
        var frame = Assert.Single(model.Frames);
        Assert.Equal(content, text[frame.Content.Start..frame.Content.End]);
        Assert.DoesNotContain("Friday", model.Excerpt(model.SpanOf(frame.SourceStart, frame.SourceEnd)));
    }

    [Theory]
    [InlineData("Petra Holm said the fees were small, and a source close to the board said the deal would collapse.", "the fees were small")]
    [InlineData("Petra Holm called the fees “purely administrative,” and a source close to the board said the deal would collapse.", "the fees “purely administrative,”")]
    [InlineData("Petra Holm said the vote is on Friday, with one source close to the board saying the deal would collapse.", "the vote is on Friday")]
    public void A_coordinated_second_attribution_ends_the_first_ones_content(string text, string content)
    {
        var model = Model(text);
        Assert.Equal(content, text[model.Frames[0].Content.Start..model.Frames[0].Content.End]);
        Assert.Equal(Voice.Author, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == "source")]);
    }

    [Fact]
    public void A_sentence_opening_plural_person_noun_is_a_group_even_if_the_document_never_lowercases_it() =>
        Assert.Equal(["Shipwrights | VagueCollective"], Sources("Shipwrights say the hull will crack."));

    [Fact]
    public void A_universal_subject_leaves_the_claim_in_the_writers_voice()
    {
        const string text = "As any ferryman would tell you, the crossing is the worst in the north.";
        var model = Model(text);
        Assert.Equal(Voice.Author, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == "worst")]);
    }

    [Fact]
    public void A_paragraph_closing_on_a_colon_hands_the_next_paragraph_to_its_source()
    {
        const string text = "Columnist Ada Brill compared the protesters to arsonists:\n\nThey have shamefully set the whole town against itself.\n\nThe council meets today.";
        var model = Model(text);
        Assert.Equal(Voice.Reported, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == "shamefully")]);
        Assert.Equal(Voice.Reported, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == "arsonists")]);
        Assert.Equal(Voice.Author, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == "council")]);
    }

    [Fact]
    public void An_as_parenthetical_hands_its_clause_to_the_source()
    {
        const string text = "As the archivist Mara Quist documented, the council burned the oldest files.";
        var model = Model(text);
        Assert.Equal(Voice.Reported, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == "oldest")]);
    }

    [Fact]
    public void A_split_quote_is_attributed_to_the_speaker_between_its_halves()
    {
        var model = Model("“The port is closed,” Ilse Brandt said, “and it will stay closed.”");
        Assert.Equal([0, 1], model.Frames.Select(f => f.QuotationIndex ?? -1).Order());
        Assert.All(model.Frames, f => Assert.Equal("Ilse Brandt", model.Excerpt(model.SpanOf(f.SourceStart, f.SourceHeadEnd))));
        Assert.All(model.Syntax.Quotations, q => Assert.Equal(Voice.Quoted, model.Voices[q.OpenToken + 1]));
    }

    [Fact]
    public void A_common_word_that_opens_a_sentence_is_no_name()
    {
        var model = Model("Research shows that tolls push drivers onto side streets.");
        Assert.DoesNotContain(model.Frames, f => f.Speaker is SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization);
        Assert.Contains("Brandt | NamedPerson", Sources("Brandt says that tolls push drivers onto side streets."));
    }

    [Fact]
    public void A_name_that_opens_a_sentence_is_told_from_a_common_word_by_how_the_document_writes_it()
    {
        // "Aviation" is written in lower case elsewhere, so "Aviation experts" names no body; "Harlow" is a name.
        Assert.Contains("Aviation experts | VagueCollective", Sources("Aviation experts say the engines are safe. Civil aviation is busy."));
        Assert.Contains("Harlow economists | AnonymousDescribed", Sources("Harlow economists say rates will rise. The report came from Harlow last week."));
    }

    [Theory]
    [InlineData("Ilse Brandt said the port was closed. She said it would reopen in June.", "she", "Ilse Brandt")]
    [InlineData("Critics say the port is closed. The mayor disagrees. They say it will stay shut.", "they", "Critics")]
    [InlineData("A Harlow Institute report found rents doubled. It said wages had not moved.", "it", "A Harlow Institute report")]
    [InlineData("Critics say the port is closed. Lena Moss said it would reopen. She added that the cranes were idle.", "she", "Lena Moss")]
    public void A_pronoun_source_refers_to_the_nearest_earlier_speaker_of_its_number(string text, string pronoun, string antecedent)
    {
        var model = Model(text);
        var frame = Assert.Single(model.Frames, f => model.Tokens[f.SourceStart].Norm == pronoun);
        var resolved = model.Frames[Assert.IsType<int>(frame.Antecedent)];
        Assert.Equal(antecedent, model.Excerpt(model.SpanOf(resolved.SourceStart, resolved.SourceHeadEnd)));
    }

    [Fact]
    public void A_pronoun_with_no_earlier_speaker_stays_unresolved()
    {
        var model = Model("The port is closed. He said it would reopen.");
        Assert.Null(Assert.Single(model.Frames).Antecedent);
    }

    [Fact]
    public void Reported_content_stops_where_a_contrast_clause_hands_back_to_the_writer()
    {
        const string text = "Some economists believe prices will rise, though others note that wheat is cheap.";
        var model = Model(text);
        var others = model.Tokens.ToList().FindIndex(t => t.Norm == "others");
        Assert.Equal(Voice.Author, model.Voices[others]);
        Assert.Equal("prices will rise", text[model.Frames[0].Content.Start..model.Frames[0].Content.End]);
    }

    // A speech verb in an adverbial clause of condition or time says when the writer's claim holds; it does not hand the
    // main clause to the speaker.
    [Theory]
    [InlineData("Even if the regulators say the dam is sound, the valley will flood within a decade.", "the dam is sound", "valley")]
    [InlineData("The levy is fair, but once critics say it is rushed, the council will lose its nerve.", "it is rushed", "nerve")]
    [InlineData("If the auditors claim the ferry pays its way, the county will cut the bus routes.", "the ferry pays its way", "routes")]
    public void A_speech_verb_in_an_opening_condition_reports_only_up_to_its_comma(string text, string content, string writers)
    {
        var model = Model(text);
        var frame = Assert.Single(model.Frames);
        Assert.Equal(content, text[frame.Content.Start..frame.Content.End]);
        Assert.Equal(Voice.Author, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == writers)]);
    }

    // Near misses: the speaker's words run past the condition — an "as" parenthetical credits the main clause, a condition
    // inside the reported clause is the speaker's, and a bare "when asked" opens no clause of its own.
    [Theory]
    [InlineData("If the minister is right, as she said on Friday, the harbour will close by spring.", "harbour")]
    [InlineData("The council says that if we wait, the river will flood.", "flood")]
    [InlineData("When asked, the mayor said the plan was the best in the county.", "best")]
    [InlineData("The minister said no decision had been made.", "decision")]
    public void A_report_around_or_before_a_condition_keeps_its_content(string text, string reported)
    {
        var model = Model(text);
        Assert.Single(model.Frames);
        Assert.Equal(Voice.Reported, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == reported)]);
    }

    [Fact]
    public void Content_of_a_comma_relative_ends_at_its_closing_comma()
    {
        const string text = "Residents, who say the port is too loud, have filed a complaint.";
        var model = Model(text);
        Assert.Equal("the port is too loud", text[model.Frames[0].Content.Start..model.Frames[0].Content.End]);
        Assert.Equal(Voice.Author, model.Voices[model.Tokens.ToList().FindIndex(t => t.Norm == "complaint")]);
    }

    [Fact]
    public void Reported_content_is_in_reported_voice_and_the_source_in_author_voice()
    {
        const string text = "Critics say the treaty hands Kestria a veto.";
        var model = Model(text);
        var veto = model.Tokens.ToList().FindIndex(t => t.Norm == "veto");
        Assert.Equal(Voice.Reported, model.Voices[veto]);
        Assert.Equal(Voice.Author, model.Voices[0]);
    }

    private static string[] SourcesWithOutlets(string text, params string[] outlets)
    {
        var lexicons = DocumentLexicons.Default with { Outlets = Rhetlint.Core.Lexicons.TermList.FromLines(outlets, keepCapitals: true) };
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText, lexicons);
        return [.. model.Frames.Select(f => $"{model.Excerpt(model.SpanOf(f.SourceStart, f.SourceHeadEnd))} | {f.Speaker}")];
    }

    [Theory]
    [InlineData("The mayor will resign, the Insider reported.", "the Insider | DefiniteRole", "the Insider | NamedOrganization")]
    [InlineData("Critics Weekly said the mayor will resign.", "Critics | VagueCollective", "Critics Weekly | NamedOrganization")]
    [InlineData("According to the Insider, the mayor will resign.", "the Insider | DefiniteRole", "the Insider | NamedOrganization")]
    public void A_configured_outlet_is_a_named_organization_whatever_its_words(string text, string without, string with)
    {
        Assert.Equal([without], Sources(text));
        Assert.Equal([with], SourcesWithOutlets(text, "The Insider", "Critics Weekly"));
    }
}
