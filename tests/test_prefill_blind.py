"""The supplier pre-fill graded on supplier texts written blind (tests/eval/prefill-blind.yaml).

Each case is a supplier text (datasheet table, press release, e-mail, brief) and the expected
option for every checklist step, ``null`` meaning the step must stay unanswered. The set was
written by a helper who never saw the pre-fill's code, and the pre-fill was then improved only
by general mechanisms, never by wording keyed to these texts. The test asserts the score as a
floor, so a change that loses a reading fails, and prints a per-text summary
(``pytest -s tests/test_prefill_blind.py``).

Scores (readings right / all readings; non-null readings right / non-null readings):

- first run, before any change made after reading the set: 61/64, non-null 48/50. Missed: a
  mixture sentence wrapped over two lines (line breaks of prose were read as sentence ends), a
  resistance phrase read from a placeholder row ("DCIR growth after cycling | -"), and a target
  market read as a vehicle test ("the ideal choice for electric vehicles");
- after general fixes (wrapped prose joined, a dropped row's phrases dropped with it, intended
  uses outside result sentences are not evidence): 64/64, non-null 50/50.

A second set (tests/eval/prefill-blind-2.yaml, 12 texts, 96 readings) was written blind the same
way in a later session, from the guide and knowledge/checklist.yaml only:

- first run, before any change made after reading it: 75/96, non-null 58/76;
- after general fixes: 93/96, non-null 74/76; after the third set's general fixes: 95/96, non-null 75/76.

A third set (tests/eval/prefill-blind-3.yaml, 12 texts, 96 readings) was written blind the same
way in the twelfth session:

- first run, before any change made after reading it: 74/96, non-null 69/89;
- after general fixes: 95/96, non-null 88/89. Quotes are cut from the supplier's own characters (not
  the NFKC-normalised text); a coating or interlayer is an anode's protection only where the text
  names lithium metal ("qualifying" wordings); the format the results were measured in outranks a
  product format (``from_results``; a table's result column or row); readiness and what is still in
  procurement are plans; resistance named at the start of life or without values is no growth;
  an operating window is no test condition; refusals in rows, numbered sections and "Label - ..."
  lines; tables laid out with spaces. The same fixes took the second set to 95/96 (75/76).
  Still missed then (resolved after the fourth set): "solid-state ... the architecture (all-solid vs.
  hybrid) can be disclosed only under NDA" read as the vague "solid-state" (red flag), not "not
  disclosed".

A fourth set (tests/eval/prefill-blind-4.yaml, 12 texts, 96 readings) was written blind the same
way in the thirteenth session:

- first run, before any change made after reading it: 88/96, non-null 81/87;
- after general fixes: 96/96, non-null 87/87. A resistance measure deferred ("I'd have to check",
  "to be confirmed") or a compliance mark beside a placeholder ("No | TBD") is no resistance figure;
  polymer hosts (PVDF-HFP, PMMA, ...) are polymer wordings, so an oxide filler in one reads as composite;
  "no liquid" and "it's all solid" in plain words, and a part said to be an element's symbol alone
  ("evaporated Li"), are read; a plan in a row about another step is no roadmap of the product; a
  questionnaire's answer is read under its question; a refusal withholds the noun it names, not a
  step whose word only qualifies it ("test conditions"); an explicit refusal outranks a step's fallback
  option unless the text says the fallback's words are all there is ("they only call them
  'solid-state'"), which resolves the third set's last miss (route not-disclosed under NDA) and keeps
  the second set's "unclear"; the alternatives of "whether X or Y" are not stated; a negated modal and
  a cell's "construction" are no plans. The same fixes took the second set to 96/96 (76/76, "can't
  comment on those" under "Production plans" no longer outweighed by a roadmap in the pressure row) and
  the third to 96/96 (89/89).

A fifth set (tests/eval/prefill-blind-5.yaml, 12 texts, 96 readings) was written blind the same
way in the fourteenth session:

- first run, before any change made after reading it: 82/96, non-null 75/88;
- after general fixes: 91/96, non-null 84/88. A question quoted in a reply ("> 4. Stack pressure?") is answered
  by the lines below it and a sub-numbered one ("Q4.3 ...") by its "A:" line, a bare "No." denying what it asks;
  a negation reaches over alternatives ("no coating or interlayer"); a requirement's number in its own cell is no
  label; where a row about a step states an option, rows about other steps are no evidence for it; the first
  sentence answering where results were obtained reports results, and the format said more of there wins; a
  label asking about readiness makes no plan of its value; a unit column is no value; a resistance measure
  still being run or withheld reports nothing; "capacity is still 93 %" is retention; goods "delivered ... to
  customers" are shipping; a row whose value opens with a date ("Pilot line: 2027") dates its label, no
  evidence it is there; "-30 ~ 60 °C" is a range. Left: two readings the guide leaves open (an anode-free
  cell with a silver-carbon interlayer read as protected lithium metal, where the set expects "another anode";
  a route withheld under NDA read as not disclosed, where the set expects unclear, as the fourth set's
  resolution reads it the other way) and three misses: an "Anode:" row's interlayer read for the pressure step,
  a slogan's "fast charging" outweighing "Test conditions: confidential", and a second product's pressure
  fixture in a reply about the first.

A sixth set (tests/eval/prefill-blind-6.yaml, 12 texts, 96 readings: stiff translations from German and
Korean, a figure only in a table footnote, a "rev. B" correction, "not needed" in several wordings) was
written blind the same way in the fifteenth session:

- first run, before any change made after reading it: 80/96, non-null 74/88;
- after general fixes: 96/96, non-null 88/88. A ruled side-by-side table is read for the product marked
  offered only, its cells aligned to the rule line's runs; a qualifying wording in a clause about the cathode,
  or in a row about another step (an "Anode:" row's interlayer for the pressure step), is that part's or step's;
  a family word qualifying an interlayer or coating is not the electrolyte, and a sentence naming a composite
  beside the families it mixes is a composite; a plan in a row's value qualifies its own sentence, samples as a
  verb's subject are samples, a pilot line being built is a plan; "percent" is a share and "free liquid" is
  liquid present (an alias's words in another order are no match); "give no information" and "no comment" are
  refusals; a line ending on a dangling word goes on in the next (a "rev. B" correction's coin cells report the
  results); a compliance "PC"/"C" beside a placeholder leaves it one; "60 Ah cells" are full-size cells; a row
  declining a step outweighs non-result mentions, and a refusal of the results' format leaves the product
  format no answer; where the answer to a row about a step states it, the text's words and numbers about that
  step outside such rows do not answer it. The same fixes took the fifth set to 94/96 (non-null 86/88): an
  "Anode:" row's interlayer, a slogan's "fast charging" against "Test conditions: confidential" and a second
  product's fixture in a reply's preamble are now read right. Left on the fifth set: the two readings the guide
  leaves open (an anode-free cell with a silver-carbon interlayer; a route withheld under NDA).

A seventh set (tests/eval/prefill-blind-7.yaml, 12 texts, 96 readings: a conference abstract, a LinkedIn-style
post, a support-chat transcript, a product table with one product offered, mixed metric and imperial units,
hedged claims) was written blind in the fifteenth session while the sixth set's fixes were made, and kept
closed (score only) until they were final:

- on the session's starting code: 79/96, non-null 76/90; first run on the code with the sixth set's fixes:
  79/96, non-null 76/90 (the same: the sixth set's fixes bought nothing on it);
- after general fixes: 96/96, non-null 90/90. A product the text marks not offered is not read in a table row
  opening with its model code nor in a block headed by a line that withdraws it; between two equally cautious
  formats named where results were reported, the wording that refines the other's wins (a "bilayer" or "10-layer"
  pouch is a multilayer stack); "we report" reports results; a cycle life to an end-of-life share is retention,
  "full-equivalent cycles" are a count, an arrow from a start value to a cycled one is growth, and a sentence
  labelling a placeholder ("DCIR growth: N/A.") states nothing; what a product "supports" is no test condition;
  samples or availability dated by a quarter are a roadmap; a chat question is answered by the next speaker's
  turn; a "hybrid" of two families is a composite. Sets 1-6 unchanged (set 5: 94/96, the two readings the guide
  leaves open).

An eighth set (tests/eval/prefill-blind-8.yaml, 12 texts, 96 readings: a trade-show flyer, meeting minutes, a
comparison web page, an SMS thread, decimal commas and space separators, a summary contradicted by its detail)
was written blind while set 7 was being fixed and kept closed until those fixes were final:

- on the code before set 7's fixes: 79/96, non-null 75/91; first run on the code with them: 79/96, non-null
  75/91 (the same again: like set 7, it brought forms the earlier fixes did not reach).
- after general fixes: 96/96, non-null 91/91, by broadening readings rather than adding narrow ones. Rates written
  as numbers in either decimal convention ("0,1 C", "C / 20", "0.1P") at C/10 or slower are slow, a decimal comma
  is no break in a row's value, and a tolerance ("25 ± 2 °C") leaves the nominal value; any line an unnumbered
  "Answer:" line follows is its question; "Proprietary" as a whole answer, and what a text says "is confidential",
  are declined; a datasheet row is read whole for a resistance measure that reports nothing ("on request"), one
  declared confidential reports nothing, "DCR" is a resistance measure and a share "left" is retention; "all solid"
  said, not asked, is the all-solid route; a heading withdrawing its product that goes on after its colon blanks
  its prose; "serial production" is series production, a target date and a roadmap row are plans; a glass's
  components joined by a middle dot are one formula, lithium titanate is another anode, and a formula is read as
  the formula alias closest to it. Sets 1-7 unchanged (set 5: 94/96, the two readings the guide leaves open).

A ninth set (tests/eval/prefill-blind-9.yaml, 12 texts, 96 readings: a procurement-portal export, a CTO's
blog post, a forwarded e-mail chain, footnote markers, numbers in words, claims in parentheses) was written
blind while set 8 was being fixed and kept closed until those fixes were final:

- on the code before set 8's fixes: 80/96, non-null 71/84; first run on the code with them: 82/96, non-null
  73/84.
- after general fixes (sixteenth session): 83/96, non-null 74/84. A row's label that names the mixture
  ("Composite electrolyte: X particles in Y") reads its value's families as mixed.

A tenth set (tests/eval/prefill-blind-10.yaml, 12 texts, 96 readings: a test-report summary, a founder's post,
an e-mail reply quoting the buyer's questions inline, numbers in unusual formats, a text offering one of two
products) was written blind in the sixteenth session from the guide and knowledge/checklist.yaml only:

- first run, on the fifteenth session's final code (7d71ac7): 89/96, non-null 84/91.
- after general fixes: 91/96, non-null 86/91. The doped garnets' acronyms (LLZTO, LLZAO, LLZGO) are oxides;
  a number of ten or more spelled in words ("twenty-five degrees C") is read as digits.

An eleventh set (tests/eval/prefill-blind-11.yaml, 12 texts, 96 readings: a conference abstract, a distributor's
listing, a sales-call transcript, footnote markers, an awkward translation) was written blind in the sixteenth
session and kept closed until the tenth set's fixes were final:

- on the code before those fixes: 84/96, non-null 79/91; first run on the code with them: 84/96, non-null 79/91.

A twelfth set (tests/eval/prefill-blind-12.yaml, 12 texts, 96 readings: a tender response form, a booth handout, a
LinkedIn post, a support chat, a bill of materials, an audit finding sheet, a grant report, a comparison table
against competitors, an SMS reply, an FAQ page, a Chinese-English bilingual spec sheet, a patent description) was
written blind the same way in the seventeenth session:

- first run 83/96, non-null 80/91.
- after general fixes: 91/96, non-null 88/91 (tests/test_prefill_twelfth.py). A bilingual row is read in its
  Latin part ("无需 / 0 MPa", "待定 / TBD"); "zero" in front of a thing is a "no" ("zero external stack
  pressure"); a note's shorthand "cyc" and "cap ret" counts cycles and names retention; a process temperature
  (formation, drying, sintering ...) in a clause naming no test is no test condition; a bill of materials'
  zero-padded position opens its row, and a "none" there denies its label whatever blanks the other columns
  hold; "micro-Si", "nano-Si", "porous Si", "pure Si" are silicon anodes; a negated place ("not on the KC-P60
  prismatic cell") denies the format named there. Still missed: a chat's retention given in an answer that also
  declines the test cell ("confidential ... the cells kept 80 %") is not read (the cycle count alone is); a refusal of
  end-of-test data under NDA also withholds the format and conditions of a text reporting no result; a patent's
  boilerplate list of families ("may comprise a sulfide, an oxide, ..., a polymer") outweighs its preferred
  garnet, and its comparative example's 3 MPa outweighs the interlayer that replaces pressure.

A thirteenth set (tests/eval/prefill-blind-13.yaml, 12 texts, 96 readings: an investor pitch transcript, a
request-for-information reply, a safety statement, a trade-magazine interview, a tab-separated spreadsheet, a
warranty sheet, a forwarded test memo, a webinar Q and A, a sustainability brochure, a terse e-mail, a specification
with footnotes, two generations of one product) was written blind the same way in the seventeenth session and kept
closed (score only, misses unread) until the twelfth set's fixes were final:

- first run 80/96, non-null 72/88, both on the starting code and after those fixes.
- after the fourteenth set's fixes: 81/96, non-null 73/88 (a warranty sheet's "without clamping").

A fourteenth set (tests/eval/prefill-blind-14.yaml, 12 texts, 96 readings: a conference abstract, a distributor
listing, an order acknowledgement, a certification summary, a shareholder Q and A, a video script, a German-English
summary, a crowdfunding page, meeting minutes, a chat thread, a product change notice, a quoted teardown note) was
written blind the same way in the eighteenth session:

- first run 75/96, non-null 63/78.
- after general fixes: 92/96, non-null 76/78 (tests/test_prefill_fourteenth.py). A fuzzy match keeps a word's first
  letter ("field data" is no "yield data"); a number after a word that numbers an item ("Item 30 Cycle-life ...") is
  no cycle count; a resistance measure "not measured" or whose data "cannot be shared" reports no growth; "without
  clamping", "no fixture", "free-standing" need no stack pressure, and one atmosphere called ambient is none applied;
  a refusal declining another refusal's words withholds no step by that alone, while a question fronted before a
  refusal ("Which format they tested, we can't say", "Asked for the test temperature, ... declined") or a bare title
  on the line above it is what it declines; the alternatives of "Is it X or Y?" are posed, and what someone asks for
  ("they want yield from the line") is not stated; the article "a" is no A-sample; "lab data" alone is one-off
  evidence; a semicolon parts the results of two sentences ("screened in pellet cells; the data come from stacks");
  the lines under a "Roadmap" or "Timeline" heading are plans; "no free or absorbed liquid" is none. The same fixes
  raised set 9 to 84/96 (non-null 75/84) and set 12 to 92/96 (non-null 89/91). Still missed: a crowdfunding page's
  route refusal is outweighed by its "next-generation" marketing (the fallback wins where the refusal is in another
  sentence); a customer's company name ("... Buses") reads as a vehicle test; an order acknowledgement reporting no
  result still reads its B-sample as the test format; and pouch cells taken out of a development vehicle read as the
  pouch format (the set expects the vehicle; debatable).

A sixteenth set (tests/eval/prefill-blind-16.yaml, 12 texts, 96 readings: a booth handout, a support ticket, a
procurement questionnaire, a customer newsletter, a quality-deviation report, a podcast transcript, a reseller's
comparison table, a packing note, a due-diligence summary, a research poster, a recall-free statement, a translated
Japanese-English brochure) was written blind the same way in the nineteenth session:

- first run 73/96, non-null 60/78.
- after general fixes: 96/96, non-null 78/78 (tests/test_prefill_sixteenth.py). A label a colon joins to a refusal
  inside prose ("Stack pressure during the test: confidential") is what is declined, and a label's words after a
  preposition only qualify it; what is given "only under NDA" is declined, and outweighs a bare cycle count; a
  refusal in an answer reaches no further than its sentence; a comparison table's column a row marks as not offered
  ("Not sold here, shown for comparison") is not read; what a thing "replaces" is not there; "0 MPa external stack
  pressure" is none; "87 % of the initial capacity" is retention, and "ionic liquid, less than 1 wt%" a share of
  liquid; a question states nothing of what it asks for ("What capacity and DCIR did they have?", "Is it fully
  solid, or ...?"); pressures in atmospheres and spelled numbers before a unit ("three and a half atmospheres");
  the answer to a question about a cycle count says where it came from; a few words after the cathode go on
  describing it ("cathode LFP, carbon-coated"), and a coating protects the lithium only near it; a restraint or
  confining pressure is a stack pressure, an unclamped cell has none; "mass-production-ready" is an adjective, a
  launch dated by its year a plan; the samples a packing or delivery note lists were sent to a customer; a resistance
  measure "not measured" denies resistance growth, whatever a teardown done for another reason suggests; a family
  word joined to "coated" names the coating's material ("LiPON-coated"), not the electrolyte. The same
  fixes raised set 5 to 95/96 (non-null 87/88), set 11 to 86/96 (81/91), set 12 to 93/96 (90/91), set 13 to 87/96
  (79/88) and set 15 to 82/96 (68/81).

A seventeenth set (tests/eval/prefill-blind-17.yaml, 12 texts, 96 readings, genres of its writer's choosing from
the same list of ideas) was written blind at the same time and kept closed (score only, misses unread) until the
sixteenth set's fixes were final:

- on the starting code 80/96, non-null 67/80.
- first run on the final code: 84/96, non-null 71/80.

An eighteenth set (tests/eval/prefill-blind-18.yaml, 12 texts, 96 readings: a marketplace listing, a supply
agreement, a reference letter, a lab invoice, a job advert, a forum post, a revision history, a benchmark blog, an
incoming-inspection form, an association profile, a forwarded escalation, a sales-call transcript) was written blind
the same way in the twentieth session, beside a nineteenth kept closed:

- first run 75/96, non-null 59/79.
- after general fixes: 95/96, non-null 78/79 (tests/test_prefill_twentieth.py), with set 17's misses read too
  (84 -> 96/96, non-null 80/80). A reply's words after its opening "No," are read; "not be required to apply X"
  denies X; "3 wt% ionic-liquid" is a share of liquid; a resistance measured at receipt, cancelled, refused,
  requested or "to be added" reports no growth, one "up 8 %" does; a pressure that made a part ("hot-pressed at
  5 MPa") is no stack pressure; "next year", what is being explored, and a line whose building the next clause plans
  are plans; "I don't know" is not disclosed, "X is not something we share", "X, including any Y, is confidential",
  "Test conditions: available under NDA" and "As for X - no comment" decline X; a bare noun asked about ("Stack
  pressure?") states nothing; a negation reaches over articles and numbers ("NOT the 40 Ah pouch B-samples"); "the
  1,200-cycle figure" reports results, "no cycle data yet" none; a series order is shipping; a part labelled in prose
  ("Cathode: ... with LiNbO3 coating.") owns its sentence; a laminate cell's layer count is a multilayer stack; an
  answer's "No -" ends its clause; "proprietary information" is a refusal; unticked boxes are no claim; a comparison
  column of a kind of product ("Typical LFP pack") or of others than the one the text calls "our X" is not read;
  what was replaced, or what the product "is now", supersedes earlier entries; "the lab only logged ..." is no "lab
  only" label; what "whatever" dismisses ("whatever the press releases say") is someone else's say. The same fixes
  raised set 9 to 85/96 (76/84), set 10 to 93/96 (88/91) and set 15 to 84/96 (70/81). Left: a protective coating the
  battery modules carry (against road salt) read as the lithium anode's protection.

A nineteenth set (tests/eval/prefill-blind-19.yaml, 12 texts, 96 readings: a company wiki page, a complaint
response, an award citation, a bid clarification log, an engineering change request, a regulatory filing, a
university press story, a training quiz, a manual's specification appendix, speaker notes, a voicemail transcript,
a product retirement notice) was kept closed (score only, misses unread) until the eighteenth set's fixes were final:

- on the starting code 78/96, non-null 60/76.
- first run on the final code: 78/96, non-null 61/76.
- after the twentieth set's fixes, its misses read too: 96/96, non-null 76/76 (see below).

A twentieth set (tests/eval/prefill-blind-20.yaml, 12 texts, 96 readings: a customs note, a supplier's self-assessment
scorecard, a sell sheet, a forum AMA, a consultant's memo, a roadmap slide, an errata sheet, an expo live blog, ...) was
written blind in the twentieth session, beside a twenty-first kept closed:

- first run 85/96, non-null 70/78.
- after general fixes (twenty-first session, tests/test_prefill_twenty_first.py): 95/96, non-null 78/78, with set 19's
  misses read too (78 -> 96/96). A word of a fuzzy phrase must itself be close ("pressure figure" is no "pressure
  fixture"); a title's full stop ("Dr.", "approx.", "no. 7") ends no sentence, and "On X," or "About X," fronts a topic
  a refusal declines; a scorecard cell that declines stays a refusal beside blank cells; a growth "after cycling"
  withholds the growth, not the cycling conditions; goods "delivered to" someone report no result; "not going to talk
  about X" declines X, and a refusal pointing back with a pronoun ("That is internal information we cannot share")
  declines the question put or reported before it, a fronted "whether X, A or B, that's ..." whole; a label and its
  "none" inside a line deny the label, and a row's "none" denies it in its first sentence only; a table column of what
  is planned or targeted ("2028 TARGET") is not the product, an errata table's "Reads" column and an "Old:" line are
  superseded by "Should read" and "New:"; between equally cautious options a figure the text states outweighs words
  alone (an interlayer that "lets us run at 0.5 MPa" still needs pressure); what someone only suspects ("we suspect a
  sulfide") is no claim; pre-orders are an announcement; what a "removal of" removes, or a thing is "free" of, is not
  there; an interlayer "coated on" the foil is an interlayer; a cycle count "reached: 200 of 200" is a count; a refusal
  in a later sentence of a line a colon made a row keeps the row's label, and words before a colon that make a clause
  with a verb ("Our cell uses an anode-free design:") are prose; work at laboratory scale is one-off evidence, unless a
  refusal in the step's answer, or one declining an option's own words ("line yield ... confidential"), withholds
  more; pressures in kilopascals written out; a quiz's choices are posed, only the one its answer picks is stated; the
  sentences about a product the text retires are not read, and what is "on our roadmap" is planned; a table line with
  its first cell empty goes on with the row above; a chat turn with its time after the name is a turn; where capacity
  stands after cycling ("we were at about 80 percent capacity", "capacity is maintained 90 %") is retention, and "room
  temp" is room temperature; a gigafactory named or planned is an announcement; a form's choices in parentheses after
  its label ("(all-solid-state / semi-solid / other):") are offered, not stated, a "graphite/Si" blend is a silicon
  anode, and deliveries to integrators are shipping; a value with its unit in the next table cell ("140 | °F") is read
  in that unit, and a per-area unit cell ("Ω·cm²") beside a placeholder leaves the row no claim; what is "shared with
  customers only under NDA" is declined. The same fixes raised set 9 to 87/96 (78/84), set 11 to 91/96 (86/91), set
  12 to 94/96, set 13 to 94/96 (86/88) and set 15 to 87/96 (73/81).
  Left: a consultant's "Arcturus did not name the electrolyte family" read as not disclosed (the set expects the step
  open; the checklist's own "not stated" / "didn't say" wordings are its not-disclosed option).

A twenty-first set (tests/eval/prefill-blind-21.yaml, 12 texts, 96 readings: a quality manual, an onboarding
checklist, a trade-press correction, a CTO article, a sample box label, an insurer questionnaire, a radio interview,
a distributor memo, a broken-English FAQ, a generations note, ...):

- first run 80/96, non-null 66/80.
- after general fixes (tests/test_prefill_twenty_first_b.py): 86/96, non-null 71/80. One atmosphere called "normal
  air" or "barometric" pressure is none applied; an unticked box before a label with its own answer is a form item,
  not a choice not made; a temperature not to be passed ("do not crush, disassemble or heat above 60 °C") is a limit,
  and storage advice ("Storage: 15-25 °C") no test condition; a row labelled with a making step ("Formation: ...")
  holds that step's temperature; a one-line sentence "for comparison" naming only a product set beside describes it;
  a refusal followed by "no further answer" is still the row's value; a start in the present with a year ahead
  ("mass production starts in 2028") is a timetable; a prototype car is a vehicle test. The same fixes raised set 11
  to 92/96 (87/91).
- after the twenty-second session's fixes (tests/test_prefill_twenty_second.py): 96/96, non-null 80/80.

A twenty-second set (tests/eval/prefill-blind-22.yaml, 12 texts, 96 readings: a technical bulletin, a shareholder
letter, a WhatsApp thread, a trade-fair interview, a pilot-line tour report, ...):

- first run 90/96, non-null 74/78.
- after general fixes (tests/test_prefill_twenty_second.py, with set 21's ten misses): 96/96, non-null 78/78. A share
  of capacity "still" there after cycling is retention; what is kept "to ourselves" or "under wraps" is declined, and
  whom a secret is kept among ("confidential to the customer programme") is not what is withheld; a question's later
  clause ("..., and what stack pressure?") asks for what it names; a refusal answering "At what temperature do you
  test?" declines the temperature, not the testing the question takes for granted; cells said to run in a vehicle
  were tested in it (not what ran in two places, nor a place named beside another); a refusal of a step by its own
  name ("the stack pressure used is confidential") outweighs words said only of another step's subject ("the lithium
  anode gets a buffer layer"); a current collector is a part no step asks about, so its coating is not the lithium's;
  a refusal of the route later in the paragraph that calls the cell "solid-state" withholds the route; a family word
  qualifying a buffer layer or a skin names that layer's material; a slow rate of a making step ("Formation: two
  cycles at C/20") and a resistance measured after formation are no test condition and no growth; a sentence the
  next one takes back ("That was our own assumption") is no claim; a product's own "reference data" are its figures;
  what an earlier generation did ("Gen 1 had to be held at 60 °C", "our first coin cells in 2019"), in a text that
  says what the product is now, is history; a resistance growth "not presented", or the supplier's still "to send",
  reports none. The same fixes raised set 14 to 93/96 (77/78) and set 15 to 88/96 (74/81).

A twenty-third set (tests/eval/prefill-blind-23.yaml, 12 texts, 96 readings: a battery passport, a rival's teardown
note, a sales-training slide, a struck-through datasheet revision, a beta-programme summary, an analyst call, a
packaging insert, a panel transcript, ...):

- first run 81/96, non-null 64/78.
- after general fixes (tests/test_prefill_twenty_second_b.py): 95/96, non-null 77/78. Goods delivered to riders,
  households or drivers, a product "placed on the market" and packs bought from retailers are shipping; a question's
  later clause put outright ("... - is there any liquid or gel phase?") or opened by a preposition ("and with which
  protection concept?") states nothing; text struck through (~~...~~), a sentence withdrawing what it names and a
  value that is all remark ("(withdrawn; re-test pending)") are no claims; a polymer swollen with a liquid is partly
  liquid; a wording the text forbids ("Never say: ...") is mentioned, not claimed; "we measured capacity only" is
  retention only; a bilingual line with the same figures in both halves is read once; a distance travelled in use
  ("212,000 km logged") is a field test; a remark about the field in general ("Most ... cells in papers run at 5 MPa")
  is no claim, and layers counted in words ("five-layer") a multilayer build; a glass-ceramic names no family; a
  table checking claims against findings is read in its findings; what someone "has not released" is withheld; a
  temperature the cell reached ("max. surface temperature 68 °C") is no test condition. The same fixes raised set 9
  to 88/96 (79/84), set 11 to 93/96 (88/91), set 13 to 95/96 (87/88) and set 15 to 89/96 (75/81). Left: the panel's
  pressure (an answer to "The anode?" whose second sentence, about clamping, is read under that question).

A twenty-fourth set (tests/eval/prefill-blind-24.yaml, 12 texts, 96 readings: a tender scorecard, a dangerous-goods
declaration, a cell-matching report, a lab round-robin, a negotiation thread, an MoU, an association fact sheet, a
shelf-talker, an earnings release, a self-assessment form, ...):

- first run 78/96, non-null 65/76.
- after general fixes (tests/test_prefill_twenty_third.py): 96/96, non-null 76/76. A transport temperature is advice,
  not a test condition; cycles counted down to a share ("3,000 cycles to 70 %") are retention, unless it is a depth
  of discharge; a resistance recorded but "not compared" reports none, an ACIR rise does; thousands of products sold
  is shipping; flight hours or hours in the field are a field test; a figure a planned study will vary is not what
  the results needed; a refused subject parted by an aside, or wrapped before a capitalised name, is still withheld;
  an association's members in general are the field; "shipping" as one consignment's freight ("proper shipping
  name") is no volume; a form's question cell with a colon labels its answer; slash-paired items with a placeholder
  are unanswered; a "test vehicle" that is a cell names that cell; each item of a list a request opens is asked for,
  and a quoted e-mail sentence wrapped over lines is read whole; close words in another order ("cell stack") are
  another thing; cells "not clamped" need no clamping, and an interlayer said to be why answers the pressure step.
  The same fixes raised set 23 to 96/96 (78/78). Further general fixes for the misses left on earlier sets: a start
  of production dated by its year ("SOP 2030") is a schedule; a plant still "to build" or "to break ground" is a
  plan; samples counted after their label were shipped samples; "µSi" is micro-silicon; "Your question" / "Our
  answer" pair as Q and A; a safety test's temperatures and cycles are no test condition and no cycle life, and
  results "outside the scope" of a report are not reported; "composite" alone in an anode row is the anode's; a
  document's confidentiality marking declines nothing; "Slide 6 - Roadmap" heads a plan; slash-paired table items
  take their label item's bracketed unit ("Test temperature [°C] / C-rate | 25 / 0.5C"); "the anode composition"
  refused is the anode's; a hyphenated "ionic-liquid" is liquid; samples "on their way to" customers were sent; a
  comparative example's cell is not the product; a claim someone "says otherwise" about is disputed; cells that "came
  out of" a vehicle were tested in it. Set 9 rose to 95/96 (83/84), set 10 to 96/96 (91/91), set 11 to 96/96
  (91/91), set 12 to 95/96 (91/91), set 13 to 96/96 (88/88), set 14 to 94/96 (78/78), set 15 to 92/96 (77/81).

A twenty-fifth set (tests/eval/prefill-blind-25.yaml, 12 texts, 96 readings: an import-licence application, a cell
grading certificate, a classification society's letter, a hackathon write-up, a webinar recap with polls, a translated
Japanese spec note, ...):

- first run 89/96, non-null 70/77 (on 734fe86); 88/96 on the code after set 24's fixes, whose "ACIR" wording read a
  grading certificate's incoming ACIR as resistance growth.
- after general fixes (tests/test_prefill_twenty_third_b.py): 96/96, non-null 77/77. A resistance in a text saying
  no cycling was performed is no growth; the "negative electrode" is the anode (the knowledge's `other_names`);
  whose information a refusal withholds ("the manufacturer's confidential information") is not what it withholds;
  declining "to state" how many products were produced or delivered withholds the production evidence; cells
  "hand-made" are one-off cells, "for now" is a time, not a purpose, and what a supplier is "talking to" a party
  about is a plan; a variant "tried" and given up is not the product; an audience poll is opinion; a quoted gloss
  of a term in another script is that term, and a "not" ending a wrapped line of prose denies what follows it.
  Further general fixes for earlier sets: cells "from the production line" are no pilot line; a coating "against
  road salt" protects a housing, not the lithium; results of "those pouch cells" are of the cells as first
  described. Set 9 rose to 96/96 (84/84), set 15 to 93/96 (78/81), set 18 to 96/96 (79/79).

A twenty-sixth set (tests/eval/prefill-blind-26.yaml, 12 texts, 96 readings: a drone teardown thread, a lab's
accreditation scope, a translated Korean press note, a tender clarification call, an environmental permit notice, a
customer 8D report, ...):

- first run 81/96, non-null 62/73 (on 5b56469).
- after general fixes (tests/test_prefill_twenty_fourth.py): 96/96, non-null 73/73. A thing said by a copula to be
  "proprietary" or "secret" is withheld; a share kept "or more" is retention; what is to be done "by" a year is a
  target; "coated" before another noun ("epoxy-coated steel drums") coats that thing; a plant's "start of operation"
  dated ahead is a schedule; samples that "went to" customers, an aside between, were sent; a row declining one
  kind of evidence ("Yield: not discussed") leaves the rest; a plan in a clause joined by "and" plans its own thing;
  a refusal under "Reply:" declines what the question before it asks for; what an observer "couldn't tell if" is
  neither refused nor claimed; a list under a heading of capabilities reports no result; what "the development of"
  names is no intended use. No other set moved.

A twenty-seventh set (tests/eval/prefill-blind-27.yaml, 12 texts, 96 readings: a BESS container specification, a
warranty rejection letter, a competitor cross-reference, a grant milestone report, translated Chinese datasheet notes,
a drone pilot's evaluation, a standards comment sheet, a van ride-along log, ...):

- first run 79/96, non-null 63/79 (on 5b56469).
- after general fixes (tests/test_prefill_twenty_fourth_b.py): 91/96, non-null 74/79. A resistance measure the tester
  says they did not take ("we did not measure internal resistance") denies resistance reported, and one put off to a
  later period ("impedance tracking moved to period 4") reports nothing yet; a pack run in a test van, a truck or a
  drone, or counted in flight cycles, was tested in the field; the "for" of thanks or apology ("thank you for
  returning the solid-state modules") names what was given, not an intended use; "both" or "they" after a reported
  question withholds what it asked for, whom it is kept from aside; a translation's original term in parentheses
  ("Mass production (量产) planned") is read past; whoever a thing is given to under NDA ("given to the committee
  only under NDA") is read past; a table's column of the buyer's own current part ("Your current cell: ...") is
  not the offer. No other set moved.
- after general fixes for its five misses in session twenty-five (tests/test_prefill_twenty_fifth_a.py, with set 28's):
  96/96, non-null 79/79. A pressure of nought that ends its clause ("no external fixture pressure (0 MPa)") is no
  pressure; a force and the area it is applied to ("300 kgf applied to the 100 mm x 80 mm face") are a pressure; a
  part's label in prose that ends its line ("Cathode:" over "NMC811 with a LiNbO3 coating.") goes on in the next;
  where no format is named in the sentences reporting results, the one named in the numbered section reporting them
  ("3. Field reference ... in service since ...") is where they came from; what a standard's clause is said to
  require ("Clause 7.3 requires ... at 1 MPa"), and the quoted words an editing instruction moves, are the
  document's, not the product's.

A twenty-eighth set (tests/eval/prefill-blind-28.yaml, 12 texts, 96 readings: a fleet-telematics export, a cell-swap
compatibility matrix, a product-liability insurance annex, a distributor price-list footnote, a battery-passport
landing page, a letter after a tender debrief, an engineering forum thread, an R&D KPI table, a dealer training
handout, a trade-show press kit, an EU declaration of conformity, a reply to a rejected sample):

- first run 82/96, non-null 68/80 (on 484b4e8).
- after general fixes (tests/test_prefill_twenty_fifth_a.py): 94/96, non-null 78/80. A model code whose letters happen
  to be element symbols is no formula where a part of it is a number alone ("KSB-21700" reads its 21700 cell size);
  no compression on the stack is no stack pressure; the date or timeline of production ("a series production date has
  not been announced") is its schedule, and a plant's commissioning or construction dated by a year or quarter is a
  roadmap; a later item of a question's list ("What about capacity after cycling and impedance?") is asked too; a
  statement a reply disowns ("Not our data"), past the questions put with it, is no claim; "between 0 and 45 °C" is a
  window; e-mail and web addresses and firms' registered names ("Meridian SSB Ltd.") are no route claim; information
  called proprietary is withheld wherever it stands in its line, and a label before a refusal is counted by the words
  that name something (not its articles, prepositions and a standard's number); the target for the period an actual
  column reports ("Target Q3" beside "Actual Q3") names what the actual figure alone was measured on (its words
  stand, its figures do not). No other set moved. Left, both judged against the set: a "Cycle life (rated): 1,500
  cycles to 80 % SoH" read as retention, where the set expects a headline count, because set 24 expects the same form
  ("rated for 3,000 cycles to 70 % capacity") read as retention and holds 96/96 on it (resolved with set 32: a
  cycle life a row's label calls rated is a headline, 95/96, 79/80); and a reply whose only word on
  manufacturing is "Yield figures for the sample line are confidential", read as not disclosed, where the set
  expects a pilot line from a sample lot the customer rejected (the delivery is implied, not stated, and a refusal
  of an option's own words withholds more than a fallback). The same session's fixes for set 27's misses (see above)
  took set 27 to 96/96; set 28 did not move with them.

A twenty-ninth set (tests/eval/prefill-blind-29.yaml, 12 texts, 96 readings: a supplier onboarding portal form, a
keynote's slide notes, a cell-aging abstract, a B2B marketplace listing, a due-diligence checklist's answers, a pilot
plant's visitor brochure, a Spanish-English spec sheet, a vendor risk report, a podcast's show notes, a bill of lading,
a customer-success story, a white paper excerpt):

- first run 87/96, non-null 66/71 (on 7f42ed4).
- after general fixes (tests/test_prefill_twenty_fifth_b.py): 96/96, non-null 71/71. A form's field number in a column
  of its own ("Item 4 | Anode ........ n/a", a table laid out with spaces) is no label: the row after it is read as a
  row of its own, its dot leader and placeholder or refusal with it (the word "Field" no longer reads as a field test
  withheld); whose NDA a thing is kept under ("withheld (client NDA)") names a party, not what is withheld; a numbered
  question ("D4 Which anode is used?", "4. Cell format?") is answered by the lines below it that are neither numbered
  nor questions, so a "Confidential." there withholds what it asks; a distance run ("250,000 km to date", "95,000
  miles"), not one from a place, weighs where results came from as a cycle count does, so a fleet's buses outweigh a
  product format named without a result (a refusal of the results' format is still not set against it); a
  temperature the setting reaches ("the asphalt reaches 55 °C") is no test condition, and a storage or transport
  label in prose ("Fragile. Temperature in transit: 0-40 °C.") labels the value after its colon. Nothing left;
  every expected reading was judged the guide's careful one. No other set moved.

A thirtieth set (tests/eval/prefill-blind-30.yaml, 12 texts, 96 readings: a municipal tender Q&A log, a cycling lab's
data-sharing note, an OEM quality-gate summary, an industry-award entry form, a sustainability questionnaire, a
trade-mission brief, an expo follow-up e-mail, a French-English brochure, a loan agreement annex, a distributor's
chatbot transcript, a reply to a journalist's fact check, a tech-transfer licensing offer):

- first run 85/96, non-null 70/81 (on 7cd105a).
- after general fixes (tests/test_prefill_twenty_sixth.py): 96/96, non-null 81/81. A log's answer naming who gave it
  in brackets ("A16 (Supplier): TBD") answers its question, so a placeholder there makes the pair no claim; a label
  alone on its line ("5. Production status:") labels the value set below it (the choices it offers in brackets blanked
  first), and a form's "cell technology" is the route; a CDA, a confidentiality, (non-)disclosure or secrecy agreement
  is an NDA; interfacial, interface and ohmic resistance are resistance measures (given at the start and after
  cycling, a growth; "at the start" alone, none), and a resistance change said in words alone ("a slight increase",
  no figure in its clause) reports none; of a bilingual line with the same figures in both halves, the English half
  is read, whichever comes first; data dated by a time in use ("after 18 months of fleet operation") are data after
  cycling, and a refusal's words after a preposition that only say which data ("... of fleet operation") do not
  withhold the step they name; a statement quoted to open its line that the reply corrects or declines ('"..." -
  Please correct: ...', "- We do not comment ...") is someone else's, no claim; a clause an aside in brackets parted
  from the rest naming a part no step asks about ("The coating (LiNbO3) is on the cathode particles") is about that
  part; a word sharing a title's stem ("Manufacturing readiness"; not one naming who does it, "manufacturer") names the
  step by its title, so a row declining it outweighs what the text says of it elsewhere (a team's past shipping).
  Nothing left; every expected reading was judged the guide's careful one. No other set moved.

A thirty-first set (tests/eval/prefill-blind-31.yaml, 12 texts, 96 readings: a library makerspace's equipment note, an
insurer's bulletin, a rail RFQ, a community teardown wiki page, a spin-out's one-pager, a ferry's marine condition
survey, a supplier-day report, a technology-scouting memo, a binding-tariff request to customs, a port's equipment
approval form, an academic survey's questionnaire, a battery-swap kiosk tender):

- first run 84/96, non-null 63/71 (on 46e8c5c; its pre-fill code is that of ccd74c4, which scores the same).
- after general fixes (tests/test_prefill_twenty_sixth_b.py): 91/96, non-null 68/71. A question numbered with a "Q"
  ("Q2. Electrolyte family?") and no "A" mark below it is answered by the lines below it, as "4. Cell format?" is; a
  verb of refusing that ends its clause ("the maker declined", "would not answer") declines the question its sentence
  opens on ("Asked for the yield, ..."; a section number before it passed over) or the one reported in the sentence
  before ("We asked whether ..."); a form's field number ("Field 8  ...") is no word of its row's label, so a long
  label before a dot leader is still a row; a vehicle's name before a fitting ("a car socket") and a layered make-up
  before a wrapping ("a multilayer thin-film barrier") only say which fitting or wrapping it is; a field trial is a
  field test. No other set moved. Left: a "Rated cycle life: ... cycles to 80 %" read as retention where the set
  expects a headline count, judged against the set as set 28's same form was (set 24 expects that form read as
  retention; resolved with set 32: a cycle life a row's label calls rated is a headline, 92/96, 69/71); a teardown
  wiki's third-party finding of a solvent-swollen gel, which the set reads as outweighing the
  maker's "all-solid-state" headline (the pre-fill does not weigh who found what against a claim), and the same
  text's product pouch and a drying sample's mass loss read as a result format and data after cycling; a "10-layer
  stacked cell ... in an ordinary pouch bag" read as a pouch where the set expects the stack (the bag is its
  packaging). The last three were not reached before the deadline; the set's readings of them were judged careful.
- session twenty-nine (tests/test_prefill_twenty_ninth.py, see set 35): 95/96, non-null 71/71. A bag a cell is packed
  in is its packaging (the stacked cell in a pouch bag); a polymer swollen with a solvent holds a liquid (the
  teardown's gel, semi-solid); a teardown or post-mortem in a text that says nothing of cycling inspects a product as
  sold, no measurement after cycling. Left: the teardown wiki's product pouch, read as the format where the set
  expects the step open because no result is reported (see set 35 on this form, which the sets read both ways).

A thirty-second set (tests/eval/prefill-blind-32.yaml, 12 texts, 96 readings: a solar farm's O&M site-visit note, a
hospital's purchase justification, a drone-racing league's rule clarification, an e-scooter tender FAQ, a college's
lab-equipment quote, a mining-camp microgrid letter, a telematics partner sheet, a trade-press Q&A column, a municipal
e-bus pilot report, a demo-day pitch script, a distributor's stock notice, an expedition outfitter's gear bulletin):

- first run 88/96, non-null 70/76 (on 74c2b21, the final pre-fill code after set 31).
- after general fixes (tests/test_prefill_twenty_seventh.py): 96/96, non-null 76/76. Cells assembled by hand are
  one-off cells (knowledge wording, beside "built by hand"); a protective threshold ("alarm above 55 °C", a shutdown,
  a cut-off, in prose or a row's label) is no test condition; a temperature range reaching below freezing ("-8 °C to
  +31 °C" at a depot) is a window, whatever its upper end, so a refusal of the test conditions stands; how long a site
  or a fleet has been in service ("in service since March 2024") weighs where results came from, as a distance run
  does, so a product format quoted apart from the results is not where they were measured; a "how" question asks for
  the amount it names ("How much capacity was left?") or how what it names changed ("how did the impedance
  evolve?"), stating neither, and the end-of-test data are another name of what was measured after cycling (knowledge
  other_names, the guide's follow-up wording), so "We don't share end-of-test data" declines the step; a refusal of
  whether the cell holds "any liquid or gel electrolyte" withholds the route, not the electrolyte family (a step's
  subject word ending another step's option wording is that step's); a refusal of the step in a later item of a
  bulleted list outranks a fallback read in an earlier item ("- Lab result: ..." then "- How many have been made?
  Production volumes are confidential"), as a later sentence of a paragraph does; a cycle life a row's label calls
  rated or warranted ("Cycle life (rated): 1,000 cycles to 80 % capacity") is a rating, its share the end-of-life
  criterion, so the count is a headline. The last took set 28 to 95/96 (79/80) and set 31 to 92/96 (69/71): their
  "Cycle life (rated)" and "Rated cycle life" rows, judged against those sets earlier because set 24 expects "the
  module is rated for 3,000 cycles to 70 % capacity (rating test at 25 °C ...)" read as retention, now read as this
  set's header and theirs expect. Set 24's reading (prose, with the rating test that was run beside it) is kept as
  that set expects, though the three later sets read a rating as a headline whatever its form; it is the one
  disagreement left between the sets on this form. No other set moved. Nothing left on set 32; every expected
  reading was judged the guide's careful one.

A thirty-third set (tests/eval/prefill-blind-33.yaml, 12 texts, 96 readings: a yacht's specification addendum, a
standards liaison statement, a fire brigade's equipment evaluation note, a power station's draft marketing page, a
robotics challenge sponsor's letter, a telecom tender's bidder clarifications, a marina's shore-power offer, a safety
data sheet, a medical design-history excerpt, a drone dealer's bulletin, a museum exhibit label, a CubeSat interface
control document):

- first run 84/96, non-null 60/72 (on c4c2a6c, whose pre-fill code is that of 5b8ac46 and of the session start
  74c2b21, which score the same).
- after general fixes (tests/test_prefill_twenty_seventh_b.py): 92/96, non-null 68/72. A vessel's sea or boat trial
  is a field test (knowledge wording); a capacity a row or a clause dates after cycling or a trial, given as a share
  ("Capacity after 250 cycles: 93,5 %", "capacity check after the trial: 96 % of nominal"), is retention, not a
  headline; a label after a sentence on its line ("We asked about X. Answer:") is the last sentence's alone, so its
  value on the next line answers it and a refusal there declines what was asked; a refusal of the electrolyte
  architecture declines the route (knowledge other_names); a two-column table's value cell wrapped onto a row with an
  empty first cell ("| | resistance +18 % |") is read with its row; a heading alone on its line over a table laid out
  with spaces labels none of its rows alone, though the first row's gap is too narrow to read as a border; thousands
  of products counted as delivered or shipped are shipping, whoever they went to (not a power, cycles or samples). No
  other set moved. Left, all judged the guide's careful reading but not reached before the deadline: a museum
  label's cell that "has no anode when it is made", which the set reads as anode-free (a code rule for it was tried
  and dropped: the checklist code may carry no subject words, so it needs a knowledge wording that does not also
  match "has no anode tab"); a gel electrolyte "filled with" an oxide's ceramic particles, read as the oxide where the
  set expects a composite; a drone bulletin's current semi-solid packs beside the all-solid-state packs "announced"
  for a later season, read as all-solid-state; and a draft page's pre-orders for a product that "ships" next year,
  read as shipping where the set expects announcements only.
- session twenty-eight (tests/test_prefill_twenty_eighth.py): 93/96, non-null 69/72. A present-tense "ships" with a
  date after it in its clause ("Ships March 2027", "we ship from H1 2028") is a timetable, a plan, not shipping
  (not "has shipped since 2023"). No other set moved.
- session twenty-nine (tests/test_prefill_twenty_ninth.py, see set 35): 95/96, non-null 71/72. What is announced for
  a date ahead is a plan (the drone bulletin's packs), and a part a product is made without is a design free of it
  (the museum label's cell). Left: the gel "filled with" LATP particles (see set 35 for the reverted wording).

A thirty-fourth set (tests/eval/prefill-blind-34.yaml, 12 texts, 96 readings: an agricultural cooperative's purchasing
bulletin, a defence offset proposal, a spare-parts catalogue page, a ski resort's snowcat equipment brief, a satellite
operator's lessons-learned note, a wind-turbine pitch-backup datasheet, a forklift retrofit proposal, a theatre
lighting rental note, a customs broker's classification e-mail, a bicycle-courier cooperative's trial diary, a
lighthouse authority's maintenance memo, a start-up's changelog page), written blind in session twenty-eight:

- first run 85/96, non-null 65/73 (on ceaf3cc, whose pre-fill code is that of 33227fc; the session start 6d7439b
  scores the same). Not read: kept closed for the next round. Session twenty-nine: the same 85/96 (65/73) after set
  35's mechanisms; still closed.
- session thirty-one (tests/test_prefill_thirty_first.py, opened after set 39 was done; set 39's mechanisms left it at
  85/96): 94/96, non-null 71/73. A refusal's word as an adjective between a determiner and the thing named ("onto a
  proprietary silver-carbon interlayer") is no refusal of its row, so the label's "Anode-free design" answers the
  anode; a heading over what is still to come ("Coming in v3.0 (planned 2027)", "Upcoming:", "Next release") makes the
  lines under it plans (the changelog's pilot line and its promised resistance data); a temperature range said to
  spread ("ranges from 2 °C to 30 °C over the year", "varies between ...") is a window whatever its ends, and a
  temperature named in words in a window's clause ("Lantern room temperature ...") names that window; UTVs, ATVs and
  cargo bikes are vehicles (knowledge wordings: the co-op's member trial is a field test); an imperative of demanding
  opening a clause ("3. Require impedance after cycling, not only capacity") asks for what follows and states
  nothing; a clause whose subject is a part no step asks about, with a verb saying what it is or became ("Catholyte
  switched from a sulfide to a halide", "The catholyte is a sulfide"), describes that part as a row labelled with it
  does; what follows "until" or "pending" in a refusal says when the thing withheld will be given ("confidential until
  the customer sign-off" declines no manufacturing evidence); production said to be growing with nothing to show how
  much ("production is being scaled", "scaling up") is an announcement (knowledge wordings). No other set moved.
  Left, for want of a rule that keeps the other sets: the courier diary's cargo-bike field test, read as the A-sample
  pouch format (the results sentence names "the three bikes", and a bare "bikes" wording read a warranty card's
  "E-BIKES" brand in set 37 as a vehicle); the rental note's "next-generation solid battery" in a clause that plans the
  offer ("From next spring ... will offer"), dropped as a plan where the set reads the route unclear (keeping a
  fallback option named in a plan, tried, lost sets 21 and 25 one reading each).

A thirty-fifth set (tests/eval/prefill-blind-35.yaml, 12 texts, 96 readings: an e-waste recycler's acceptance
criteria answered by a cell maker, a hotel chain's storage pilot summary, a tool-rental catalogue, a water utility's
SCADA backup quote, a sailing club's gear review, a careers-fair stand Q and A, an auction lot, a patent licence
term-sheet annex, a vendor-neutral buyer's guide, a drone-delivery incident summary, a university framework lot, a
freight forwarder's lithium shipping advisory), written blind in session twenty-eight:

- first run 81/96, non-null 65/76 (on 33227fc; the session start 6d7439b scores the same). A helper set to read it
  reached it too late to change anything, but listed its fifteen misses at the session's close: set 35 has been
  read, a development set for the next round (set 34 is still closed). The misses, by kind: refusals not read
  ("proprietary", "commercially sensitive", withheld temperatures, a declined route); a refusal read where none was
  made (an answer that did not come in time); field use (service at customer sites, a season aboard a boat) not read
  as a field test; a product's 21700 format read as the test format; a component of a product not offered read as
  the product's; and four single readings.
- session twenty-nine (tests/test_prefill_twenty_ninth.py): 94/96, non-null 76/76. An instruction to the reader not to
  release or give a thing ("Please do not release the bolts outside a dry room"; without "please", the thing named
  after the verb) declines nothing; lithium metal named only in a question its answer denies ("Do you use lithium
  metal?" "No lithium foil at all ...") names no lithium an interlayer could protect, so an anode-free cell's
  interlayer on the copper is no protection; a resistance measure its tester had no means to take, named right after
  ("no way to measure internal resistance"), was not measured; a refusal in a bracketed aside withholds what the word
  before the bracket names, not the rest of its sentence ("gel electrolyte (the formulation is proprietary information
  ...), graphite anode, 280 Ah prismatic cells" withholds the electrolyte, states the anode and the format), and a
  refusal word ending the aside declines the aside's words before it that name a step's subject ("(stack pressure
  confidential)"); products installed or deployed at sites since a date or for a time are in service there, where
  results come from; time spent aboard or at sea ("days aboard") is a field test (knowledge wording; each unit of time
  named once, so that no week or month names the format's subject); how many products are made, asked in the present
  ("how many units they build a year"), counts production, a fronted question keeps the words read from it, and what
  is "commercially sensitive" is withheld; an answer that did not come in time or by a deadline is no refusal; what is
  "not reproduced here" is withheld, and a word of a step's subject opening a hyphened compound before another step's
  title word ("Flight-log temperatures") only says which; alternatives a label offers in parentheses joined by "or"
  before its colon ("Cell architecture (all-solid-state or semi-solid, ...): declined") are not stated; a product "not
  yet orderable" (or offered) is not the one offered, and a sentence marking two products is read code by code;
  thousands of products a customer took into its fleet or bought were delivered in volume; what is announced for a
  date ahead ("announced all-solid-state packs for the 2028 season") is a plan; a part a product is made without ("it
  has no anode when it is made") is a design free of it; a bag a cell is packed in ("an ordinary pouch bag") is its
  packaging, not its format; a polymer swollen or plasticised with a solvent holds a liquid; a teardown or post-mortem
  in a text that says nothing of cycling is no measurement after cycling. The same session raised set 31 from 92 to
  95/96 (non-null 71/71: the pouch bag, the solvent-swollen gel, the teardown of a product bought) and set 33 from 93
  to 95/96 (non-null 71/72: the announced packs, the cell with no anode when made); no other set moved, and set 34
  still passes its floor (its figures unread). A knowledge wording reading "polymerised" as a polymer took set 33 to
  96/96 (its gel "filled with" LATP particles a composite) but was reverted: tests/test_prefill_twenty_third.py reads
  "Electrolyte: in-situ polymerised gel" as naming no family. Left on set 35, both judged against the set: the
  tool-rental catalogue's "5 x 21700" packs and the freight advisory's "48 x ... cylindrical cells (21700)", read as
  the pouch-or-full-size format where the set expects the step open because no result is reported (the tool
  catalogue's is a rated cycle life, the advisory's a shipper's claim and a transport test summary). The sets disagree
  on this form: sets 12, 14 and 31 expect a product format named without a result left open, as set 35 does, while
  sets 21 and 29 expect the only format named read ("No result is reported; the sample itself is a 40 Ah prismatic
  B-sample"); a rule leaving the step open where no sentence reports a result, tried, gained set 31 one reading, lost
  sets 16, 21, 25 and 29 one each and did not reach set 35's two texts (their rated or claimed cycle counts are read
  as reporting), so the pre-fill keeps reading the product's format.

A thirty-sixth set (tests/eval/prefill-blind-36.yaml, 12 texts, 96 readings: a consumer product review written by a
test engineer, a glossary entry in a supplier's handbook, a court-filed expert declaration excerpt, a school-visit
fact sheet, spreadsheet cell comments pasted as text, a haiku-style marketing teaser with a spec footnote, a wiki
talk-page comment, an insurance loss-control survey, a pallet sticker, a sponsored master's thesis methods section,
a ferry operator's sea-trial debrief, a patent examiner interview summary), written blind in session twenty-nine:

- first run 83/96, non-null 62/72 (on c22c214, whose pre-fill code is the session start's, 4e57a56); the same after
  set 35's mechanisms of session twenty-nine (on the merge of r29-prefill). Kept closed for the next round.
- session thirty (tests/test_prefill_thirtieth.py, opened after set 37's first fixes): 95/96, non-null 72/72. Beside
  set 37's mechanisms (which took the sea-trial debrief's "Pack capacity: 96.2 % of the commissioning value" and
  "DC resistance: +6 %" and the bench review's "sold about 180,000 units"): "composition" names no electrolyte family
  by its stem, so "the composition of the negative electrode was not disclosed" withholds the anode; a part its clause
  goes on to say is not used ("the LiF protective interlayer ... is an alternative embodiment not used in the CP-7")
  is not there, for the anode and the pressure; only a layered make-up before a wrapping is the wrapping's, so
  "Anode: graphite slurry coating" is read; a figure opening the clause after one storing the cells ("stored in
  sprinklered warehouse, 15-25 °C") is the storage's value; retention named with a placeholder ("retention curve TBD")
  reports nothing yet; a refusal naming the step by its title ("the route is proprietary information") outranks the
  step's fallback read on another line ("MV-SSB modules"); a share of capacity or energy given after a count of charges
  or cycles is retention, and thousands of products made every day, week or month are volume production; the samples
  a label addresses from a shipper to a consignee (capital "FROM:"/"TO:" lines) were sent to that customer. Left: the
  pallet sticker's "Format: 40 Ah pouch", read as the product format where the set expects the step open because no
  result is reported (the sets read this form both ways; see set 35).

A thirty-seventh set (tests/eval/prefill-blind-37.yaml, 12 texts, 96 readings: a patent claim paragraph, a product
recall notice, a letter of credit shipping clause, firmware release notes, a warranty registration card, shipping
manifest line items, a university exam question based on a datasheet, a translated datasheet with translator's notes,
an e-mail signature block with a product tagline, a subtitle file of a launch interview, an encyclopedia-style infobox
drafted by a PR office, an NDA cover letter with partial answers), written blind in session thirty from the guide and
the checklist's step and option ids, labels and meanings only (not its wordings):

- first run 82/96, non-null 56/67 (on 3436a4e, whose pre-fill code is the session start's, 78f5bb3).
- session thirty (tests/test_prefill_thirtieth.py): 92/96, non-null 66/67. A capacity share right after its cycle
  count ("after 1.000 cycles: capacity 90,5 %") or of its start value is retention, and a signed resistance share
  ("+12 % vs. initial value") is growth, not a value at the start; a wiki template's "| label = value" line is a row,
  and a cycle life whose value calls it rated ("3,000 (rated, to 80 % SoH)") is a headline; "series supply" is
  shipping (knowledge wording) and thousands sold counted roughly ("sold about 90,000 units") were sold; a refusal
  pointing back reaches its question past a remark pointing back that names no step's subject ("Honestly, that's our
  secret sauce. I'd rather not say.") and past a subtitle's counter and timing; "all solid" closed by a bracket or a
  quote before "nor" is an alternative denied; a laminated or bipolar stack is a multilayer stack (knowledge
  wordings); a share of capacity a condition says the product may fall below ("defective if its capacity falls below
  70 % of rated capacity") is a warranty's threshold, no retention; an "X-ready" adjective set right before what it
  praises ("gigafactory-ready all-solid-state cell") plans nothing of it and names no intended use; results said to
  be confidential, naming nothing else, are those the sentence before dates after a count ("Cycle-test report ...
  after 500 cycles. Numerical results are confidential"). No set before 36 moved (set 34: 85/96, unchanged). Left, all
  judged against the set: the recall notice's "pouch cells", the manifest's "ASSB pouch cell" and the signature's
  "60 Ah" A-samples, read as the product format where the set expects the step open because no result is reported
  (sets 12, 14, 31, 35, 36 and 37 expect that form left open, sets 21 and 29 expect the only format named read; see
  set 35); and the infobox's "Graphite with 5 % SiOx", read as silicon-or-other where the set expects graphite, since
  set 36 (a graphite "mixed with a little silicon") and set 20 (a "graphite/Si" blend) read a silicon share in
  graphite as a silicon anode, whatever its size.

A thirty-eighth set (tests/eval/prefill-blind-38.yaml, 12 texts, 96 readings: an investor earnings-call transcript
excerpt, a procurement scorecard filled in by a buyer, a technical interview transcript with a CTO, a trade union
newsletter item, an airline cargo acceptance note, sales deck slide notes, a marketplace customer Q and A, an
electric-boat charter company's season review, a hearing-aid maker's supplier qualification letter, a mountain-rescue
equipment trial note, a TV shopping channel script, a supplier knowledge-base article), written blind in session
thirty from the guide and the checklist's ids and meanings only:

- first run 77/96, non-null 59/74 (on 5e13fd2, after sets 36 and 37's mechanisms; 76/96, non-null 58/74 on the
  session's starting code 78f5bb3), then read in the same session:
- session thirty (tests/test_prefill_thirtieth_b.py): 79/96, non-null 60/74. A refusal that names nothing itself and
  points back with an object pronoun ("we do not reproduce them here") declines the subject opening the statement
  before it, in its sentence or the sentence before (the qualification letter's test conditions, kept to the
  customer's confidential procedure), unless that statement gives a number. A run said of a machine making cells ("the
  formation ovens run at ...") is the machine working, not a test run, so its temperature stays the process's (the
  newsletter's oven). Every other set unchanged. Left, for want of time rather than judged wrong: the earnings call's
  declined fixture pressure beside a pressure-free goal; the interview's LiF-rich artificial SEI as protection, its
  single-layer pouch results beside a planned larger cell, and retention given with impedance withheld; the cargo
  note's pre-production samples as pilot line; the slide notes' bare cycle count and a line still being commissioned;
  the Q and A's rated count with a warranty (read as withheld, likely through the declined test object); the
  teardown's confirmed liquid additive against an all-solid headline; the rescue note's "TBD" placeholder, packs in
  service as a field test and runtime after cycling as retention; the knowledge-base article's route and its NDA-only
  post-cycling data (read as given) and shipping read from nothing. Judged against the set as before: the scorecard's
  graphite with a small SiO share (sets 20 and 36 read a silicon share as silicon) and the cargo note's format,
  expected open because no result is reported (see set 35).

A thirty-ninth set (tests/eval/prefill-blind-39.yaml, 12 texts, 96 readings: a trade union works-council newsletter
item, a shipper's technical statement for airline cargo acceptance, a radio advert script, a product vlog transcript,
a maintenance manual excerpt, a manufacturing tax-credit application narrative, a bank loan facility technical annex,
a joint development agreement milestone schedule, an IPO prospectus risk-factor excerpt, press photo captions, a
technical support knowledge-base article, a sponsored advertorial in a trade journal), written blind in session
thirty-one from the guide and the checklist's ids and meanings only:

- first run 84/96, non-null 72/78 (on cfc646a, whose pre-fill code is the session's starting code 9130538's).
- session thirty-one (tests/test_prefill_thirty_first.py): 94/96, non-null 78/78. A share of liquid given in words ("a
  few percent of ionic-liquid electrolyte", "a couple of percent", "single-digit wt%") is a fraction of liquid, so the
  advertorial's cell is semi-solid; a layer said in a verb to protect the lithium ("a thin layer that protects it",
  "protects the lithium") is a protection concept (knowledge wordings, not a layer protecting the cell); a question
  asking why something is missing ("Why doesn't the XY-1 datasheet list stack pressure?") states nothing of it however
  long the product code between, so the article's NDA answer declines the pressure; money set aside for a plant ("loan
  proceeds fund a pilot line", "the grant is financing a pilot plant") pays for one still to come, a plan; a press
  making the stack ("the warm isostatic press densifies each stack at 400 MPa") presses what it makes, no stack held in
  use, and its warmth is the process's (present-tense making verbs, "press" after how it presses); a resistance a
  condition says may rise above a share of its first value ("replace the module when DCIR exceeds 150 %") is a service
  criterion, no growth measured; buyers named by what they run or make ("fleet customers", "car makers") are no field
  test; a count of pieces delivered ("50 pcs delivered") hands goods over and reports no result, in prose or a table's
  first row, so the development vehicles' results decide the format; fast charging rated in watts ("65 W fast
  charging") is the product's feature, no test rate. No other set moved (set 34 still 85/96 with these; see set 34
  for its own mechanisms after it was opened). Left, judged
  against the set: the newsletter's A-samples "to two car makers" and the cargo statement's "lithium-metal pouch cell",
  read as the pouch format where the set expects the step open because no result is reported (see set 35; the rule
  leaving the step open where no sentence reports a result, tried again, lost sets 16, 19, 21, 25 and 29 one reading
  each, gained sets 31, 36, 37 and 38 one each, and did not reach these two texts, whose transport test and line yield
  read as reporting).

A fortieth set (tests/eval/prefill-blind-40.yaml, 12 texts, 96 readings: a green-bond allocation report section, a
patent opposition reply brief excerpt, a product recall-avoidance memo to distributors, an electric-boat race
scrutineering form, a thesis appendix supplied by the cell maker, a documentary shooting script, an export-control
end-use statement, a space-agency payload proposal excerpt, a restomod car build sheet, a wearable-device maker's
component-selection rationale, a homeowners' association information sheet from an installer, a translated
Italian-English technical leaflet), written blind in session thirty-two from the guide and the checklist's ids and
meanings only:

- first run 88/96, non-null 71/76 (on 702c000, whose pre-fill code is the session's starting code 00f2948's).
- session thirty-three (tests/test_prefill_thirty_third.py): 95/96, non-null 76/76. A coded thing said not to be a
  product of the supplier's ("is not a product or embodiment of ...", "not one of our products") is not offered, and a
  sentence opening with the kind of thing before its code ("Document D1 ...", "Model QP-4 ...") is about what the code
  names, so the patent reply's cited polymer cell no longer names the electrolyte; a boat is a vehicle as a van is,
  and races run with the pack are its use in the field (knowledge wordings; no "race season", since a season named
  twice would name the format's subject), so the race boat's season is a field test; a capacity dated by when or
  where it was taken, given as a share of its start or delivery value ("capacity at season end 97 % of initial",
  "capacity measured on our dyno was 98.5 % of the delivery value"), is retention; a one-word wording that a bracket
  right after it names more closely is what the bracket names ("Our prototype (car #1)" is a vehicle, no prototype
  cell); how high the air around a trial went ("ambient up to 108 °F", "outdoor temperatures as high as 45 °C") is the
  weather's peak, no test condition; a teardown whose sentence gives what share of the cell a material is and says
  nothing of cycling ("found roughly 6 wt% liquid electrolyte") assays the cell, no measurement after cycling,
  wherever else the text cycles; a row calling its format the product's ("Product format: ...", "format of the
  product", here in a bracketed translation) names what is sold, not what produced the results the text reports, so
  with no format named where they are the step stays open. No other set moved. Left, judged against the set: the
  export statement's "60 Ah, pouch" read as the pouch format where the set expects the step open because no result is
  reported ("Performance test data: not applicable", a placeholder): the form the sets disagree on (see set 35), left
  as the pre-fill reads it.

A forty-first set (tests/eval/prefill-blind-41.yaml, 12 texts, 96 readings: a Slack channel export, a JSON API
response, a bilingual Portuguese/English quotation, a stock exchange price-query response, an ROV dive log, a supplier
deviation list, an RMA report, a microblog thread, a calendar invite, a design review action list, a data-room index
and an interpreted press conference) was written blind the same way in session thirty-three:

- first run, on the code it branched from: 86/96, non-null 76/85;
- after general fixes: 93/96, non-null 82/85. A bilingual line whose halves have no common prose words keeps the half
  with generic datasheet words (metal, foil, separator), so the English "Anode: lithium metal, 50 um foil" is read
  rather than blanked; a refusal's words inside another step's other name ("end-of-test data are confidential")
  withhold only that step, not the format whose title word ("test") they contain; a yes-or-no question standing in a
  table cell of its own ("Is stack pressure needed?") states nothing of what it names unless the answer beside it
  affirms it; a copula right after a question word asks for what follows it ("What is the retention?"), and a question
  quoted inside a sentence is asked between its quote marks, the sentence going on after them; a JSON member on a line
  of its own is a row (its key the label, its value without the comma), so a placeholder value ("n/a", "TBD") says
  nothing; a refusal is carried by reference to what the next sentence names ("... not shared before the NDA. The same
  applies to the electrolyte family"); underwater vehicles named by their abbreviations (ROV, AUV) are vehicle tests
  (knowledge wordings). No other set moved. Left: the JSON record's rated cycle life, expected as a headline count,
  where a quoted key's bare count is not read as one and an end-of-life share ("80 % EoL definition") is read as
  retention by the earlier sets' rule (a reading the sets disagree on, left); the dive log's conditions, where the
  housing's 20-22 degC is read as room temperature and the set takes the slow rate (0.15C) as the cautious reading
  (the earlier sets read a stated room temperature; left); the deviation list's composite membrane, whose mixture
  ("garnet particles dispersed" / "in a PEO matrix") wraps over two lines of a table cell, so only the garnet (oxide)
  is read as a family: a general reading (a table cell's mixture wrapped onto the next line) not reached in the time.

A forty-second set (tests/eval/prefill-blind-42.yaml, 12 texts, 96 readings: an open-source BMS project's GitHub issue
answered by the cell maker's engineer, a fax cover sheet with handwritten margin notes, a production lot traveller, a
Dutch-English offer letter, a parliamentary committee testimony transcript, the minutes of a residents' information
evening about a planned cell plant, a bidder's note in a reverse e-auction, an out-of-office auto-reply with a product
FAQ, a guest lecture by the supplier's CTO, an off-grid power proposal for a mountain observatory, an intern's report
from the cell maker and a PR manager's reply in a news site's comments) was written blind the same way in session
thirty-four:

- first run, on the code it branched from (c8c6405): 89/96, non-null 72/78;
- after general fixes (tests/test_prefill_thirty_fourth.py): 95/96, non-null 77/78. A measure's name right before
  the instrument that takes it ("the EIS channel", "an impedance analyser") names the instrument, so that it was busy
  reports no measurement; a part made "for its" or "for our" programme or project names what the maker develops, a
  fact of its cells, not a use the part is meant for; a cycle count whose noun is in another language with its
  English gloss in brackets ("500 cycli (cycles)") is a count; a long line of prose wrapped right after a semicolon
  goes on on a next line that opens in lower case, so "it is commercially sensitive" there points back to the figures
  the first clause would not give; a stated share of one electrolyte family put inside another ("LLZO 40 wt% in PEO",
  "garnet 30 vol% in PVDF") is a composite (a family named alone before "in", "LLZO particles in a PEO electrolyte",
  stays that family, as tests/test_prefill_tenth.py holds); a figure in a question that guesses at its answer, put
  outright or as a bare phrase with no question word ("A coin cell at 60 °C in a hydraulic press?"), on its own line
  or chat turn, is asked about and states nothing unless the next sentence affirms it. No other set moved. Left: the
  lot traveller's format, read as the multilayer stack its "Z-fold stack, 22 layers" row names where the set expects
  the 40 Ah pouch the product line names; set 31 expects the opposite reading ("10-layer stacked cell ... in an
  ordinary pouch bag" is the stack, the bag its packaging) and the pre-fill holds a stack in a pouch to be the stack,
  so this is a reading the sets disagree on, left.

A forty-third set (tests/eval/prefill-blind-43.yaml, 12 texts, 96 readings: a listed supplier's rebuttal of a
short-seller report, a certificate of analysis shipped with sample cells, a PPAP part submission warrant summary, a
transcribed lab-notebook page, a Polish-English technical offer, a test-house order form, a statement of work for a
paid joint evaluation, a research consortium's work-package description, accelerator mentor-session notes, an
employee intranet news item, a letter to a trade magazine's editor and a ride-evacuation backup power proposal) was
written blind the same way in session thirty-five:

- first run, on the session's code (the pre-fill unchanged since 0d82ad5): 90/96, non-null 75/81;
- after general fixes (tests/test_prefill_thirty_fifth.py): 96/96, non-null 81/81. A milestone announced with an
  indefinite article ("A big milestone:", "Another milestone:") is an event that has happened, no plan label, so the
  line it heads states its facts (a schedule's "Milestone:" or "Next milestone:" still plans); a plant "to be built"
  (installed, commissioned) is a plan, as one "being built" is; a refusing verb's further objects joined to its first
  as embedded questions ("cannot share the format ..., or whether and how much stack pressure was used") are declined
  with it; a noun of aiming with a year or quarter right after it in its clause ("target Q3 2027", "goal 2029") makes
  what the clause names a plan; a cycle's number said to be reached ("cycle 150 reached", "passed cycle 300") is a
  cycle count; a form's count of the samples that go with it, naming no one they go to ("Number of samples supplied",
  "Quantity of samples sent"), is how many specimens the order comes with, no sampling of customers, so a refusal of
  the production site and volume stands. No other set moved. Nothing left.

A forty-fourth set (tests/eval/prefill-blind-44.yaml, 12 texts, 96 readings: an AI note-taker's meeting recap, a
programme status report with a red-amber-green table, a Czech-English technical memorandum, a student racing team's
sponsor report, a quotation for a lift's emergency-rescue battery, an offer for reefer-container backup batteries, a
business-school teaching case, a wheelchair maker's incoming cell evaluation memo, a warehouse robot fleet's shift log,
an engineering mailing-list digest, a test-bench handover protocol and a meetup lightning-talk transcript) was written
blind the same way in session thirty-six:

- first run, on the session's code (the pre-fill unchanged since 8e4600c): 92/96, non-null 79/82;
- after general fixes (tests/test_prefill_thirty_sixth.py): 96/96, non-null 82/82. Two electrolyte families joined by
  "in" into one compound name with nothing between them ("garnet-in-PVDF film", "LLZTO in PEO") name one material
  holding the first inside the second, a composite, as the checklist's own "ceramic in polymer" is (a family named
  before words that put it in a place, "LLZO particles in a PEO electrolyte", still stays that family); a resistance
  measure's data asked for, an item's imperative after its owner's name or opening its sentence or after "please"
  ("Quality: send the DCIR figures", "please provide any impedance results"), is yet to be delivered, no resistance
  reported; a series line (or serial line) is where series production runs, a wording of shipping in volume (one still
  to come stays a plan); what someone unnamed might claim ("anyone quoting you 2,000 cycles", "whoever promises ...",
  "any supplier that claims ...") is a general remark, no claim of the supplier's, unless its sentence speaks of the
  supplier's own. No other set moved. Nothing left.

A forty-fifth set (tests/eval/prefill-blind-45.yaml, 12 texts, 96 readings: a German-English exhibitor entry in a
trade-fair catalogue, an R&D team's response-to-reviewers letter, a kanban board export, a Swedish-English product
sheet, a factory open day's audio-guide script, an e-rickshaw fleet pilot summary, an app-store listing with release
notes, a workshop whiteboard transcription, a quotation for a heritage tramway's auxiliary battery, a Gantt-chart text
export, a product demo's livestream chat replay and a teaching-lab experiment sheet) was written blind the same way in
session thirty-seven:

- first run, on the session's code (the pre-fill unchanged since 872cbdc): 85/96, non-null 72/82;
- after general fixes (tests/test_prefill_thirty_seventh.py): 96/96, non-null 82/82. A line a status tag in capitals
  opens ("[DONE] ...", "[TODO] ...") is a card of its own, not the rest of the line above, and a card still to do or in
  progress ("[TODO]", "[IN PROGRESS]") names work not done, a plan, no result. Samples said to be supplied by their
  maker, with no one they went to, are no customer samples, and goods delivered to makers ("bus makers", "forklift
  manufacturers") are delivered to customers. Findings dated after cycling ("results after cycling", "measurements
  post-cycling") name what was measured after the cycle count, so withheld they decline the step; a phrase's words are
  read as one, not as a qualifier of what they read. A schedule's task row that opens with a start date and an end date
  is no plan by its dates alone (a row whose one date dates its label still is). The items of a question parted by
  spaced slashes are each asked, so a bare noun among them ("Yield / how many per week?") states nothing. A procedure's
  instruction to take a resistance measure ("Optional: measure EIS ...", "Step 5: record the DCIR") reports no value.
  Ten ampere-hours or more said of a pack or a module ("105 Ah packs") is no full-size cell format. A DC or AC
  resistance is a resistance measure as DCIR is (knowledge/checklist.yaml). A cell's stack drawn layer by layer with
  bars ("LFP cathode | PEO electrolyte | Li foil") is no row labelled by its first layer: each cell speaks of its own
  (the layers named in knowledge/checklist.yaml, stack_layers).
  A chat's time in brackets before its speaker ("[19:16] jo_k: clamped?") opens a sentence of its own wherever the line
  before wrapped onto it. A layer named in a clause about a part no step asks about ("a wetting layer (<3 wt %) at the
  cathode interface") is that part's, no interlayer in place of stack pressure, unless its sentence says what it does
  for contact or speaks of pressure. No other set moved. Nothing left.

A forty-sixth set (tests/eval/prefill-blind-46.yaml, 12 texts, 96 readings: a CRM opportunity record, a Finnish-English
product data sheet, a Discord server's engineering Q&A, an Instagram post caption, a data-centre UPS replacement
proposal, a camper-van conversion quote, a TV station engineer's camera-battery evaluation, an appeal letter to a
funding agency, an offer for solar vaccine-refrigerator backup batteries, a Turkish-English technical offer, a golf-cart
fleet retrofit quotation and a downhole logging-tool datasheet) was written blind the same way in session
thirty-eight:

- first run, on the session's code (the pre-fill unchanged since cc7aaaf): 88/96, non-null 75/83;
- after general fixes (tests/test_prefill_thirty_eighth.py): 96/96, non-null 83/83. A clause that names a part no step
  asks about and then a part one does ("between the cathode and a lithium-metal anode with a protective coating")
  describes that part from where it is named, so the coating is the anode's (the parts named in
  knowledge/checklist.yaml, asked_parts). A storage sentence whose only result words are negated or name the storage
  test itself ("kept at 55 °C for 60 days, not cycled") reports no result, so its temperature is no test condition. A
  resistance measurement said not to have been done ("DCIR measurement: not done", "EIS was not performed") denies the
  measure, and such a denial in a row's value leaves the label's retention answering. A list numbered in brackets after
  a verb of asking ("asked (1) ..., (2) the DCIR growth, ...") asks for every item. A resistance measure still being
  chased from whoever has it is not in hand. A plan's label standing alone as a clause inside a row's value or a line
  ("Production: Outlook: pilot line 2028, ...") plans what it introduces to its sentence's end. What a comparison sets
  the product against ("lighter than gel or lead-acid batteries", "closer to the product than coin cells") is another
  product, no option of the product's (a quantity compared, "less than 0.5 MPa", is still its own bound). A bare
  "prototype" qualifying an assembly of cells ("a prototype pack of 120 cells", "prototype module") is that assembly
  being tried out, no full-size prototype cell. A cycle count called rated in a sentence that backs it with a warranty
  ("Rated 5,000 cycles to 70 %, covered by a 10-year warranty") is a promise read as the headline count, not retention
  (a rating alone, as the twenty-fourth set reads "rated for 3,000 cycles to 70 % capacity" beside its rating test,
  still reads as retention). No other set moved. Nothing left.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec

ROOT = Path(__file__).resolve().parents[1]
#: Each blind set and its floor: readings right of all readings, and non-null readings right
#: (raise a floor when the figure rises).
BLIND_SETS = {
    "prefill-blind": (ROOT / "tests" / "eval" / "prefill-blind.yaml", 64, 50),
    "prefill-blind-2": (ROOT / "tests" / "eval" / "prefill-blind-2.yaml", 96, 76),
    "prefill-blind-3": (ROOT / "tests" / "eval" / "prefill-blind-3.yaml", 96, 89),
    "prefill-blind-4": (ROOT / "tests" / "eval" / "prefill-blind-4.yaml", 96, 87),
    "prefill-blind-5": (ROOT / "tests" / "eval" / "prefill-blind-5.yaml", 95, 87),
    "prefill-blind-6": (ROOT / "tests" / "eval" / "prefill-blind-6.yaml", 96, 88),
    "prefill-blind-7": (ROOT / "tests" / "eval" / "prefill-blind-7.yaml", 96, 90),
    "prefill-blind-8": (ROOT / "tests" / "eval" / "prefill-blind-8.yaml", 96, 91),
    "prefill-blind-9": (ROOT / "tests" / "eval" / "prefill-blind-9.yaml", 96, 84),
    "prefill-blind-10": (ROOT / "tests" / "eval" / "prefill-blind-10.yaml", 96, 91),
    "prefill-blind-11": (ROOT / "tests" / "eval" / "prefill-blind-11.yaml", 96, 91),
    "prefill-blind-12": (ROOT / "tests" / "eval" / "prefill-blind-12.yaml", 95, 91),
    "prefill-blind-13": (ROOT / "tests" / "eval" / "prefill-blind-13.yaml", 96, 88),
    "prefill-blind-14": (ROOT / "tests" / "eval" / "prefill-blind-14.yaml", 94, 78),
    "prefill-blind-15": (ROOT / "tests" / "eval" / "prefill-blind-15.yaml", 93, 78),
    "prefill-blind-16": (ROOT / "tests" / "eval" / "prefill-blind-16.yaml", 96, 78),
    "prefill-blind-17": (ROOT / "tests" / "eval" / "prefill-blind-17.yaml", 96, 80),
    "prefill-blind-18": (ROOT / "tests" / "eval" / "prefill-blind-18.yaml", 96, 79),
    "prefill-blind-19": (ROOT / "tests" / "eval" / "prefill-blind-19.yaml", 96, 76),
    "prefill-blind-20": (ROOT / "tests" / "eval" / "prefill-blind-20.yaml", 95, 78),
    "prefill-blind-21": (ROOT / "tests" / "eval" / "prefill-blind-21.yaml", 96, 80),
    "prefill-blind-22": (ROOT / "tests" / "eval" / "prefill-blind-22.yaml", 96, 78),
    "prefill-blind-23": (ROOT / "tests" / "eval" / "prefill-blind-23.yaml", 96, 78),
    "prefill-blind-24": (ROOT / "tests" / "eval" / "prefill-blind-24.yaml", 96, 76),
    "prefill-blind-25": (ROOT / "tests" / "eval" / "prefill-blind-25.yaml", 96, 77),
    "prefill-blind-26": (ROOT / "tests" / "eval" / "prefill-blind-26.yaml", 96, 73),
    "prefill-blind-27": (ROOT / "tests" / "eval" / "prefill-blind-27.yaml", 96, 79),
    "prefill-blind-28": (ROOT / "tests" / "eval" / "prefill-blind-28.yaml", 95, 79),
    "prefill-blind-29": (ROOT / "tests" / "eval" / "prefill-blind-29.yaml", 96, 71),
    "prefill-blind-30": (ROOT / "tests" / "eval" / "prefill-blind-30.yaml", 96, 81),
    "prefill-blind-31": (ROOT / "tests" / "eval" / "prefill-blind-31.yaml", 95, 71),
    "prefill-blind-32": (ROOT / "tests" / "eval" / "prefill-blind-32.yaml", 96, 76),
    "prefill-blind-33": (ROOT / "tests" / "eval" / "prefill-blind-33.yaml", 95, 71),
    "prefill-blind-34": (ROOT / "tests" / "eval" / "prefill-blind-34.yaml", 94, 71),
    "prefill-blind-35": (ROOT / "tests" / "eval" / "prefill-blind-35.yaml", 94, 76),
    "prefill-blind-36": (ROOT / "tests" / "eval" / "prefill-blind-36.yaml", 95, 72),
    "prefill-blind-37": (ROOT / "tests" / "eval" / "prefill-blind-37.yaml", 92, 66),
    "prefill-blind-38": (ROOT / "tests" / "eval" / "prefill-blind-38.yaml", 79, 60),
    "prefill-blind-39": (ROOT / "tests" / "eval" / "prefill-blind-39.yaml", 94, 78),
    "prefill-blind-40": (ROOT / "tests" / "eval" / "prefill-blind-40.yaml", 95, 76),
    "prefill-blind-41": (ROOT / "tests" / "eval" / "prefill-blind-41.yaml", 93, 82),
    "prefill-blind-42": (ROOT / "tests" / "eval" / "prefill-blind-42.yaml", 95, 77),
    "prefill-blind-43": (ROOT / "tests" / "eval" / "prefill-blind-43.yaml", 96, 81),
    "prefill-blind-44": (ROOT / "tests" / "eval" / "prefill-blind-44.yaml", 96, 82),
    "prefill-blind-45": (ROOT / "tests" / "eval" / "prefill-blind-45.yaml", 96, 82),
    "prefill-blind-46": (ROOT / "tests" / "eval" / "prefill-blind-46.yaml", 96, 83),
}


@dataclass(frozen=True)
class Reading:
    case: str
    step: str
    expected: str | None
    got: str | None
    why: str

    @property
    def right(self) -> bool:
        return self.expected == self.got



def cases(name: str) -> list[dict[str, Any]]:
    loaded = yaml.safe_load(BLIND_SETS[name][0].read_text(encoding="utf-8"))
    assert isinstance(loaded, list) and loaded
    return loaded


def grade(spec: ChecklistSpec, case: dict[str, Any]) -> list[Reading]:
    result = prefill(spec, case["text"])
    got = {c.step_id: c.option_id for c in result.claims}
    why = case.get("why") or {}
    return [Reading(case["id"], step.id, case["expect"].get(step.id), got.get(step.id), str(why.get(step.id, "")))
            for step in spec.steps]


def summary(readings: list[Reading]) -> str:
    lines = []
    by_case: dict[str, list[Reading]] = {}
    for r in readings:
        by_case.setdefault(r.case, []).append(r)
    for case, rs in by_case.items():
        lines.append(f"{case}: {sum(r.right for r in rs)}/{len(rs)}")
        lines += [f"    {r.step}: expected {r.expected}, got {r.got}  ({r.why})" for r in rs if not r.right]
    right = sum(r.right for r in readings)
    non_null = [r for r in readings if r.expected is not None]
    lines.append(f"total: {right}/{len(readings)} right; non-null {sum(r.right for r in non_null)}/{len(non_null)}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", BLIND_SETS)
def test_every_case_names_every_step(spec: ChecklistSpec, name: str) -> None:
    ids = {s.id for s in spec.steps}
    for case in cases(name):
        assert set(case["expect"]) == ids, case["id"]
        for step_id, option_id in case["expect"].items():
            step = spec.step(step_id)
            assert step is not None and (option_id is None or step.option(option_id) is not None), (case["id"], step_id)


@pytest.mark.parametrize("name", BLIND_SETS)
def test_blind_supplier_texts(spec: ChecklistSpec, name: str) -> None:
    _, floor_right, floor_non_null_right = BLIND_SETS[name]
    readings = [r for case in cases(name) for r in grade(spec, case)]
    print("\n" + summary(readings))
    right = sum(r.right for r in readings)
    non_null_right = sum(r.right for r in readings if r.expected is not None)
    assert right >= floor_right, summary(readings)
    assert non_null_right >= floor_non_null_right, summary(readings)


@pytest.mark.parametrize("name", BLIND_SETS)
def test_every_claim_quotes_the_supplier(spec: ChecklistSpec, name: str) -> None:
    for case in cases(name):
        text = " ".join(case["text"].split())
        for claim in prefill(spec, case["text"]).claims:
            assert claim.evidence and claim.evidence in text, (case["id"], claim.step_id)
            assert claim.explanation, (case["id"], claim.step_id)
