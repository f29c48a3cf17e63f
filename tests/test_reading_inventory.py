"""One test per construction of docs/reading.md's inventory: how English news reports a negotiation act.

Every sentence is written for detente about invented or unrelated parties, so that no rule can pass
by knowing a name: the parties come from the text.
"""

from __future__ import annotations

import pytest

from detente.reading import read_text

RAIL = "The Train Drivers Union (TDU) and Nordic Rail AB met on Monday. "
PAPER = "The Paper Workers Union (PWU) and Nordic Paper AB met on Monday. "
CONSTRUCTIONS = [
    ("a refusal under a condition is a red line",
     "Mali's president stated that as long as the Sahel Front holds Kidal, a peace agreement is not possible.",
     ("insist", "Mali")),
    ("the centrepiece of an agreement is its content",
     "Kenya and Uganda signed a border accord on Monday. The centrepiece of the accord is a joint patrol of the lake.",
     [("accept", "Kenya"), ("accept", "Uganda")]),
    ("one of a pact's priorities is its content",
     "Kenya and Uganda signed a border pact on Monday. One of the pact's priorities is to disarm the cattle raiders.",
     [("accept", "Kenya"), ("accept", "Uganda")]),
    ("an accord that includes something",
     "Kenya and Uganda signed a border accord on Monday. The accord includes a joint patrol of the lake.",
     [("accept", "Kenya"), ("accept", "Uganda")]),
    ("both sides pledged",
     "Kenya and Uganda met in Kampala. Both sides pledged that no herder would be prosecuted.",
     [("accept", "Kenya"), ("accept", "Uganda")]),
    ("a threat with unless through an infinitive",
     "Chile and Peru met. Lima would ask the World Trade Organization to set up a panel unless Chile dropped the duty.",
     ("insist", "Peru")),
    ("could, if the other side acts",
     "Chile and Peru met. Peru could recognise Chilean inspections for other pests if Chile accepted the rule.",
     ("offer", "Peru")),
    ("lowering a demand",
     "Chile and Peru met. Peru has since lowered its demand to $400,000.",
     ("demand", "Peru")),
    ("raising an offer",
     "Chile and Peru met. Chile raised its offer to 25 per cent.",
     ("offer", "Chile")),
    ("a condition the other side rejected, in a relative clause",
     "Kenya and the Ruvu Front met. The Ruvu Front had long demanded talks abroad, a condition Kenya rejected.",
     [("demand", "the Ruvu Front"), ("reject", "Kenya")]),
    ("an amount a named gang rejected",
     "Harvest Light offered about $300,000, an amount the Baz Lakou gang rejected as an insult.",
     ("reject", "Baz Lakou")),
    ("would call off a strike if the other side acts",
     "The Dockers Union and Port Authority met. The union would call off the strike if Port Authority reopened talks.",
     ("offer", "the Dockers Union")),
    ("a truce that commits both sides",
     "Chad and the Tibesti Front agreed to a truce. The truce, which takes effect at midnight, commits both sides to "
     "halt offensive operations.",
     [("accept", "Chad"), ("accept", "the Tibesti Front")]),
    ("voted down",
     "Aurora Airlines and the Cabin Crew Union (CCU) met. Flight attendants at Aurora Airlines have voted down the "
     "tentative agreement.",
     ("reject", "CCU")),
    ("called the deal a betrayal",
     "The AJP union and the clubs signed a deal. The smaller union, the Free Footballers' Union (SLF), called the "
     "deal \"a betrayal\".",
     ("reject", "SLF")),
    ("our last word",
     "Brazil and Paraguay met. \"That is our last word on the tariff for this cycle,\" Brazil's energy minister said.",
     ("insist", "Brazil")),
    ("the federal government against a regional one",
     "Baghdad and the Kurdistan Regional Government (KRG) met. The federal government has offered producers $16 a "
     "barrel.",
     ("offer", "Iraq")),
    ("each side freeing people in joined clauses: a swap carried out",
     "Iran and the United States met in Muscat. Iran freed four Americans on Tuesday and the United States released "
     "five Iranians held on sanctions charges.",
     [("accept", "Iran"), ("accept", "United States")]),
    ("returning to talks seeking something",
     "Aurora Airlines and the Cabin Crew Union (CCU) met. She said the union would return to talks seeking full pay "
     "for ground time.",
     ("demand", "CCU")),
    ("a speaker who heads a side's delegation",
     "Thailand and the BPP met in Kuala Lumpur. \"We are ready to talk about extending it,\" said General Chatchai "
     "Sirikul, who heads the Thai delegation.",
     ("offer", "Thailand")),
    ("signalled that it could",
     "Thailand and the BPP met in Kuala Lumpur. The BPP signalled that it could keep the truce going beyond Ramadan.",
     ("offer", "BPP")),
    ("in turn, after a deal",
     "Iraq and the Kurdistan Regional Government (KRG) agreed to resume oil exports. The KRG will hand 210,000 barrels "
     "a day to the state marketer. Baghdad, in turn, will transfer the money for the salaries.",
     ("accept", "Iraq")),
    ("there will be no, said by a side",
     "Pakistan and the IMF reached a deal. \"There will be no new taxes on the salaried class this year,\" "
     "Pakistan's finance minister said.",
     ("insist", "Pakistan")),
    ("not for sale",
     "Halmland and Orvenia met. \"Our sanctions are not for sale,\" Halmland's president said.",
     ("insist", "Halmland")),
    ("it will not bargain with", "Mozambique and the insurgents of Ansar al-Rovuma are at war. Mozambique's "
     "government has repeatedly said it will not bargain with what it calls terrorists.", ("insist", "Mozambique")),
    ("the state does not negotiate with",
     "Haiti and the Ti Zile gang met. The gang demanded money. \"The state does not negotiate with criminals,\" "
     "Haiti's justice minister said.",
     ("insist", "Haiti")),
    ("out of the question",
     "The Locomotive Drivers Union (VDL) rejected the offer from Deutsche Schienen. VDL chairman Reinhold Kaspari "
     "said arbitration was \"out of the question\".",
     ("insist", "VDL")),
    ("would not go further",
     "The Locomotive Drivers Union (VDL) rejected the offer from Deutsche Schienen. Deutsche Schienen said it would "
     "not go further.",
     ("insist", "Deutsche Schienen")),
    ("will not sign a deal that",
     "Brazil and Paraguay met. \"We will not sign a new annex that keeps Paraguay as a captive seller,\" Paraguay's "
     "foreign minister said.",
     ("insist", "Paraguay")),
    ("a thing that could only happen on a condition, said by a side",
     "Russia and Ukraine met. A Kremlin spokesman said an all-for-all exchange could only come as part of a wider "
     "settlement.",
     ("insist", "Russia")),
    ("talks could resume only after",
     "Russia and Ukraine met. Russia said talks could resume only after Ukraine withdrew its troops.",
     ("insist", "Russia")),
    ("countered with a demand",
     "Malawi and Afreximbank met. Malawi's negotiators countered with a demand for a 40% cut.",
     ("demand", "Malawi")),
    ("would attend",
     "Brazil invited Guyana and Venezuela to a new round of talks. Guyanese officials said they would attend.",
     ("accept", "Guyana")),
    ("would take part in the mediation",
     "Minera Atacama and the Cerro Blanco union met. Minera Atacama said it would take part in the mediation.",
     ("accept", "Minera Atacama")),
    ("reserved its position",
     "Kosovo and Serbia met in Brussels. Kosovo reserved its position on the police patrols.",
     ("insist", "Kosovo")),
    ("the two leaders accepted it",
     "The Greek Cypriot and Turkish Cypriot leaders met. Olmedo proposed a single ceremony for both crossings, and the "
     "two leaders accepted it.",
     [("accept", "Greek Cypriots"), ("accept", "Turkish Cypriots")]),
    ("whose service proposed",
     "Russia and Ukraine failed to agree. The deadlock was broken by Turkey, whose intelligence service proposed a "
     "new list.",
     ("propose", "Turkey")),
    ("committed to",
     "Norway is committed to hosting the next round of talks.",
     ("accept", "Norway")),
    ("a description as a modifier",
     "The Dockers Guild met Portline on Monday. On Tuesday the union leadership rejected the offer.",
     ("reject", "the Dockers Guild")),
    ("a quality said to be missing",
     "Brixton Rail said the union's plan for a four-day week was not affordable.",
     ("reject", "Brixton Rail")),
    ("a refusal announced",
     "The Nurses Union will not sign the contract.",
     ("reject", "the Nurses Union")),
    ("an objection named",
     "The Sahel Front notified Mali of its objection to extending the truce.",
     ("reject", "the Sahel Front")),
    ("an acceptance made conditional",
     "Mali's acceptance of the text was conditional on a withdrawal from Kidal.",
     ("insist", "Mali")),
    ("under the accord",
     "Mali and the Sahel Front met in Algiers. Under the accord, the Sahel Front will hand over its weapons.",
     [("accept", "Mali"), ("accept", "the Sahel Front")]),
    ("the participants",
     "The mediator said the participants had accepted the compromise. Mali and the Sahel Front were there.",
     [("accept", "Mali"), ("accept", "the Sahel Front")]),
    ("conceding is accepting",
     "After a week of pressure, the Dockers Guild conceded.",
     ("accept", "the Dockers Guild")),
    ("a promise under a concluded deal is part of accepting it",
     "In a deal signed with the Sahel Front on Sunday, Mali promised to withdraw its troops from Kidal.",
     ("accept", "Mali")),
    ("a promise with no deal yet is an offer",
     "The Sahel Front promised to free its prisoners if Mali withdrew from Kidal.",
     ("offer", "the Sahel Front")),
    ("a return made conditional",
     "The Pilots Association would return to the talks only if the airline restored the old rosters.",
     ("insist", "the Pilots Association")),
    ("struck down",
     "In 2019 the National Assembly struck down the earlier agreement.",
     ("reject", "the National Assembly")),
    ("a country's adjective without a demonym entry",
     "The Philippine government rejected the draft.",
     ("reject", "Philippines")),
    ("a facilitator is not one of 'the two sides'",
     "Norway, which has facilitated the talks since 2019, said the two sides had agreed to a prisoner exchange. "
     "The Sahel Front and Mali met in Oslo. Mali and the Sahel Front later signed it.",
     [("accept", "Mali"), ("accept", "the Sahel Front")]),
    ("a dateline opens its sentence",
     "BAMAKO, May 3 (Desert Wire) — Mali and the Sahel Front signed a truce on Friday.",
     [("accept", "Mali"), ("accept", "the Sahel Front")]),
    ('plain verb',
     'The Ministry of Fisheries rejected the proposal from the Coastal Boatmen Union.',
     ('reject', 'the Ministry of Fisheries')),
    ('agree to + verb',
     'The Lorvan government agreed to free forty detained activists.',
     ('accept', 'Lorvan')),
    ('agree to + noun',
     'The Kivu Liberation Front agreed to a ten-day truce.',
     ('accept', 'the Kivu Liberation Front')),
    ('joint subject',
     'Peru and Chile agreed to reopen the border crossing.',
     [('accept', 'Peru'), ('accept', 'Chile')]),
    ('collective subject',
     "Ghana's government met the Volta Movement in Accra. The two sides agreed to a prisoner swap.",
     [('accept', 'Ghana'), ('accept', 'the Volta Movement')]),
    ('reached a deal with',
     'Nortel Airways reached a deal with the Pilots Association on Friday.',
     [('accept', 'Nortel Airways'), ('accept', 'the Pilots Association')]),
    ('deal reached, passive',
     'An agreement has been reached with Vietnam, the Thai trade minister said.',
     [('accept', 'Vietnam'), ('accept', 'Thailand')]),
    ('signing',
     'Ethiopia and Eritrea signed a peace accord in Jeddah.',
     [('accept', 'Ethiopia'), ('accept', 'Eritrea')]),
    ('light verb: green light',
     'The cabinet of Moldova gave the green light to the plan.',
     ('accept', 'Moldova')),
    ('light verb: made an offer',
     'Harlow Motors made a new offer to the Assembly Workers Union.',
     ('offer', 'Harlow Motors')),
    ('phrasal: walked away',
     'The Dockers Guild walked away from the bargaining table on Monday.',
     ('reject', 'the Dockers Guild')),
    ('phrasal: pulled out',
     'Mali pulled out of the talks in Algiers.',
     ('reject', 'Mali')),
    ('suspending talks',
     'The Northern Alliance suspended the negotiations after the shelling.',
     ('reject', 'the Northern Alliance')),
    ('letting a truce lapse',
     'The Sahel Patriotic Front let the ceasefire expire at midnight.',
     ('reject', 'the Sahel Patriotic Front')),
    ('verdict on a proposal',
     "Brixton Rail said the union's new demands were unaffordable.",
     ('reject', 'Brixton Rail')),
    ('nominalisation: possessive offer',
     "The union turned down Harlow Motors' latest offer.",
     ('offer', 'Harlow Motors')),
    ('nominalisation: demands from',
     'The talks stalled over demands from the Kivu Liberation Front.',
     ('demand', 'the Kivu Liberation Front')),
    ('pushing for',
     'Norway has been pushing for a jointly drafted text.',
     ('demand', 'Norway')),
    ('holding out for',
     'The Teachers Federation is holding out for a 9% raise.',
     ('insist', 'the Teachers Federation')),
    ('commitment with will',
     'Japan said it will lift tariffs on Korean steel.',
     ('offer', 'Japan')),
    ('readiness',
     'Serbia signalled its readiness to resume talks.',
     ('offer', 'Serbia')),
    ('third-party claim',
     'The Turkish president said both sides had agreed to a ceasefire. Armenia and Azerbaijan met in Ankara.',
     [('accept', 'Armenia'), ('accept', 'Azerbaijan')]),
    ('mediator announces a deal',
     'Qatar announced a truce between the Malian army and the Azawad Movement.',
     [('propose', 'Qatar'), ('accept', 'the Malian army'), ('accept', 'the Azawad Movement')]),
    ('under the deal',
     'Sudan and South Sudan met in Juba. Under the deal, Sudan will withdraw its troops from Abyei.',
     [('accept', 'Sudan'), ('accept', 'South Sudan')]),
    ('conditional agreement',
     'Moscow would only agree to a truce if Kyiv stopped its attacks.',
     ('insist', 'Russia')),
    ('title ties a person',
     'Armenian Prime Minister Nikol Pashinyan rejected the draft.',
     ('reject', 'Armenia')),
    ('apposition ties a person',
     "Maria Lopez, the Transit Union's president, rejected the offer.",
     ('reject', 'the Transit Union')),
    ('description refers back',
     'The Bakers Union met Crumb Foods on Monday. The company offered a 4% raise.',
     ('offer', 'Crumb Foods')),
    ("refusing to budge is holding firm",
     "The Dockers Guild met Portline on Monday. Portline refused to budge on automation.",
     ("insist", "Portline")),
    ("not backing down is holding firm",
     "The Nurses Union said it would not back down on staffing ratios.",
     ("insist", "the Nurses Union")),
    ("making something a condition",
     "The Sahel Front said it would make the release of its fighters a condition of any truce.",
     ("insist", "the Sahel Front")),
    ("what one side says will depend on something",
     "Mali signed a truce with the Sahel Front. Mali's defence minister said any withdrawal will depend on "
     "the Sahel Front disarming first.",
     ("insist", "Mali")),
    ("a coalition led by a state is that state",
     "The Saudi-led coalition agreed to extend the truce by two months.",
     ("accept", "Saudi Arabia")),
    ("a state's government named by its possessor",
     "Kalindi's government and the rebel Kalindi Patriotic Movement (KPM) agreed to a truce, the regional "
     "mediator said after talks in the Tanzanian city of Arusha.",
     [("accept", "Kalindi"), ("accept", "KPM")]),
    ("a verdict given as a noun",
     "Hamas said the Israeli proposal was a non-starter.",
     ("reject", "Hamas")),
    ("an act said or believed of its actor",
     "Russia and Ukraine held talks in Istanbul. Ukraine is said to have accepted the outline of the plan.",
     ("accept", "Ukraine")),
    ("a concession made only after something",
     "Colombia met the National Liberation Army (ELN). The ELN said it would begin disarming only after the army "
     "had pulled back.",
     ("insist", "ELN")),
    ("settling for something",
     "The Baltic Dockworkers Union (BDU) struck against Nordhaven Ports. The BDU had earlier signalled it could "
     "settle for 9 per cent.",
     ("offer", "BDU")),
    ("coming up with an offer",
     "Greece met its creditors. The International Monetary Fund (IMF) has come up with a take-it-or-leave-it offer.",
     ("offer", "IMF")),
    ("agreeing on something",
     "Israel agreed on the terms of the truce, officials said.",
     ("accept", "Israel")),
    ("an act done on behalf of a party",
     "SAG-AFTRA met the AMPTP. The committee also revealed counteroffers that were made on behalf of SAG-AFTRA.",
     ("offer", "SAG-AFTRA")),
    ("a verdict in a relative clause",
     "Greece met its creditors. Greece's finance minister said they had received \"an offer which is in no way "
     "credible.\"",
     ("reject", "Greece")),
    ("proposals handed over as a list",
     "Canada Post met the Dockers Guild. Canada Post pushed back, giving a list of proposals it said would end "
     "the strike.",
     ("offer", "Canada Post")),
    ("denouncing a deal",
     "Sinn Fein and the Ulster Unionist Party signed the accord. The Democratic Unionist Party (DUP) denounced the "
     "settlement as a betrayal.",
     ("reject", "DUP")),
    ("a concession threatened away unless",
     "Russia will halt gas deliveries to Ukraine from January 1 unless Ukraine lifts the sanctions, Russia's energy "
     "minister said.",
     ("insist", "Russia")),
    ("calling off a strike only if",
     "The Baltic Dockworkers Union (BDU) struck. The BDU said it would call off the strike only if the company "
     "guaranteed jobs.",
     ("insist", "BDU")),
    ("not settling for less",
     "Iceland said it would not settle for less than 15 per cent.",
     ("insist", "Iceland")),
    ("voting against an offer",
     "The New Zealand Nurses Federation (NZNF) met Health New Zealand. NZNF members voted against the offer.",
     ("reject", "NZNF")),
    ("accepting nothing less",
     "Kyrgyzstan and Tajikistan met in Astana. A Tajik ministry statement said Dushanbe would accept nothing less "
     "than equal access to the water.",
     ("insist", "Tajikistan")),
    ("freeing no one",
     "Nigeria's interior minister said: \"We will not free anyone with blood on his hands, whatever the group "
     "demands.\"",
     ("insist", "Nigeria")),
    ("a demonym the gazetteer lacks",
     "Kyrgyzstan and Tajikistan met in Astana. Kyrgyz officials reportedly rejected the idea.",
     ("reject", "Kyrgyzstan")),
    ("a withdrawal refused unless",
     "The Shan Hills Democratic Army (SHDA) said it would not pull its fighters out unless the army stopped air "
     "strikes.",
     ("insist", "SHDA")),
    ("allowing nothing",
     "Myanmar's military said the armed forces would allow no role for foreign monitors.",
     ("insist", "Myanmar")),
    ("an agency referred back to",
     "The Federal Emergency Management Agency (FEMA) met the union. The agency, which runs the relief programme, "
     "had offered a 4.5 per cent rise.",
     ("offer", "FEMA")),
    ("a group named in apposition",
     "Qatar's foreign ministry said the group, Jamaat Nasr al-Sahil, had freed 27 children. The group is reported "
     "to have demanded the release of its former commander.",
     ("demand", "Jamaat Nasr al-Sahil")),
    ("a swap carried out",
     "Russia and Ukraine exchanged 205 prisoners of war each on Friday, the Emirati foreign ministry said.",
     [("accept", "Russia"), ("accept", "Ukraine")]),
    ("ruling out",
     "Bolivia ruled out a free float of the boliviano.",
     ("reject", "Bolivia")),
    ("could not give what is asked",
     "Hanseong Motor met the union. Hanseong Motor said in a statement that it could not raise the retirement age "
     "across the board.",
     ("reject", "Hanseong Motor")),
    ("nothing while",
     "Israel's prime minister said there will be no withdrawal while a single hostage is still in Gaza.",
     ("insist", "Israel")),
    ("the mediators",
     "Egypt and Qatar, which mediated the talks, said the Dawn Brigades would free four hostages. Qatar's foreign "
     "ministry spokesman said the mediators had proposed a second round of talks.",
     [("propose", "Qatar"), ("propose", "Egypt")]),
    ("considering something only if",
     "Sudan's negotiator said his government would only consider a vote if seasonal residents could take part.",
     ("insist", "Sudan")),
    ("refusing while a condition holds",
     "Colombia's defence minister said: \"We cannot sit at a table while our soldiers are being held in a jungle "
     "camp.\"",
     ("insist", "Colombia")),
    ("a deal refused while a condition holds",
     "Thailand and Cambodia fought on the border. Trump said the United States would not conclude trade deals with "
     "either country while the fighting went on.",
     ("insist", "United States")),
    ("under the arrangement",
     "Israel and the Dawn Brigades agreed to a swap. Under the arrangement, the Brigades will hand over the bodies of "
     "two hostages.",
     [("accept", "Israel"), ("accept", "the Dawn Brigades")]),
    ("a deal on the table",
     "The Chicago Teachers Union (CTU) met Chicago Public Schools (CPS). \"If the CTU wants a deal, there's a deal to "
     "be had right now on the table,\" CPS chief Pedro Martinez said.",
     ("offer", "CPS")),
    ("walking out unless",
     "The Gulf Coast Longshore Union (GCLU) met the employers. He said members would walk out on October 16 unless "
     "the employers dropped the automation clause.",
     ("insist", "GCLU")),
    ("rival administrations",
     "Libya's rival administrations agreed on Thursday to set up a joint committee. The Government of National Unity "
     "(GNU) and the House of Representatives (HoR) met in Tunis.",
     [("accept", "GNU"), ("accept", "HoR")]),
    ("asking a party to act",
     "Indonesia met the European Union (EU) in Brussels. Indonesia also asked the EU to drop anti-dumping duties on "
     "its steel.",
     ("demand", "Indonesia")),
    ("ready for talks",
     "India and Pakistan restored the ceasefire. Pakistan's spokeswoman said Pakistan was ready for talks.",
     ("offer", "Pakistan")),
    ("never willing",
     "Ethiopia reached a deal with its bondholders. Ethiopia had never been willing to give private creditors better "
     "terms than its official lenders, the minister said.",
     ("insist", "Ethiopia")),
    ("threw out an offer", "The Harbour Workers Union (HWU) threw out Kestrel Shipping's latest pay offer.",
     ("reject", "HWU")),
    ("knocked back a claim", "The Harbour Workers Union (HWU) met Kestrel Shipping. Kestrel Shipping knocked "
     "back the union's claim for a 9 per cent rise.", ("reject", "Kestrel Shipping")),
    ("balked at a demand", "Peru and the Sendero Rojo met. The Sendero Rojo balked at Peru's demand that its "
     "fighters disarm first.", ("reject", "the Sendero Rojo")),
    ("caved in to demands", "The Harbour Workers Union (HWU) struck for a week. Kestrel Shipping caved in to the "
     "union's demands on Wednesday.", ("accept", "Kestrel Shipping")),
    ("dropped its objection", "Norway dropped its objection to Iceland's quota.", ("accept", "Norway")),
    ("dug in its heels", "Chile and Bolivia met. Bolivia dug in its heels over access to the sea.",
     ("insist", "Bolivia")),
    ("said no to", "Norway and Iceland met. Iceland said no to the Norwegian proposal.", ("reject", "Iceland")),
    ("pulled the plug on", "Norway and Iceland met. Iceland pulled the plug on the talks in Oslo.",
     ("reject", "Iceland")),
    ("slammed the door on any", "Norway and Iceland met. Iceland slammed the door on any quota cut.",
     ("insist", "Iceland")),
    ("left the door open to", "Norway and Iceland met. Iceland left the door open to a smaller quota.",
     ("offer", "Iceland")),
    ("made any deal conditional on", "Norway and Iceland met. Iceland made any deal conditional on a joint survey.",
     ("insist", "Iceland")),
    ("conditioned something on", "Norway and Iceland met. Iceland has conditioned the quota cut on a joint survey.",
     ("insist", "Iceland")),
    ("reneged on", "Norway and Iceland met. Iceland reneged on the quota deal.", ("reject", "Iceland")),
    ("responded positively to", "Norway and Iceland met. Iceland responded positively to the Norwegian proposal.",
     ("accept", "Iceland")),
    ("gave the other side until a day to", "Norway and Iceland met. Norway gave Iceland until Friday to cut "
     "its quota.", ("demand", "Norway")),
    ("will not return until", "Peru and the Shining Dawn Front (SDF) met in Lima. The SDF will not return to the "
     "talks until Peru suspends its offensive.", ("insist", "SDF")),
    ("refused to sign unless", "Peru and the Shining Dawn Front (SDF) met in Lima. The SDF refused to sign unless "
     "Peru withdrew from the valley.", ("insist", "SDF")),
    ("warned it would resume strikes if", "Peru and the Shining Dawn Front (SDF) met in Lima. Peru warned that it "
     "would resume air strikes if the SDF rearmed.", ("insist", "Peru")),
    ("floated a compromise", "Kenya, Uganda and the Ruvu Front met. People familiar with the talks said Kenya had "
     "floated a compromise.", ("propose", "Kenya")),
    ("brushed off", "Norway and Iceland met. The demand was brushed off by Iceland's fisheries minister.",
     ("reject", "Iceland")),
    ("asked that", "Norway and Iceland met. Iceland's negotiator also asked that the quota be cut first.",
     ("demand", "Iceland")),
    ("expected the other side to", "Iran and Afghanistan met. Iran's spokesman said that Tehran expected "
     "Afghanistan to honour the 1973 treaty.", ("demand", "Iran")),
    ("a two-word demonym the tagger took for a person", "Sri Lanka and China met. Sri Lankan officials have "
     "proposed a compromise.", ("propose", "Sri Lanka")),
    ("is said to have turned it down, insisting", "Ethiopia and the Amhara People's Defence Front (APDF) met. The "
     "APDF is said to have turned the proposal down, insisting that any exchange cover every prisoner.",
     ("insist", "APDF")),
    ("would attend only if", "Ethiopia and the Amhara People's Defence Front (APDF) met. The APDF said it would "
     "attend only if the detainee question had been settled by then.", ("insist", "APDF")),
    ("would not allow any", "Peru and the Shining Dawn Front (SDF) met. Peru said it would not allow any ransom to "
     "be paid.", ("insist", "Peru")),
    ("would not entertain anything", "Peru and the Shining Dawn Front (SDF) met. Peru said it would not entertain "
     "anything resembling autonomy.", ("insist", "Peru")),
    ("would not entertain it", "Peru and the Shining Dawn Front (SDF) met. The SDF proposed a buffer zone. Peru "
     "would not entertain it.", ("reject", "Peru")),
    ("the stoppage would go on", "The Dockers Union and Port Authority met. The Dockers Union said the stoppage, now "
     "in its tenth day, would go on.", ("insist", "the Dockers Union")),
    ("the strike will continue until", "The Dockers Union and Port Authority met. The Dockers Union said the strike "
     "would continue until the authority dropped the plan.", ("insist", "the Dockers Union")),
    ("would guarantee", "Peru and the Shining Dawn Front (SDF) met. Peru said it would guarantee the safety of any "
     "fighter who surrendered.", ("offer", "Peru")),
    ("would suspend the strike if", RAIL + "The TDU would suspend "
     "the strike at once, its chairman added, if Nordic Rail presented a written offer.", ("offer", "TDU")),
    ("would be called off if", RAIL + "The strike would be called "
     "off, the TDU said, if Nordic Rail reopened talks.", ("offer", "TDU")),
    ("would consider doing", RAIL + "Nordic Rail said it would "
     "consider reopening two depots.", ("offer", "Nordic Rail AB")),
    ("undertook to", RAIL + "Nordic Rail, in turn, undertook to "
     "give no other union better terms.", ("accept", "Nordic Rail AB")),
    ("not negotiable", PAPER + '"The future of the mill is not negotiable," the Nordic Paper chief executive '
     "said.", ("insist", "Nordic Paper AB")),
    ("no question of", PAPER + '"There is no question of closing the mill," Nordic Paper said.',
     ("insist", "Nordic Paper AB")),
    ("will not sign away", PAPER + '"We will not sign away the right of workers to decide their shifts," the PWU '
     "said.", ("insist", "PWU")),
    ("the offer would not be improved", PAPER + "The Nordic Paper chairman said the offer was the best the company "
     "could afford and would not be improved.", ("insist", "Nordic Paper AB")),
    ("the strike would be extended", PAPER + "The PWU said the strike would be extended to two more mills from "
     "Monday.", ("insist", "PWU")),
    ("suggested by", "Peru and the Shining Dawn Front (SDF) met. A buffer zone of five kilometres was suggested by "
     "Peru.", ("propose", "Peru")),
    ("floated doing", PAPER + "Nordic Paper negotiators had privately floated extending pay protection to three "
     "years.", ("offer", "Nordic Paper AB")),
    ("is acceptable", PAPER + '"The pay increase is acceptable," the PWU chairman said.', ("accept", "PWU")),
    ("calling both sides back", PAPER + "The national conciliator, Riikka Harju, said she would call both sides "
     "back in for talks on Friday.", ("propose", "Riikka Harju")),
    ("the lockout will stay in place until", PAPER + '"The lockout will stay in place until the union signs up to '
     'a contract," the Nordic Paper chief executive said.', ("insist", "Nordic Paper AB")),
    ("would not give, as a position", "Peru and the Shining Dawn Front (SDF) met. Peru said on Thursday it would not "
     "raise the fuel tax before the harvest.", ("insist", "Peru")),
    ("could not give", "Peru and the Shining Dawn Front (SDF) met. Peru said on Thursday it could not raise the "
     "fuel tax before the harvest.", ("reject", "Peru")),
    ("warned that something would happen", "The Garment Workers Federation and the Apparel Makers Association met. "
     "The association warned that factories hit by walkouts would close.",
     ("insist", "the Apparel Makers Association")),
    ("warned that it will unless", "The Offshore Energy Workers' Union (OEWU) and the Norwegian Offshore Employers' "
     "Association (NOEA) met. The union has warned that it will shut down four more fields from Saturday unless "
     "the employers return to the table.", ("insist", "OEWU")),
    ("could live with, provided that", "Bulgaria and Turkey met. Vasileva, Bulgaria's energy minister, said Sofia "
     "could live with a longer schedule provided that the fee came down.", ("offer", "Bulgaria")),
    ("could live with only if", "Bulgaria and Turkey met. Bulgaria said it could live with the longer schedule only "
     "if the fee came down.", ("insist", "Bulgaria")),
    ("we will file for arbitration", "Bulgaria and Turkey met. \"If there is no movement on the fee by April, we will "
     "file for arbitration,\" Bulgaria's energy minister Rositsa Vasileva said.", ("insist", "Bulgaria")),
    ("set out its terms", "Peru and the Shining Dawn Front (SDF) met. The SDF set out its terms: a full withdrawal and "
     "an end to the war.", ("demand", "SDF")),
    ("gave a positive response", "Peru and the Shining Dawn Front (SDF) met. The SDF gave a positive response to the "
     "proposal.", ("accept", "SDF")),
    ("gave a negative response", "Peru and the Shining Dawn Front (SDF) met. The SDF gave a negative response to the "
     "proposal.", ("reject", "SDF")),
    ("gave the go-ahead", "Peru and the Shining Dawn Front (SDF) met. Peru gave the go-ahead for its delegation to "
     "travel to Oslo.", ("accept", "Peru")),
    ("would not take part in talks", "Peru and the Shining Dawn Front (SDF) met. The SDF said it would not take "
     "part in the next round of talks.", ("reject", "SDF")),
    ("we will not do it, said by a side", "Peru and the Shining Dawn Front (SDF) met in Oslo. \"We have carried "
     "rifles for thirty years and we will not lay them down now,\" the SDF commander Rosa Quispe said.",
     ("insist", "SDF")),
    ("if they move first, we will, said by a side", "The Metalworkers Union (DMI) and the employers federation MEID "
     "met. \"If the employers come with a number that starts with a three, we will talk,\" DMI chairman Kemal Aydin "
     "said.", ("offer", "DMI")),
    ("if they move first, our votes are there", "The Democratic Action Party (DAP) and the government met. \"If the "
     "government comes back with 2 million yen for everyone, our votes are there the same day,\" DAP leader Ken Mori "
     "said.", ("offer", "DAP")),
    ("if they go back on it, we will be back on the road", "The Crafts Federation (ATCEF) and the producers guild "
     "(TFPG) met. \"If the producers go back on the hiring clause, we will be back on the road,\" ATCEF president "
     "Ravi Kumar said.", ("insist", "ATCEF")),
    ("if attacks come, we will answer them", "Pakistan and Afghanistan met in Istanbul. \"If attacks come from Afghan "
     "soil, we will answer them,\" Pakistan's lead negotiator, Tariq Bhatti, said.", ("insist", "Pakistan")),
    ("turned it down flat", "Angola and the Cabinda front (FLPC) met. Angola's delegation turned the referendum "
     "down flat but offered to raise the province's share of oil revenue.",
     [("reject", "Angola"), ("offer", "Angola")]),
    ("described the offer as a quoted label", "The Services Union (SFWU) and Ballycree Meats met. SFWU organiser "
     "Grainne McEntee described the offer as \"dead on arrival\".", ("reject", "SFWU")),
    ("called the offer a quoted label, parsed as its modifier", "Spain and Algeria met in Rome. The Algerian side "
     "called the gas offer \"unrelated to the question at hand,\" one of them said.", ("reject", "Algeria")),
    ("refused to discuss a term", "Japan's NLP and the DAP met. The NLP offered to raise the threshold to 1.7 million "
     "yen. It refused to discuss the gasoline tax.", ("reject", "NLP")),
    ("no intention of doing that", "Spain and Algeria met in Rome. Algeria wants Spain to reverse its position. "
     "Madrid has no intention of doing that.", ("reject", "Spain")),
    ("no intention of ending it", "Israel and Hamas met in Cairo. Israel has no intention of ending the war before "
     "Hamas is disarmed.", ("insist", "Israel")),
    ("a two-word demonym names the side", "India and Sri Lanka met. The Sri Lankan side agreed to ask the Attorney "
     "General to look again at the fines.", ("accept", "Sri Lanka")),
    ("the brigade", "Britain and the Martyrs of the Coast Brigade met. The brigade is reported to have rejected that "
     "offer.", ("reject", "the Martyrs of the Coast Brigade")),
    ("an offer described as the most one can bear", "Nigeria and the lecturers union (CASNU) met. The ministry "
     "has described the package as the most the treasury can bear.", ("insist", "Nigeria")),
    ("our offer is the limit of what we can pay", "Chile and the copper miners union (SMC) met. Labour minister "
     "Ana Ruiz of Chile said the offer was \"the limit of what the budget can carry\".", ("insist", "Chile")),
    ("we will not bring it back, said by a side", "Canada and Brazil met in Geneva. \"We will not bring back the "
     "export levy that our farmers fought in the streets,\" Canada's trade minister, Anne Roy, said.",
     ("insist", "Canada")),
    ("the industry CEOs", "The actors union SAG-AFTRA and the Alliance of Motion Picture and Television Producers "
     "(AMPTP) met. The industry CEOs have walked away from the bargaining table.", ("reject", "AMPTP")),
    ("handed over soldiers it held", "Angola and the Cabinda Popular Liberation Front (FLPC) signed a truce. Hours "
     "later the rebels handed over six Angolan soldiers they had held since February.", ("accept", "FLPC")),
    ("a side will keep its measure, told by the report", "Tanzania and Malawi met in Tunduma. Tanzania agreed to "
     "let maize cross. But Lilongwe will keep its ban on Tanzanian cement and sugar.", ("insist", "Malawi")),
    ("our troops will stay, said by a side", "Peru and the Shining Dawn Front (SDF) met in Oslo. Peru's defence "
     "minister, Hugo Salas, said Peruvian troops would stay in the valley until the SDF disarmed.",
     ("insist", "Peru")),
    ("his government would keep the border closed", "Peru and Bolivia met in Lima. Peru's defence minister, Hugo "
     "Salas, told reporters that his government would keep the border closed until Bolivia expelled the smugglers.",
     ("insist", "Peru")),
]


@pytest.mark.parametrize("name, text, expected", CONSTRUCTIONS, ids=[c[0] for c in CONSTRUCTIONS])
def test_construction(name, text, expected):
    found = [(m["type"], m["actor"]) for m in read_text(text)["moves"]]
    for move in expected if isinstance(expected, list) else [expected]:
        assert move in found, f"{name}: {move} not in {found}"


def test_joint_subject_is_one_move_per_party():
    found = [(m["type"], m["actor"]) for m in read_text("Peru and Chile agreed to reopen the border.")["moves"]]
    assert found.count(("accept", "Peru")) == 1 and found.count(("accept", "Chile")) == 1


def test_officials_of_several_sides_sign_for_each_side():
    found = _moves("The extension of the truce was signed in Delhi by officials of the Indian home ministry and the "
                   "Zo Hills Liberation Alliance (ZHLA).")
    assert ("accept", "India") in found and ("accept", "ZHLA") in found


def test_the_fund_is_the_one_party_named_fund():
    found = _moves("Kenya and the International Monetary Fund (IMF) met in Nairobi. The fund wants Kenya to end tax "
                   "exemptions on food.")
    assert ("demand", "IMF") in found


def test_a_third_party_claim_carries_its_source():
    reading = read_text("The Turkish president said both sides had agreed to a ceasefire. "
                        "Armenia and Azerbaijan met in Ankara.")
    claim = [m for m in reading["moves"] if m["actor"] == "Armenia"][0]
    assert claim["source"] == "The Turkish president"


def test_a_name_the_report_never_spells_out_is_not_guessed():
    """Two countries share the demonym 'Congolese': the army it describes stays unresolved, not misplaced."""
    reading = read_text("Qatar announced a ceasefire deal between the Congolese army and the March 23 Movement.")
    assert ("accept", "Qatar") not in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_unclassified_terms_are_short_noun_phrases():
    (move, *_) = read_text("The Nurses Union demanded a four-day working week for all ward staff.")["moves"]
    (term,) = move["gets"]
    assert term["term"] == "other" and len(term["text"].split()) <= 8 and "demanded" not in term["text"]


def test_a_quote_of_several_sentences_is_all_its_speakers():
    reading = read_text('A spokeswoman for the Harbour Authority said: "We are disappointed. '
                        'The Dockers Guild rejected a fair offer."')
    (move, *_) = [m for m in reading["moves"] if m["type"] == "reject"]
    assert move["source"] == "A spokeswoman for the Harbour Authority"


def test_a_quote_after_a_quoted_sentence_is_the_same_speakers():
    reading = read_text('Canada and Brazil met in Geneva. "We want a deal," Canada\'s trade minister, Anne Roy, '
                        'told reporters. "But we will not give up our dairy quotas, not now and not later."')
    assert ("insist", "Canada") in [(m["type"], m["actor"]) for m in reading["moves"]]
    reading = read_text('Canada and Brazil met in Geneva. "We want a deal," Canada\'s trade minister, Anne Roy, '
                        'told reporters.\n\n"But we will not give up our dairy quotas, not now and not later."')
    assert ("insist", "Canada") not in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_a_forecast_of_what_a_side_will_not_do_is_no_red_line():
    found = _moves("Canada and Brazil met in Geneva. Analysts said Canada would not give up its dairy quotas.")
    assert ("insist", "Canada") not in found
    found = _moves("Canada and Brazil met in Geneva. Analysts said Canada would lower the tariff if Brazil moved.")
    assert ("offer", "Canada") not in found


def test_an_anonymous_lawmaker_who_labels_the_offer_is_its_source():
    reading = read_text("The National Camp and the Torah Banner party met. A senior Torah Banner lawmaker, speaking on "
                        'condition of anonymity, called the offer "a bribe with an expiry date".')
    (move,) = [m for m in reading["moves"] if m["type"] == "reject"]
    assert move["source"] == "A senior Torah Banner lawmaker", move


def test_a_rejection_names_what_it_refuses_and_gives_nothing():
    (move,) = [m for m in read_text("The Nurses Union rejected the ministry's offer of a 3% pay rise.")["moves"]
               if m["type"] == "reject"]
    assert move["gives"] == [] and move["gets"] == [] and "offer" in move["refers_to"], move


def test_a_dateline_with_a_country_and_an_agency_in_brackets_is_no_party():
    reading = read_text("Quetta (Pakistan) (AIP) - Pakistan and the Baloch National Resistance (BNR) agreed on "
                        "Thursday to a 30-day ceasefire in three districts.")
    assert "Quetta" not in reading["parties"]
    assert {m["actor"] for m in reading["moves"]} == {"Pakistan", "BNR"}


def test_a_minister_belongs_to_the_ministry_the_report_names():
    reading = read_text("Teachers in Peru went on strike against the Education Ministry on Monday. Education Minister "
                        "Rosa Huaman offered on Tuesday to raise the starting salary by 10%.")
    assert [(m["type"], m["actor"]) for m in reading["moves"]] == [("offer", "Peru")]


def test_declining_to_discuss_the_figures_is_no_rejection():
    found = _moves("Kallisto Maritime and the pirates met. Kallisto Maritime said it remained committed to a deal but "
                   "declined to discuss figures. The Hobyo guard refused to discuss the details.")
    assert not any(t == "reject" for t, _ in found), found


def test_under_its_terms_sets_out_the_deal():
    reading = read_text("Pakistan and the Baloch National Resistance (BNR) agreed on Thursday to a 30-day ceasefire. "
                        "Under its terms the army will suspend operations in three districts.")
    assert {m["actor"] for m in reading["moves"] if m["sentence"].startswith("Under its terms")} == {"Pakistan", "BNR"}


def test_in_return_after_a_deal_told_earlier_is_that_sides_part():
    reading = read_text("Senegal and the Kassa Liberation Movement (MLK) signed a peace accord in Bissau on Monday. "
                        "The ceremony lasted two hours. Guinea-Bissau's president attended. Regional leaders sent "
                        "messages of support. Thousands gathered outside. In return, Dakar will grant an amnesty to "
                        "fighters who are not accused of serious crimes.")
    assert [m["actor"] for m in reading["moves"] if m["sentence"].startswith("In return")] == ["Senegal"]


def test_the_terms_of_an_old_plan_are_background():
    found = _moves("Greece and its creditors met in Brussels. The creditors suggest that Greece should post a surplus "
                   "of 1% of GDP this year, instead of 3% under the terms of the current plan, sources said.")
    assert not any(actor == "Greece" and kind == "propose" for kind, actor in found), found


def test_a_quoted_label_that_praises_is_no_rejection():
    found = _moves('Spain and Algeria met in Rome. Algeria called the offer "a step in the right direction".')
    assert ("reject", "Algeria") not in found


def test_a_side_that_would_give_if_a_protest_ends_offers():
    found = _moves("Bangladesh and the garment unions met. Labour Minister Mahfuza Lipi said the government would "
                   "issue every worker a ration card if the protests ended.")
    assert ("offer", "Bangladesh") in found and ("insist", "Bangladesh") not in found


def test_a_pronoun_for_an_anonymous_member_keeps_the_member_as_source():
    reading = read_text('Peru and the Shining Dawn Front (SDF) met in Oslo. An SDF commander who spoke on condition '
                        'of anonymity dismissed the offer. "We have carried rifles for thirty years and we will not '
                        'lay them down now," he said.')
    (move,) = [m for m in reading["moves"] if m["type"] == "insist"]
    assert move["actor"] == "SDF" and move["source"].startswith("An SDF commander"), move


def test_he_is_not_the_woman_who_spoke_before():
    text = ('Norway and Russia failed to agree a cod quota. Norway\'s fisheries minister, Ingrid Solheim, said the '
            'sanctions had nothing to do with fish. "We will not trade our security for a cod quota," she told ABN. '
            'The head of the Russian delegation, Vadim Orlov, accused Oslo of bad faith. "We are ready to sign '
            'within a day," he told state television.')
    reading = read_text(text)
    assert ("offer", "Russia") in [(m["type"], m["actor"]) for m in reading["moves"]]
    assert ("offer", "Norway") not in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_a_quote_the_parse_hung_on_its_cue_as_a_clause_is_still_said():
    found = _moves('Norway and Russia met. "Lift the ban, and we are ready to sign within a day," Russian negotiator '
                   'Vadim Orlov told state television.')
    assert ("offer", "Russia") in found


def test_she_is_the_person_named_again_by_surname_before_her_quote():
    text = ('Senegal and the Kassa Liberation Movement (MLK) signed an accord in Bissau. It was signed by Senegal\'s '
            'armed forces minister, Aminata Ndour Faye, and by the MLK commander Bakary Sagna. "We have put down '
            'the gun, not our history," Sagna said. Faye was just as blunt. "The unity of the republic is not '
            'negotiable," she said.')
    found = _moves(text)
    assert ("insist", "Senegal") in found and ("insist", "MLK") not in found


def test_a_person_whose_title_a_description_owns_speaks_for_that_side():
    reading = read_text("Aurora Pacific Airlines and the Flight Attendants Union (FAU) met. Aurora Pacific said it "
                        "was disappointed by the vote. In a memo to employees, Mark Ostrander, the airline's "
                        'vice-president of labour relations, wrote that the agreement was "the richest in our history" '
                        'and that the company "will not reopen it".')
    assert "Mark Ostrander" not in reading["parties"]
    assert "Mark Ostrander" in reading["parties"]["Aurora Pacific Airlines"]


def test_a_speaker_label_before_a_colon_speaks_the_quote():
    text = ("Israel and Hezbollah agreed a truce on Tuesday.\n\nPrime Minister Benjamin Netanyahu: \u201cThe length of "
            "the ceasefire depends on what happens in Lebanon. Should Hezbollah violate the agreement or attempt to "
            "rearm, we will strike.\u201d")
    assert ("insist", "Israel") in _moves(text)


def test_two_unnamed_members_of_a_side_are_its_source():
    reading = read_text("Japan's National Liberal Party (NLP) and the Democratic Action Party (DAP) met. The NLP "
                        "offered to raise the threshold to 1.7 million yen, according to two NLP lawmakers involved in "
                        "the talks.")
    (move,) = [m for m in reading["moves"] if m["type"] == "offer"]
    assert move["source"].startswith("two NLP lawmakers"), move


def test_a_body_that_would_report_later_is_no_speaker():
    reading = read_text("Tanzania and Malawi met in Tunduma. SADC's deputy executive secretary, Tebogo Mothibi, said "
                        "both sides had agreed to set up a joint technical committee that would report within 60 days.")
    sources = {m["source"] for m in reading["moves"] if m["type"] == "accept"}
    assert sources and "that" not in sources, reading["moves"]


def test_a_pronoun_speaker_is_the_person_named_before():
    reading = read_text("Interior Minister Ana Ruiz met the strikers on Monday. "
                        "The Nurses Union has rejected the offer, she said.")
    (move,) = [m for m in reading["moves"] if m["type"] == "reject"]
    assert move["source"] == "Interior Minister Ana Ruiz"


def test_a_pronoun_speaker_is_the_person_the_sentence_before_is_about():
    text = ("Senegal and the Casamance Front (MLK) signed an accord. The MLK's leader, Cesar Sagna, told reporters "
            'the question was "parked". "We will bring it back to the table," he said. Senegal\'s minister, Aminata '
            'Faye, spoke next. Faye was just as blunt. "The unity of the republic is not negotiable," she said.')
    found = _moves(text)
    assert ("insist", "Senegal") in found and ("insist", "MLK") not in found


def test_a_demand_one_will_not_move_away_from_is_no_new_demand():
    found = _moves('The Doctors Union (BMA) and the Health Ministry met. "It seems the BMA is unwilling to move '
                   'away from its unaffordable demands on pay," the Health Ministry said.')
    assert ("insist", "BMA") in found and ("demand", "BMA") not in found


def test_disappointment_at_an_event_joined_to_another_word_is_no_rejection():
    found = _moves('The Doctors Union (BMA) and the Health Ministry met. The Health Ministry said: "It is both '
                   'surprising and deeply disappointing that the BMA has declared further strikes."')
    assert not any(kind == "reject" for kind, _ in found)


def test_the_state_of_whoever_led_the_talks_is_not_the_government():
    found = _moves("Benin and the Gourma Front (FDG) swapped prisoners. The talks were led by a Mauritanian religious "
                   "scholar. The government refused to pay any ransom, he said.")
    assert ("reject", "Benin") in found and ("reject", "Mauritania") not in found


def test_he_after_an_unnamed_official_is_that_official():
    reading = read_text("Benin and the Gourma Front (FDG) swapped prisoners, a local official involved in the "
                        "mediation told reporters. The government refused to pay any ransom, he said.")
    (move,) = [m for m in reading["moves"] if m["type"] == "reject"]
    assert move["actor"] == "Benin" and move["source"] == "a local official"


def test_a_sides_promise_after_the_deal_is_its_part_of_the_deal():
    found = _moves("Senegal and the Casamance Front (MLK) signed a peace accord on Monday. The government also "
                   "pledged 40 billion francs to rebuild roads. Senegal will withdraw its troops from two villages.")
    assert found.count(("accept", "Senegal")) == 3 and ("offer", "Senegal") not in found
    found = _moves("Senegal and the Casamance Front (MLK) signed a peace accord on Monday. Senegal would withdraw "
                   "its troops from two more villages if the MLK handed over its heavy weapons.")
    assert ("offer", "Senegal") in found


def test_what_analysts_see_and_appeals_to_every_side_are_no_moves():
    found = _moves("Peru and the Shining Dawn Front (SDF) signed a pact. Analysts say Jakarta's refusal to countenance "
                   "any foreign role leaves little on the table. The State Department welcomed the pact and urged all "
                   "Peruvian actors to respect the rule of law.")
    assert not any(kind in ("reject", "demand") for kind, _ in found)


def test_a_deal_of_the_past_named_by_its_owner_is_no_acceptance():
    for deal in ("its 2011 investment agreement", "their last agreement"):
        found = _moves(f"Altan Ridge Resources and Mongolia met. Altan Ridge says {deal} keeps its tax rates stable.")
        assert not any(kind == "accept" for kind, _ in found), deal


def test_a_question_weighed_and_how_much_one_is_willing_to_give_are_no_moves():
    found = _moves("The Nepal Janata Party (NJP) and the Tarai Front (TFA) met. Whether the TFA's leaders can be "
                   "persuaded before Sunday, she said, would depend on how much the NJP is willing to concede.")
    assert not found


def test_an_outside_states_call_is_no_move():
    found = _moves("A guerrilla group, the Peasant Army (ECR), freed a sergeant held by it. Paraguay refused to free "
                   "its founders. Brazil's foreign ministry called on the kidnappers to release the rancher.")
    assert ("demand", "Brazil") not in found


def test_what_depends_on_one_side_is_the_other_sides_condition():
    found = _moves("Peru and the Shining Dawn Front (SDF) signed a truce on Monday. Full withdrawal will depend on "
                   "the SDF keeping to its end of the bargain.")
    assert ("insist", "Peru") in found and ("insist", "SDF") not in found


def test_an_unnamed_member_doing_the_act_is_its_source():
    (move,) = read_text("Pakistan and the Tehreek Front (TMQ) met in Kabul. Pakistan offered to free 40 militants. A "
                        "TMQ commander who spoke on condition of anonymity dismissed the offer.")["moves"][1:]
    assert (move["type"], move["actor"], move["source"]) == ("reject", "TMQ", "A TMQ commander")


def test_not_walking_away_is_no_rejection():
    found = _moves('Altan Ridge and Mongolia met on Monday. "We are not going to walk away," the Altan Ridge chief '
                   "executive said.")
    assert not any(kind == "reject" for kind, _ in found)


def test_a_speakers_name_in_apposition_is_part_of_the_source():
    reading = read_text("Norway's special envoy, Lars Holm, said the Volta Movement had rejected the plan.")
    (move,) = [m for m in reading["moves"] if m["type"] == "reject"]
    assert "Lars Holm" in move["source"]


def test_a_facilitator_never_accepts_for_the_sides():
    reading = read_text("Norway, which has facilitated the talks since 2019, said the two sides had agreed to a "
                        "prisoner exchange. The Sahel Front and Mali met in Oslo. Mali and the Sahel Front later "
                        "signed it.")
    assert "Norway" not in {m["actor"] for m in reading["moves"]}


def test_weapons_given_up_are_disarmament_and_self_rule_is_governance():
    reading = read_text("Mali and the Sahel Front met in Algiers. Under the accord, the Sahel Front will hand over "
                        "its weapons and Mali will hold a referendum on autonomy for the north.")
    terms = {t["term"] for m in reading["moves"] for t in m["gives"] + m["gets"]}
    assert {"disarmament", "governance"} <= terms



def test_in_a_civil_war_the_army_is_a_side_and_its_country_the_battleground():
    reading = read_text("Fighting between Chad's army and the Desert Liberation Front has spread. "
                        "The army rejected the truce proposed by Niger.")
    assert ("reject", "Chad's army") in [(m["type"], m["actor"]) for m in reading["moves"]]
    assert "Chad" not in reading["parties"]


def test_where_its_government_acts_the_army_stays_the_state():
    reading = read_text("Chad's government met the Desert Liberation Front in Niamey. "
                        "The Chadian army rejected the truce.")
    assert ("reject", "Chad") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_mediators_announcing_that_others_agreed_are_not_sides():
    reading = read_text("Kenya and Ethiopia announced that the warring factions in Somalia had agreed to a "
                        "truce. Fighting between the Somali army and the Coastal Liberation Front went on.")
    accepted = {m["actor"] for m in reading["moves"] if m["type"] == "accept"}
    assert accepted == {"the Somali army", "the Coastal Liberation Front"}


def test_an_acronym_after_a_possessive_names_the_party():
    reading = read_text("The dockers rejected the Pacific Shipping Council's (PSC) proposal on Monday.")
    assert "PSC" in {m["actor"] for m in reading["moves"]}
    assert "Pacific Shipping Council" not in reading["parties"]


def test_an_employers_association_is_the_employer_side():
    reading = read_text("The Harbour Employers Association proposed a 4% raise to the dockers.")
    assert [(m["type"], m["actor"]) for m in reading["moves"]] == [("offer", "the Harbour Employers Association")]


def test_a_country_inside_a_groups_name_stays_in_the_name():
    reading = read_text("The Popular Forces of Gabon rejected the ceasefire.")
    assert [(m["type"], m["actor"]) for m in reading["moves"]] == [("reject", "the Popular Forces of Gabon")]


def test_a_joint_statement_is_the_parties_on_the_record():
    reading = read_text("According to a joint statement, Peru and Chile agreed to reopen the border.")
    assert {m["source"] for m in reading["moves"]} == {None}


def test_a_dateline_is_never_the_speaker():
    reading = read_text("LIMA--Andes Rail said it presented a revised offer to the union on Thursday.")
    assert all(m["source"] != "LIMA" for m in reading["moves"])


def test_they_after_two_named_speakers_is_those_speakers():
    reading = read_text("Dr Ana Ruiz and Dr Tom Vale, who lead the Nurses Union, said talks were stuck. "
                        "They said the Lakeside Hospital Trust had rejected their offer.")
    (move,) = [m for m in reading["moves"] if m["type"] == "reject"]
    assert "Ana Ruiz" in move["source"]


def _moves(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_a_titled_leader_the_tagger_missed_and_their_surname_later():
    found = _moves("The talks resumed. Austria's chancellor Eva Brandt met Lars Holm of Norway. "
                   "Later, Norway appealed to Brandt to release the two fishermen.")
    assert ("demand", "Norway") in found


def test_a_proposal_branded_with_a_verdict_by_someone_is_their_rejection():
    assert ("reject", "the Dockers Guild") in _moves(
        'The port authority made an offer to the Dockers Guild. The offer was branded "derisory" by the '
        'Dockers Guild.')


def test_non_negotiable_said_of_a_term_is_a_red_line():
    assert ("insist", "the Harbour Pilots Federation") in _moves(
        "The Harbour Pilots Federation met the port. The federation said that a pension guarantee is "
        "non-negotiable.")


def test_pushing_for_someone_to_act_is_a_demand():
    assert ("demand", "Laos") in _moves("Laos and Thailand met. Laos pushed for Thai troops to leave the border "
                                        "villages by June.")


def test_a_warning_opened_by_should_is_a_red_line():
    assert ("insist", "Chile") in _moves('Peru and Chile agreed a truce. The Chilean president said: "Should Peru '
                                         'move troops to the border, we will respond."')


def test_too_long_said_of_an_agreement_is_a_rejection():
    assert ("reject", "the Pilots Guild") in _moves(
        "The Pilots Guild and Skyway Air met. The Pilots Guild said the length of the contract was too long.")


def test_a_shared_would_makes_every_conjoined_promise_an_offer():
    assert ("offer", "Andes Rail") in _moves("Andes Rail met the union. The company would cut night shifts and pay "
                                             "a higher rate for overtime.")


def test_agreeing_in_a_call_with_others_is_their_agreement_too():
    found = _moves("Talks on the loan resumed. Portugal's prime minister agreed in a phone call with the Spanish "
                   "prime minister to extend the deadline.")
    assert {("accept", "Portugal"), ("accept", "Spain")} <= set(found)


def test_producing_a_plan_is_a_proposal():
    assert ("propose", "Latvia") in _moves("Latvia has produced a plan of its own for the border crossings.")


def test_a_demonym_a_territory_shares_names_the_state():
    assert ("reject", "France") in _moves("The French president rejected the fishing quota proposal.")


def test_sides_known_only_by_their_role_are_parties_of_their_own():
    found = _moves("Portugal and its lenders met in Lisbon. The lenders suggest that Portugal should cut pensions. "
                   "The Portuguese opposition rejected the plan.")
    assert ("propose", "Lenders") in found and ("reject", "Opposition") in found


def test_a_surplus_to_post_is_not_a_post_on_social_media():
    (move, *_) = read_text("Its lenders suggest that Portugal should post a budget surplus.")["moves"]
    assert move["source"] is None


def test_a_caucus_in_a_chamber_is_a_side_and_its_bare_party_name_too():
    found = _moves("Senate Democrats rejected the spending plan on Friday. Democrats want more money for schools.")
    assert ("reject", "Senate Democrats") in found and ("demand", "Senate Democrats") in found


def test_in_a_domestic_fight_the_state_is_its_executive_seat():
    found = _moves("Senate Democrats turned down an offer from the White House to cap spending. The White House "
                   "said it was ready to meet any time.")
    assert ("offer", "White House") in found and "United States" not in {actor for _, actor in found}


def test_between_states_the_executive_seat_stays_the_country():
    found = _moves("The White House rejected the Chinese proposal. China demanded an end to chip controls.")
    assert ("reject", "United States") in found


def test_a_plural_demonym_without_the_is_the_people_not_the_state():
    found = _moves("Chileans rejected the new constitution in a referendum. The Peruvians rejected the border plan.")
    assert ("reject", "Chile") not in found and ("reject", "Peru") in found


def test_announcing_a_deal_reached_with_someone_is_being_a_side_of_it():
    found = _moves("Japan's trade minister announced that an agreement has been reached with South Korea on "
                   "steel tariffs.")
    assert {("accept", "Japan"), ("accept", "South Korea")} <= set(found)


def test_a_ministry_in_a_title_is_the_state_of_the_title():
    reading = read_text("Norway's finance minister met Iceland. Lars Holm, Secretary of the Treasury, later "
                        "rejected Iceland's fishing proposal. US Treasury Secretary Ann Bell agreed to mediate.")
    assert "Treasury" not in reading["parties"]


def test_in_a_labour_dispute_the_employers_proposals_and_wants_are_offers():
    found = _moves("The Players Union and the Coastal League met again. The league proposed raising the minimum "
                   "salary to $700,000. The league wanted to raise the bonus pool to $30 million. The union asked "
                   "for $725,000.")
    assert found.count(("offer", "the Coastal League")) == 2 and ("demand", "the Players Union") in found


def test_an_act_inside_an_unless_clause_is_a_condition_not_an_act():
    found = _moves('The Kivu Front said: "these conditions will not be met unless a full agreement is signed."')
    assert ("accept", "the Kivu Front") not in found


def test_an_act_inside_an_until_or_provided_clause_is_a_condition_not_an_act():
    found = _moves("The Paper Workers Union (PWU) and Nordic Paper AB met on Monday. Nordic Paper said the lockout "
                   "would stay in place until the union signs up to a contract.")
    assert ("accept", "PWU") not in found
    found = _moves("The Paper Workers Union (PWU) and Nordic Paper AB met on Monday. The PWU said it was prepared to "
                   "accept the new shifts on a trial, provided workers could vote to scrap them.")
    assert ("offer", "PWU") in found and ("reject", "PWU") not in found


def test_a_deal_of_decades_or_years_ago_is_background():
    for when in ("in the 1990s", "in 2014", "three years ago"):
        found = _moves(PAPER + f"Several agreements were signed {when} but none held. The PWU rejected the 2026 "
                       "offer.")
        assert not any(kind == "accept" for kind, _ in found), when


def test_a_company_without_its_legal_form_is_the_company():
    found = _moves(PAPER + '"There is no question of closing the mill," Nordic Paper said.')
    assert found == [("insist", "Nordic Paper AB")]


def test_a_company_the_tagger_took_for_a_person_is_a_company():
    found = _moves("Finnish paper maker Kaarna Oyj locked out 1,100 workers after the Paper Workers' Union (PPTL) "
                   "rejected a proposal. Kaarna said it would not reopen the mills.")
    assert ("insist", "Kaarna Oyj") in found or ("reject", "Kaarna Oyj") in found
    assert "Kaarna" not in {actor for _, actor in found}


def test_a_council_the_report_never_names_is_a_side():
    found = _moves("Bin workers rejected the city council's latest offer. The Refuse Workers Union (RWU) said the "
                   "strike would go on. The council said it was ready to resume talks.")
    assert ("offer", "the council") in found


def test_two_places_tagged_as_one_name_are_two():
    found = _moves("Moldova and Transnistria met in Bender after shuttle visits between Chisinau and Tiraspol. "
                   "Tiraspol also asked for the release of three officials.")
    assert ("demand", "Tiraspol") in found and "Chisinau and Tiraspol" not in {actor for _, actor in found}


def test_a_name_a_group_calls_itself_holds_when_the_parser_strays():
    found = _moves("CARTAGENA — An armed group that calls itself the Clan de la Serranía freed four soldiers on "
                   "Sunday, handing them to the Catholic Church. The government extended its truce. The group said "
                   "it demanded that the government suspend arrest warrants.")
    assert ("demand", "Clan de la Serranía") in found and ("demand", "the Catholic Church") not in found


def test_a_description_in_the_lead_is_the_group_named_further_on():
    reading = read_text("PEMBA, Mozambique — Insurgents in Cabo Delgado province have released three of the five "
                        "foreign workers they seized in March. The group, which calls itself Ansar al-Rovuma, is "
                        "still holding the other two.")
    (move,) = reading["moves"]
    assert (move["type"], move["actor"]) == ("accept", "Ansar al-Rovuma")
    assert [t["term"] for t in move["gives"]] == ["hostage_release"]


def test_a_name_with_a_plural_possessive_is_whole():
    found = _moves("NEW YORK — The players' union of the Premier Women's Basketball League rejected the league's "
                   "latest contract proposal on Wednesday. The league said it would not agree to a revenue share.")
    assert {actor for _, actor in found} >= {"the Premier Women's Basketball League"}
    assert "Basketball League" not in {actor for _, actor in found}


def test_a_word_of_a_compound_or_a_passing_description_tells_no_kind():
    found = _moves("The International Monetary Fund (IMF) and Kenya ended talks without a staff-level agreement. The "
                   "2028 bond was among the worst performers. Kenya is seeking about $2.4 billion over 38 months. "
                   "Kenya's Treasury countered with a package worth 0.8% of GDP.")
    assert ("demand", "Kenya") in found and ("offer", "Kenya") in found and ("propose", "Kenya") not in found


def test_a_strike_against_the_state_names_the_government():
    found = _moves("The National Teachers Union (SNP) rejected the Portuguese government's pay offer on Monday. The "
                   "government said the offer was final. Portugal's education minister said the SNP should return "
                   "to talks.")
    assert ("offer", "the government") in found and "Portugal" not in {actor for _, actor in found}


def test_a_question_is_no_move():
    found = _moves("Peru and the Shining Dawn Front (SDF) signed a truce on Monday. Who signed it? Will the SDF "
                   "accept the plan?")
    assert len(found) == 2


def test_a_promise_in_reply_to_a_request_is_an_offer_not_a_deal_kept():
    found = _moves("If Lima agrees to this request, the Andean Front has promised to resume talks on the ceasefire.")
    assert ("offer", "the Andean Front") in found


def test_a_promise_made_under_a_deal_is_accepting_it():
    found = _moves("Under the accord, the Andean Front promised to hand over its weapons within a year.")
    assert ("accept", "the Andean Front") in found


def test_a_bulleted_list_is_reported_by_whoever_introduces_it():
    reading = read_text("The Players Union and the Coastal League met again.\n\nAccording to Reuters, the league's "
                        "last proposal included:\n\n- The league proposed raising the minimum salary to $700,000. "
                        "The union wanted $725,000.\n\nThe union said talks would go on.")
    sources = {m["actor"]: m["source"] for m in reading["moves"] if "salary" in m["sentence"] or "725" in
               m["sentence"]}
    assert sources == {"the Coastal League": "Reuters", "the Players Union": "Reuters"}


def test_a_shorter_spelling_of_a_company_is_the_same_party():
    reading = read_text("Andes National Railway presented a revised offer. According to Andes National, the "
                        "company would pay a higher rate for overtime.")
    assert {m["actor"] for m in reading["moves"]} == {"Andes National Railway"}
    assert all(m["source"] is None for m in reading["moves"])


def test_demands_an_offer_tries_to_meet_are_a_reference_not_a_demand():
    found = _moves("Harlow Motors' latest offer included bigger pensions to better meet the Nurses Union's demands.")
    assert ("demand", "the Nurses Union") not in found


def test_readiness_to_strike_or_fight_is_no_offer():
    found = _moves("The Dockers Guild is prepared to go on strike. The Kivu Front will resume its offensive "
                   "operations against the army.")
    assert not [m for m in found if m[0] == "offer"]


def test_a_comment_on_an_event_is_no_verdict_on_a_proposal():
    found = _moves('A Lakeside Trust spokesperson said: "It is deeply disappointing that the Nurses Union has '
                   'declared further strikes."')
    assert not [m for m in found if m[0] == "reject"]


def test_a_promise_of_nothing_in_particular_is_no_offer():
    assert _moves('"We promised and we will crush them," a Kivu Front statement read.') == []


def test_a_deal_mentioned_in_background_gives_no_acceptance():
    found = _moves("Mali and the Sahel Front met in Algiers. The war began after disputes over plans for the "
                   "Front's fighters to be absorbed into the army under an earlier deal.")
    assert not [m for m in found if m[0] == "accept"]


def test_the_country_an_envoy_is_sent_to_is_not_a_side():
    reading = read_text("The UN envoy to Yemen announced that the parties to the conflict had agreed to extend "
                        "the truce. The Houthis and Saudi Arabia had fought since 2015.")
    assert {m["actor"] for m in reading["moves"] if m["type"] == "accept"} == {"Houthis", "Saudi Arabia"}


def test_in_exchange_continues_the_proposal_just_described():
    found = _moves("Norway's plan calls for the release of all 40 prisoners held by the Kivu Front. In exchange, "
                   "Kinshasa would release 200 detained fighters. Under the proposal, both sides would start talks "
                   "on a permanent truce.")
    assert ("offer", "DR Congo") not in found and found.count(("propose", "Norway")) >= 2


def test_a_truce_said_to_continue_is_the_speakers_offer():
    assert ("offer", "Chile") in _moves("After the vote, President Ana Ruiz of Chile said the ceasefire will "
                                        "continue.")


def test_a_decision_said_to_be_subject_to_a_condition_is_a_red_line():
    assert ("insist", "the Andean Front") in _moves(
        "The Andean Front announced that the decision to extend the truce is subject to the reopening of the "
        "airport.")


def test_committed_to_act_is_accepting_even_inside_a_quote():
    assert ("accept", "Peru") in _moves('"Peru is committed to start work at once on a prisoner release," the '
                                        'text of the deal reads.')


def test_the_other_side_of_a_deal_signed_with_it_accepts():
    found = _moves("In a deal signed with the Sahel Front on Saturday in Algiers, Mali promised to free 300 "
                   "prisoners.")
    assert ("accept", "the Sahel Front") in found


def test_a_ministry_of_the_one_state_named_is_that_state():
    reading = read_text("Chile's president met union leaders. The Finance Ministry rejected the union's pay claim.")
    assert ("reject", "Chile") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_each_item_a_proposal_is_said_to_include_is_a_term():
    (move, *_) = read_text("The Nurses Union said its latest proposals included shorter shifts, a childcare "
                           "allowance and better job security.")["moves"]
    texts = [t.get("text") for t in move["gives"] + move["gets"]]
    assert len(texts) == 3 and "childcare allowance" in texts


def test_talks_that_led_to_a_deal_are_its_setting_not_a_term():
    (move, *_) = read_text("Mali and the Sahel Front agreed to a ten-day truce following talks in Algiers.")["moves"]
    assert {t["term"] for t in move["gives"] + move["gets"]} == {"ceasefire"}


def test_could_not_agree_is_a_rejection_and_would_not_support_any_a_red_line():
    found = _moves("The Coastal League said the owners could not agree to the union's plan. The Players Union "
                   "said it would not support any deal that kept the salary cap.")
    assert ("reject", "the Coastal League") in found and ("insist", "the Players Union") in found


def test_not_to_sign_in_a_contrast_is_no_act():
    assert _moves('"We came to negotiate, not to sign away our jobs," the Pilots Guild chairman said.') == []


def test_offering_to_accept_is_the_offer_not_an_acceptance():
    found = _moves("The Players Union said it had offered to accept an even split of revenue.")
    assert ("accept", "the Players Union") not in found and ("offer", "the Players Union") in found


def test_signalling_that_it_could_free_people_is_an_offer():
    assert ("offer", "Chile") in _moves("The government of Chile has signalled that it could free up to 25 "
                                        "detainees.")


def test_a_leader_titled_by_the_last_word_of_a_party_name_speaks_for_it():
    found = _moves("The Agrarian League walked out of the budget talks. League leader Sofie Dahl rejected the "
                   "package.")
    assert found.count(("reject", "the Agrarian League")) == 2


def test_a_place_conjoined_with_an_acting_state_acts_too():
    reading = read_text("Peru and Narnia moved closer to a treaty on Wednesday.")
    assert "Narnia" in reading["parties"] or "Narnia" in {a for p in reading["parties"].values() for a in p}


def test_a_country_is_named_by_its_short_common_name():
    assert ("insist", "DR Congo") in _moves("Kinshasa's acceptance of the text was conditional on the rebels "
                                            "leaving Goma.")


def test_a_price_named_after_a_good_is_no_aid_and_humanitarian_corridors_are():
    reading = read_text("The government offered to delay the fuel-tax rise and restore farm grants. The Kivu Front "
                        "accepted Norway's proposal to open two humanitarian corridors.")
    terms = [(m["type"], t["term"]) for m in reading["moves"] for t in m["gives"] + m["gets"]]
    assert ("offer", "aid") not in terms and ("accept", "aid") in terms


def test_each_promise_joined_by_and_is_its_own_term():
    reading = read_text("The Teachers Federation demanded smaller classes and a 6% raise. The Lakeside City "
                        "Council offered to hire 300 teachers and fund new libraries.")
    (offer,) = [m for m in reading["moves"] if m["type"] == "offer"]
    (demand,) = [m for m in reading["moves"] if m["type"] == "demand"]
    assert len(offer["gives"] + offer["gets"]) == 2 and len(demand["gives"] + demand["gets"]) == 2


def test_both_sides_ending_a_session_is_no_walkout():
    found = _moves("The Coastal League and the Players Union ended a four-hour bargaining session without a deal.")
    assert not [m for m in found if m[0] == "reject"]
    assert ("reject", "the Players Union") in _moves("The Players Union ended the talks on Monday.")


def test_a_leader_with_no_country_leads_the_one_state_without_a_leader():
    found = _moves("The Tigray Defence Front and Ethiopia met in Pretoria. Prime Minister Abiy Ahmed rejected the "
                   "front's demand for a referendum.")
    assert ("reject", "Ethiopia") in found


def test_creditors_and_lenders_are_one_side():
    reading = read_text("Portugal met its creditors. The lenders rejected the plan. The creditors want cuts.")
    assert {m["actor"] for m in reading["moves"]} == {"Creditors"}


def test_abiding_by_a_truce_is_accepting_it():
    assert ("accept", "Kivu Front") in _moves("A Kivu Front spokesman said the front would respect the truce.")


def test_signed_by_two_agents_is_both_accepting():
    found = _moves("The accord was signed by Mali's defence minister and by the Sahel Front's commander.")
    assert {("accept", "Mali"), ("accept", "the Sahel Front")} <= set(found)


def test_wanting_something_to_happen_is_a_demand_but_not_wanting_is_not():
    found = _moves("The rebels of the Kivu Front wanted the next round to deal with prisoners. Andes Rail does not "
                   "want it to come to a strike.")
    assert ("demand", "the Kivu Front") in found and not [m for m in found if m[1] == "Andes Rail"]


def test_a_counterfactual_or_a_complaint_is_no_refusal():
    found = _moves('The union said: "The government would not accept the reality of falling pay. The offer would '
                   'not even have matched inflation."')
    assert not [m for m in found if m[0] in ("reject", "insist")]


def test_a_name_before_a_description_is_the_party():
    found = _moves("Kinshasa and the M23 rebels have signed a declaration of principles in Doha.")
    assert ("accept", "M23") in found


def test_a_shared_demonym_is_the_country_the_report_names():
    found = _moves("The Congolese government rejected the plan. Officials in Kinshasa said talks would go on.")
    assert ("reject", "DR Congo") in found


def test_an_outsider_welcoming_a_deal_is_no_acceptance():
    found = _moves("Mali and the Sahel Front signed a truce in Algiers. Mali and the Sahel Front will meet again. "
                   "Rwanda welcomed the declaration.")
    assert ("accept", "Rwanda") not in found and ("accept", "Mali") in found


def test_refusing_to_reopen_talks_is_rejecting_them():
    found = _moves("The Nurses Union rejected the offer. Health Secretary Ann Bell of Britain said Britain will not "
                   "reopen talks.")
    assert ("reject", "United Kingdom") in found and "Health" not in {actor for _, actor in found}


def test_self_rule_monitors_and_meeting_are_terms():
    reading = read_text("Under the accord, the Sahel Front will hand over its weapons and run a new autonomous region. "
                        "Both sides agreed to set up a commission of observers and to meet again in May.")
    terms = {t["term"] for m in reading["moves"] for t in m["gives"] + m["gets"]}
    assert {"disarmament", "governance", "guarantees", "talks"} <= terms


def test_coming_back_to_a_deal_is_an_offer():
    assert ("offer", "Russia") in _moves("The Kremlin said Moscow would return to the grain deal as soon as its "
                                         "own exports were freed.")


def test_management_without_the_is_the_employer():
    assert ("offer", "Skyway Air") in _moves("Skyway Air met the pilots on Monday. Management offered a 6% raise.")


def test_officials_close_to_the_talks_are_sources_not_a_side():
    found = _moves("Officials close to talks on Mali's war said the Sahel Front had rejected the plan.")
    assert ("reject", "the Sahel Front") in found and not [m for m in found if m[1] == "Mali"]


def test_a_signed_accord_described_is_no_signing():
    assert _moves("Mali published the full text of the signed accord on Thursday.") == []


def test_speakers_titled_after_their_names_speak_for_that_party():
    (move,) = read_text("Dr Ana Ruiz and Dr Tom Vale, co-chairs of the Nurses Union, said they were seeking a deal "
                        "that restores pay.")["moves"]
    assert (move["type"], move["actor"], move["source"]) == ("demand", "the Nurses Union", None)


def test_nothing_to_discuss_until_a_condition_is_a_red_line():
    found = _moves('"Until Skyway Air puts the transfer on the table, there is nothing to discuss," the Pilots '
                   'Guild chairman said.')
    assert ("insist", "Pilots Guild") in found


def test_a_conjunction_the_tagger_took_into_a_name_is_left_out():
    found = _moves('Peru and Chile met in Lima. "Unless Chile withdraws its troops, there will be no deal," the '
                   'Peruvian president said.')
    assert ("insist", "Peru") in found and not [a for _, a in found if a.startswith("Unless")]


def test_a_backer_is_not_a_proposer():
    moves = read_text("The US-backed forces and the militia agreed to a truce on Monday.")["moves"]
    assert ("propose", "United States") not in [(m["type"], m["actor"]) for m in moves]


def test_two_verdicts_on_one_demand_are_one_rejection_by_the_speaker():
    moves = read_text("The Canadian Union of Postal Workers (CUPW) went on strike. Canada Post said the union's "
                      "demands are unaffordable and unsustainable.")["moves"]
    assert [m["actor"] for m in moves if m["type"] == "reject"] == ["Canada Post"]


def test_a_reply_to_accusations_is_no_move():
    moves = read_text("The Sahel Front rejected the accusations and pushed back on Mali's criticism.")["moves"]
    assert moves == []


def test_a_dateline_is_neither_speaker_nor_party_but_opens_the_span():
    text = ("KORVEN — Savaria's largest mineworkers' union said on Thursday it would accept Kestrel Minerals' "
            "revised offer if the company dropped plans to close a shaft. The Savarian Mineworkers Union (SMU) "
            "has been on strike for five weeks.")
    moves = read_text(text)["moves"]
    insist = [m for m in moves if m["type"] == "insist"]
    assert [(m["actor"], m["source"]) for m in insist] == [("SMU", None)]
    assert insist[0]["start"] == 0 and not insist[0]["sentence"].startswith("KORVEN")


def test_a_spokeswoman_of_the_group_speaks_for_it():
    reading = read_text("The Azuri National Front (ANF) rejected the plan. \"We will not disarm,\" the group's "
                        "spokeswoman, Nadia Oruba, told reporters.")
    assert "Nadia Oruba" in reading["parties"]["ANF"]


def test_a_capital_inside_a_persons_name_is_no_state():
    reading = read_text("President Sofia Brandt of Rhaetia said Veloria and Kestany had agreed to a ceasefire.")
    assert "Bulgaria" not in reading["parties"]
    assert {m["actor"] for m in reading["moves"] if m["type"] == "accept"} == {"Veloria", "Kestany"}


def test_a_hyphenated_name_is_kept_whole():
    reading = read_text("A mediator said Katibat al-Furqan had demanded the release of its jailed commander.")
    assert [m["actor"] for m in reading["moves"]] == ["Katibat al-Furqan"]


def test_they_in_one_sides_quote_is_the_other_side():
    text = ("The Harbor Teachers Union met the Harbor School Board on Monday. \"We have bargained in good "
            "faith, but last week they presented an offer that ignores class sizes,\" the union said.")
    moves = read_text(text)["moves"]
    assert ("offer", "the Harbor School Board") in [(m["type"], m["actor"]) for m in moves]


def test_a_title_after_a_description_names_the_described_party():
    reading = read_text("The Harbor Teachers Union met the Harbor School Board on Monday. Union president Ann Lee "
                        "said the board's offer was unacceptable.")
    assert "Ann Lee" in reading["parties"]["the Harbor Teachers Union"]


def test_a_body_of_states_is_not_a_union():
    reading = read_text("Veloria and Kestany agreed to let observers from the Union of Coastal States monitor the "
                        "border. The union said it would send 60 observers.")
    assert {m["actor"] for m in reading["moves"] if m["type"] == "accept"} == {"Veloria", "Kestany"}


def test_what_will_happen_under_a_deal_just_reached_is_its_content():
    text = ("Armenia and Azerbaijan agreed to a ceasefire on Friday. Up to 200 prisoners will be released by "
            "March 10. The weather was cold.")
    reading = read_text(text)
    second = text.index("Up to")
    content = {(m["type"], m["actor"]) for m in reading["moves"] if m["start"] == second}
    assert content == {("accept", "Armenia"), ("accept", "Azerbaijan")}
    assert all(m["gives"] or m["gets"] for m in reading["moves"] if m["start"] == second)


def test_what_an_offer_would_give_is_the_offer():
    text = ("Canadian National (CN) made a new offer to the Teamsters on Monday. Conductors would get pay raises "
            "of 3% this year. We will watch it closely, the Teamsters said.")
    moves = read_text(text)["moves"]
    second = text.index("Conductors")
    assert [(m["type"], m["actor"]) for m in moves if m["start"] == second] == [("offer", "CN")]


def test_a_committee_named_after_an_organisation_is_that_organisation():
    reading = read_text("The British Medical Association (BMA) met the government. The BMA Junior Doctors Committee "
                        "rejected the offer on Tuesday.")
    assert [(m["type"], m["actor"]) for m in reading["moves"]] == [("reject", "BMA")]


def test_condemning_an_attack_is_no_move():
    assert read_text("The Democratic Unionist Party (DUP) condemned the attack on the police station.")["moves"] == []


def test_a_court_is_never_a_side():
    reading = read_text("Analysts said the biggest risk was a repeat of 2008, when the Supreme Court struck down an "
                        "earlier draft accord.")
    assert reading["moves"] == []


def test_who_in_a_relative_clause_is_the_noun_it_describes():
    text = ("South Korea's prime minister said the government had accepted a proposal from the presidents of six "
            "universities, who had asked for flexibility.")
    moves = read_text(text)["moves"]
    assert ("demand", "South Korea") not in [(m["type"], m["actor"]) for m in moves]


def test_a_verb_of_saying_under_can_not_reports_nothing():
    text = ('The Writers Guild of America (WGA) met the studios. The WGA proposed that AI "can\'t write or rewrite '
            'literary material".')
    moves = read_text(text)["moves"]
    assert moves and all((m["actor"], m["source"]) == ("WGA", None) for m in moves)


def test_a_time_is_never_a_term():
    moves = read_text("Four aid workers were freed on Saturday under a deal brokered by Qatar.")["moves"]
    assert moves and all(t["text"] != "Saturday" for m in moves for t in m["gives"] + m["gets"] if "text" in t)


def test_agreeing_to_differ_is_no_acceptance():
    assert read_text("Norway and Iceland agreed to differ on the size of the quota.")["moves"] == []


def test_an_act_named_in_another_partys_words_is_reported_by_that_party():
    moves = read_text("The Rapid Support Forces (RSF) met Sudan's army in Jeddah. The RSF blamed the breakdown in "
                      "talks on demands from the army.")["moves"]
    demands = [(m["actor"], m["source"]) for m in moves if m["type"] == "demand"]
    assert demands == [("Sudan's army", "The RSF")]


def test_a_label_before_a_colon_is_no_speaker():
    text = ("The White House met House Republicans on Friday.\n\nWhat they're saying: White House Press Secretary "
            "Karine Jean-Pierre said McCarthy's team made an offer that was a big step back.")
    offers = [m for m in read_text(text)["moves"] if m["type"] == "offer"]
    assert offers and offers[0]["source"] == "White House Press Secretary Karine Jean-Pierre"


@pytest.mark.parametrize("text", [
    "The Netherlands' three-party coalition failed for a third night to agree on next year's budget.",
    "The Christian Democratic Appeal (CDA) leader said his party \"wants a deal, not a crisis\".",
    "Mozambique met its bondholders. \"We cannot promise money we will not have,\" Mozambique's finance "
    "minister said.",
    "The Dutch prime minister gave his partners until Monday to reach agreement.",
])
def test_no_act_where_none_is_done(text):
    assert [m for m in read_text(text)["moves"] if m["type"] in ("accept", "demand", "offer")] == []


def test_held_hostage_is_a_figure_of_speech():
    moves = read_text("The Dutch prime minister said he would not let the coalition \"be held hostage by one line "
                      "in the budget\".")["moves"]
    assert all(t["term"] != "hostage_release" for m in moves for t in m["gives"] + m["gets"])


def test_a_union_name_with_and_and_a_plural_possessive_keeps_its_initials():
    reading = read_text("Southern Cross Terminals and the Maritime and Waterside Workers' Union (MWWU) agreed on "
                        "Saturday to suspend the stoppages.")
    assert {m["actor"] for m in reading["moves"] if m["type"] == "accept"} == {"Southern Cross Terminals", "MWWU"}


def test_the_junta_is_the_state_whose_military_was_named_not_the_mediator():
    text = ("Talks between Myanmar's military government and the Shan Hills Democratic Army (SHDA) ended in Kunming, "
            "China's foreign ministry said. The military's delegation demanded that the rebels leave the town.")
    moves = read_text(text)["moves"]
    assert ("demand", "Myanmar") in [(m["type"], m["actor"]) for m in moves]


def test_a_town_is_no_side_of_the_two_sides():
    text = ("Myanmar's army and the Shan Hills Democratic Army (SHDA) failed to agree on a withdrawal from the town "
            "of Namkham, although the two sides agreed to extend a local truce, China's foreign ministry said.")
    accepts = {m["actor"] for m in read_text(text)["moves"] if m["type"] == "accept"}
    assert "Namkham" not in accepts and "SHDA" in accepts


def test_a_side_may_report_the_deal_it_is_part_of():
    text = ("Canada met China in Beijing. Ottawa had offered to let in 50,000 Chinese cars a year. The two sides "
            "agreed to hold another round of talks, Canada's trade ministry said.")
    accepts = {m["actor"] for m in read_text(text)["moves"] if m["type"] == "accept"}
    assert accepts == {"Canada", "China"}


def test_asking_for_time_is_no_demand():
    moves = read_text("Myanmar's military and the Shan Hills Democratic Army (SHDA) met in Kunming. The junta's "
                      "delegation asked for time to consult the capital.")["moves"]
    assert [m for m in moves if m["type"] == "demand"] == []


def test_the_union_is_the_one_organisation_bargaining_with_a_named_employer():
    text = ("Major League Baseball canceled opening day after the MLBPA rejected the owners' offer. MLB proposed "
            "raising the minimum salary. The union asked for $725,000 this year.")
    reading = read_text(text)
    assert ("demand", "MLBPA") in [(m["type"], m["actor"]) for m in reading["moves"]]
    assert "the union" not in reading["parties"]


def test_an_unnamed_union_against_an_organisation_of_unknown_kind_stays_unnamed():
    reading = read_text("Boeing presented its final offer to the striking workers. The union rejected it.")
    assert ("reject", "the union") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_we_in_an_unattributed_quote_is_not_the_last_party_named():
    text = ("Israel and Hezbollah began a truce on Wednesday. \"Should Hezbollah violate the agreement or attempt to "
            "rearm, we will strike.\"")
    moves = read_text(text)["moves"]
    assert ("insist", "Hezbollah") not in [(m["type"], m["actor"]) for m in moves]


def test_not_ruling_out_is_no_rejection():
    assert read_text("Israel has not ruled out considering the latest proposal.")["moves"] == []


def test_a_plant_is_a_place_not_a_company():
    reading = read_text("Workers at Hanseong Motor staged strikes at its Ulsan and Asan plants. Management had offered "
                        "to raise base pay.")
    assert [(m["type"], m["actor"]) for m in reading["moves"]] == [("offer", "Hanseong Motor")]
    assert "Ulsan" not in reading["parties"]


def test_the_last_word_of_a_long_name_is_that_party():
    text = ("The International Monetary Fund (IMF) ended its mission in Bolivia. Marchetti said the Fund was prepared "
            "to send staff back to La Paz in January.")
    assert ("offer", "IMF") in [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_the_government_is_the_state_whose_government_was_named_not_a_guarantor():
    text = ("Colombia's government suspended peace talks with the Frente Unido del Sur (FUS), guarantors Norway and "
            "Venezuela said. The government has insisted that the group stop recruiting minors.")
    assert ("insist", "Colombia") in [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_nobody_did_it():
    text = "\"Nobody walked out, and in this process that counts for something,\" Sudan's negotiator said."
    assert read_text(text)["moves"] == []


def test_mediators_named_by_their_demonyms_are_no_sides():
    text = ("Egyptian and Qatari mediators said Israel and the Dawn Brigades had agreed to extend the truce. The two "
            "sides agreed to open talks on a second phase, the mediators said. The mediators had proposed a week.")
    moves = [(m["type"], m["actor"]) for m in read_text(text)["moves"]]
    assert {a for t, a in moves if t == "accept"} == {"Israel", "the Dawn Brigades"}
    assert ("propose", "Egypt") in moves and ("propose", "Qatar") in moves


def test_a_unions_readiness_is_an_offer_not_a_demand():
    text = ("The Confederation of Hospital Doctors (CEMH) rejected the Health Ministry's offer. The union said it was "
            "prepared to accept mediation by the Economic and Social Council.")
    assert ("offer", "CEMH") in [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_the_federation_a_union_belongs_to_is_not_the_union():
    text = ("Workers at Hanseong Motor staged strikes after their union rejected the company's offer. The union, a "
            "branch of the Korean Metal Workers' Union, said the package ignored its central demand.")
    moves = read_text(text)["moves"]
    assert {m["actor"] for m in moves if m["type"] == "reject"} == {"the union"}


def test_a_contrast_with_while_is_no_condition():
    text = ("Under the annex, Serbia would not object to Kosovo's membership of international organisations, while "
            "Kosovo committed to set up an association of municipalities.")
    assert ("insist", "Serbia") not in [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_an_abbreviation_news_uses_and_a_demonym_tagged_as_an_organisation_name_the_country():
    reading = read_text("Russia and Ukraine swapped prisoners. Khalifa al-Mazrouei, an Emirati minister of state, said "
                        "the UAE would keep working with both countries.")
    assert set(reading["parties"]["United Arab Emirates"]) >= {"UAE", "Khalifa al-Mazrouei"}


def test_a_negotiating_table_and_mediation_are_talks():
    text = ("The Confederation of Hospital Doctors (CEMH) struck. The Health Ministry had agreed to set up a separate "
            "negotiating table for doctors. The union said it was prepared to accept mediation.")
    terms = {t["term"] for m in read_text(text)["moves"] for t in m["gives"] + m["gets"]}
    assert "talks" in terms


def test_who_brokered_a_deal_long_ago_is_no_move_now():
    text = ("Russia quit the grain deal. Turkish President Recep Tayyip Erdogan, who helped broker the arrangement a "
            "year ago, said he believed Putin wanted the initiative to continue.")
    assert all(m["type"] != "accept" for m in read_text(text)["moves"])


def test_a_short_form_of_a_name_is_the_same_party():
    reading = read_text("The Dawn Brigades agreed to free four hostages. The Brigades said the release would take "
                        "place on Sunday. Hanseong Motor met its union. Hanseong said it could not raise the "
                        "retirement age.")
    assert "the Brigades" not in reading["parties"] and "Hanseong" not in reading["parties"]


def test_a_mediator_setting_out_a_truce_proposes_it():
    text = ("The UN envoy, Hans Grundberg, announced that Saudi Arabia and the Houthis had agreed to renew the truce. "
            "Grundberg said that \"under this truce, all offensive military operations will cease.\"")
    moves = read_text(text)["moves"]
    second = text.index("Grundberg said")
    assert [(m["type"], m["actor"]) for m in moves if m["start"] == second] == [("propose", "UN")]


def test_could_not_is_a_refusal_not_a_hedge():
    text = "Finance Minister Ana Kourouma said Mozambique could not sign any deal that cut pensions."
    moves = read_text(text)["moves"]
    assert moves and not any(m["hedged"] for m in moves)


def test_an_indefinite_description_in_the_lead_is_the_party_named_later():
    text = ("HOUSTON — A union representing about 9,000 dockworkers rejected the employers' offer on Monday. The Gulf "
            "Coast Longshore Union (GCLU) said its committee had voted against it.")
    assert ("reject", "GCLU") in [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_the_association_is_the_party_whose_name_ends_so():
    text = ("The Gulf Coast Longshore Union (GCLU) rejected the offer of the West Gulf Terminal Operators Association. "
            "The association has agreed to attend new talks, its spokeswoman said.")
    accepts = [m["actor"] for m in read_text(text)["moves"] if m["type"] == "accept"]
    assert accepts and all("Association" in a or a == "WGTOA" for a in accepts)


def test_official_creditors_keep_their_kind_and_a_country_name_without_the():
    reading = read_text("Malawi has reached an agreement in principle with its official bilateral creditors. "
                        "Democratic Republic of Congo's government agreed to a truce.")
    assert "Official creditors" in reading["parties"] and "DR Congo" in reading["parties"]


def test_a_partys_name_written_again_is_that_party_where_the_tagger_missed_it():
    text = ("Conductors at France's state railway SNCF stayed on strike. SNCF said it could not reopen the retirement "
            "rules but was prepared to raise the bonus to 150 euros.")
    moves = [(m["type"], m["actor"]) for m in read_text(text)["moves"]]
    assert moves and all(actor == "SNCF" for _, actor in moves)


def test_he_is_the_last_person_named_with_a_side():
    text = ("Armenia met Azerbaijan in Brussels. Armenia's deputy prime minister, Mher Grigoryan, said the delay was "
            "a goodwill gesture. He also demanded that Azerbaijan extradite three men.")
    assert ("demand", "Armenia") in [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_a_plan_calling_for_something_is_its_owners_proposal_not_a_demand():
    text = ("The United Nations (UN) hosted talks in Tunis. The UN plan also called for presidential elections to be "
            "held by September 2027.")
    assert ("demand", "UN") not in [(m["type"], m["actor"]) for m in read_text(text)["moves"]]


def test_a_place_whose_minister_speaks_is_a_side():
    text = ("Kosovo met Serbia in Brussels. Kosovo's deputy prime minister, Arben Krasniqi, said the delay was a "
            "goodwill gesture. He also demanded that Serbia extradite three men.")
    reading = read_text(text)
    assert "Arben Krasniqi" in reading["parties"]["Kosovo"]
    assert ("demand", "Kosovo") in [(m["type"], m["actor"]) for m in reading["moves"]]


@pytest.mark.parametrize("text", [
    "Indonesia and the European Union signed the pact last year, but the European Parliament has yet to ratify it.",
    "India said Pakistan was holding two soldiers. India is believed to be holding them for questioning.",
    "The Cerro Blanco Workers' Union (CBWU) said talks would go to mediation. If the mediation fails, the workers "
    "could walk out on December 1.",
])
def test_no_act_done_yet(text):
    moves = read_text(text)["moves"]
    assert not [m for m in moves if m["type"] in ("demand", "reject") or "Parliament" in m["actor"]]


def test_under_the_deal_the_party_named_in_the_clause_accepts_first():
    text = ("Ethiopia reached an agreement with its bondholders, the IMF said. Under the deal, the bondholders will "
            "accept a 27 per cent cut in the face value of their claims.")
    second = text.index("Under")
    accepts = [m["actor"] for m in read_text(text)["moves"] if m["start"] == second and m["type"] == "accept"]
    assert accepts[:1] == ["Bondholders"]


def _other_terms(text: str, kind: str) -> list[str]:
    move = next(m for m in read_text(text)["moves"] if m["type"] == kind)
    return [t["text"] for t in move["gives"] + move["gets"] if t["term"] == "other"]


def test_each_item_of_an_unnamed_list_is_its_own_term():
    terms = _other_terms("The Dockers Union demanded a shorter shift, a night bonus and better job security.", "demand")
    assert len(terms) == 3


def test_the_words_of_one_item_are_one_term():
    """"pay" and "increase" both name a wage term, but "a pay increase that could reach 12 percent" is one item."""
    terms = _other_terms("Air Meridian's offer includes a pay increase that could reach 12 percent over three years.",
                         "offer")
    assert len(terms) == 1


def test_a_schedule_of_percentages_is_one_term():
    terms = _other_terms("The employers offered 7% for the first year and 6.5% for the second.", "offer")
    assert len(terms) == 1


def test_the_object_is_found_through_the_verbs_that_carry_it():
    terms = _other_terms("Peru has offered to let Chilean firms buy up to a fifth of its lithium output.", "offer")
    assert terms and any("output" in t or "fifth" in t for t in terms)


def test_agreeing_to_a_proposal_is_about_what_the_proposal_does():
    terms = _other_terms("Both governments agreed to a Swiss proposal to set up a border hotline.", "accept")
    assert terms and "hotline" in terms[0]


def test_accepting_an_offer_names_no_new_term():
    reading = read_text("The Dockers Union accepted the offer on Monday.")
    move = next(m for m in reading["moves"] if m["type"] == "accept")
    assert not [t for t in move["gives"] + move["gets"] if t["term"] == "other"]


def test_a_prisoner_swap_frees_prisoners_on_each_side():
    move = next(m for m in read_text("Armenia and Georgia exchanged 40 prisoners each on Tuesday.")["moves"]
                if m["actor"] == "Armenia")
    assert [t["term"] for t in move["gives"]] == ["prisoner_release"]
    assert [t["term"] for t in move["gets"]] == ["prisoner_release"]


def test_a_long_name_with_for_the_before_its_initials_is_one_party():
    reading = read_text("The Movement for the Liberation of Kivu (MLK) said on Monday it would sign the truce.")
    assert ("accept", "MLK") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_a_rebel_coalition_is_the_armed_group_not_the_state():
    found = _moves("Chad's government and an armed coalition fighting in Tibesti agreed on Monday to a truce. "
                   "The rebel coalition said it would not extend the truce unless N'Djamena freed 40 fighters.")
    assert ("insist", "Chad") not in found and "Tibesti" not in {actor for _, actor in found}


def test_a_gang_of_a_country_is_not_that_country_and_its_given_name_is_the_party():
    found = _moves("PORT-AU-PRINCE — A Haitian gang has kidnapped six engineers. The gang, known as Ti Zile, "
                   "demanded $2 million for each captive.")
    assert ("demand", "Ti Zile") in found and "Haiti" not in {actor for _, actor in found}


def test_a_group_which_calls_itself_a_name_is_that_party():
    found = _moves("The group, which calls itself the Northern Dawn Front, has offered to free four engineers.")
    assert ("offer", "the Northern Dawn Front") in found or ("offer", "Northern Dawn Front") in found


def test_a_portfolio_before_a_title_is_part_of_the_title():
    found = _moves("NAIROBI — Kenyan doctors ended their strike. Health Cabinet Secretary Amina Wekesa said the "
                   "ministry had offered to post the interns at a reduced stipend.")
    assert found and {actor for _, actor in found} == {"Kenya"}


def test_the_ministry_after_an_organisation_named_ministries_is_that_organisation():
    found = _moves("Harvest Light Ministries said it would do everything within its means to bring the captives "
                   "home. The ministry offered $300,000 for their release.")
    assert ("offer", "Harvest Light Ministries") in found


def test_a_past_demand_referred_to_in_a_relative_clause_is_no_move():
    found = _moves('The Nurses Union signed the deal. "We have not got everything we asked for," its leader said.')
    assert ("demand", "the Nurses Union") not in found and ("demand", "Nurses Union") not in found


def test_growers_of_a_country_and_their_associations_are_not_a_side():
    found = _moves("South Africa offered packhouse inspections to the EU. Spanish growers' associations have urged "
                   "Brussels to reject any concession.")
    assert not [m for m in found if m[0] == "demand"]


def test_the_government_is_never_the_mediators_state():
    found = _moves("GENEVA — Swiss mediators put forward a plan for a truce in Cameroon's western regions. The "
                   "government delegation, led by Territorial Administration Minister Paul Ndongo, rejected it.")
    assert ("reject", "Cameroon") in found


def test_a_capital_written_with_or_without_its_accents_is_its_country():
    found = _moves("Yaoundé rejected the plan. Bogota accepted the offer.")
    assert ("reject", "Cameroon") in found and ("accept", "Colombia") in found


def test_a_liberation_alliance_is_an_armed_group():
    from detente.reading.pipeline import load_pipeline

    doc = load_pipeline()("The Ambazonia Liberation Alliance (ALA) said it accepted the plan in principle.")
    assert doc._.party_kinds.get("ALA") == "group"


def test_those_who_believe_a_move_is_coming_are_its_source():
    reading = read_text("Chile and Peru met. Officials close to the talks believe Peru could raise its offer if Chile "
                        "dropped the duty.")
    move = next(m for m in reading["moves"] if m["actor"] == "Peru")
    assert move["source"] == "Officials close to the talks"


def test_a_named_offer_includes_its_content_past_a_participle():
    text = ('Ford made an offer to the United Auto Workers union on Monday. The offer, labeled a "proposed tentative '
            'agreement," includes: A five year-deal with 16 percent pay raises over that term.')
    assert _moves(text).count(("offer", "Ford")) == 2


def test_what_an_offer_is_conditional_on_is_asked_in_return():
    move = next(m for m in read_text("The Dockers Union and Port Authority met. The union would call off the strike "
                                     "if Port Authority reopened talks.")["moves"] if m["type"] == "offer")
    assert [t["term"] for t in move["gets"]] == ["talks"] and not move["gives"]


def test_a_condition_the_parser_hung_elsewhere_is_still_asked_in_return():
    move = next(m for m in read_text("Aid agencies warned of famine in Gaza. Hamas said it was ready to release five "
                                     "hostages provided that Israel reopened the crossings.")["moves"]
                if m["type"] == "offer")
    assert [t["term"] for t in move["gets"]] == ["aid"]
    move = next(m for m in read_text("The Dockers Union and Port Authority met. The union said it would be willing to "
                                     "end the strike next week, its leader said, if the authority dropped the "
                                     "automation clause.")["moves"] if m["type"] == "offer")
    assert [t.get("text") for t in move["gets"]] == ["automation clause"]


def test_what_an_offer_would_do_is_its_content():
    move = next(m for m in read_text("The Dockers Union and Port Authority met. The authority's offer, tabled on "
                                     "Monday, would fund new cranes at the terminal.")["moves"]
                if m["type"] == "offer")
    assert [t.get("text") for t in move["gives"]] == ["new cranes"]


def test_a_warning_of_what_the_other_side_would_do_is_no_threat():
    found = _moves("The Garment Workers Federation and the Apparel Makers Association met. The federation warned "
                   "that the Apparel Makers Association would try to break the strike.")
    assert ("insist", "the Garment Workers Federation") not in found


def test_a_warning_read_twice_is_one_threat():
    found = _moves("Delhi and London met. India warned on Tuesday that it would withdraw tariff cuts unless London "
                   "exempted Indian steel from the levy.")
    assert found.count(("insist", "India")) == 1


def test_going_back_to_a_city_or_reconvening_is_another_round_of_talks():
    for text in ("Peru and the Shining Dawn Front (SDF) met in Oslo. Both sides agreed to return to Oslo on March 3.",
                 "Peru and the Shining Dawn Front (SDF) met in Oslo. Both sides agreed to reconvene next month."):
        moves = [m for m in read_text(text)["moves"] if m["type"] == "accept"]
        assert moves and all([t["term"] for t in m["gives"]] == ["talks"] for m in moves), text


def test_what_both_sides_agreed_and_would_do_is_no_offer_of_either():
    found = _moves("Peru and the Shining Dawn Front (SDF) met in Oslo. The two delegations agreed to keep talking and "
                   "would return to Oslo in two weeks.")
    assert ("accept", "Peru") in found and not any(kind == "offer" for kind, _ in found)


def test_what_a_red_line_adjective_or_a_truce_kept_is_about_is_its_subject():
    (move,) = read_text('The Dockers Union and Port Authority met. "The preservation of jobs is non-negotiable," '
                        "the Dockers Union said.")["moves"]
    assert [t.get("text") for t in move["gives"] + move["gets"]] == ["preservation of jobs"]
    found = read_text("Peru and the Shining Dawn Front (SDF) met on Monday. President Ana Ruiz of Peru said the "
                      "ceasefire will continue.")["moves"]
    move = next(m for m in found if m["type"] == "offer")
    assert [t["term"] for t in move["gives"]] == ["ceasefire"]


def test_a_next_round_is_talks_and_a_border_crossing_without_aid_is_no_aid():
    (move,) = read_text("Mali and the Azawad Front (MUA) met in Algiers. Algeria proposed a second round in "
                        "Tamanrasset in May.")["moves"]
    assert [t["term"] for t in move["gives"]] == ["talks"]
    found = read_text("Greek Cypriot and Turkish Cypriot leaders met. Both sides agreed to open two new crossing "
                      "points.")["moves"]
    assert found and all(t["term"] == "other" for m in found for t in m["gives"])
    found = read_text("Israel and Hamas met in Cairo. Israel agreed to open the Kerem Shalom crossing to aid "
                      "trucks.")["moves"]
    assert any(t["term"] == "aid" for m in found for t in m["gives"])


def test_a_named_person_to_be_released_and_a_ships_crew_are_people_freed():
    (move,) = read_text('Kenya and the Ahl al-Sahil group met after the kidnapping of two doctors. "We demand that '
                        'Peter Otieno be released immediately," Kenya said.')["moves"]
    assert [t["term"] for t in move["gets"]] == ["hostage_release"]
    (move,) = read_text("Yemen's Houthis freed the 17 crew members of the seized bulk carrier Coral Dawn on "
                        "Saturday.")["moves"]
    assert [t["term"] for t in move["gives"]] == ["hostage_release"]


def test_what_talks_are_about_is_no_term_of_its_own():
    found = read_text("Venezuela and the United States swapped prisoners in Doha. Qatar has offered to host further "
                      "talks on detainees still held by both sides.")["moves"]
    move = next(m for m in found if m["type"] == "offer")
    assert [t["term"] for t in move["gives"]] == ["talks"]


def test_bringing_troops_home_is_a_withdrawal():
    found = read_text("Peru and the Shining Dawn Front (SDF) signed a truce. The United States promised to bring "
                      "its troops home within 14 months.")["moves"]
    move = next(m for m in found if m["actor"] == "United States")
    assert [t["term"] for t in move["gives"]] == ["withdrawal"]


def test_another_clauses_condition_is_not_asked_by_the_first():
    found = read_text("The Dockers Union and Port Authority met. The authority said the union was ready to hold "
                      "talks, and that it would pause the lockout if the pickets were lifted.")["moves"]
    move = next(m for m in found if m["type"] == "offer" and m["actor"] == "the Dockers Union")
    assert not move["gets"]


def test_a_side_praising_its_own_offer_makes_no_new_offer():
    found = _moves('The Dockers Union rejected the offer. Nordhaven Ports said its offer was "the most generous in '
                   'its history".')
    assert ("offer", "Nordhaven Ports") not in found


def test_a_description_with_a_named_apposition_is_that_party():
    found = _moves("Chad and a rebel coalition met in Doha. The rebel coalition, the Union for the Defence of Tibesti "
                   "(UDT), said it had signed the truce.")
    assert ("accept", "UDT") in found


def test_the_rebels_are_the_group_named_most_not_a_faction_named_in_passing():
    text = ("Mali and the Azawad Liberation Front (ALF) signed a truce. The ALF said its fighters would withdraw. "
            "The ALF also agreed to free prisoners. A breakaway faction, the Kidal Brigades, rejected the deal. "
            "The rebels will hand over their heavy weapons within 30 days, the ALF said.")
    assert ("offer", "the Kidal Brigades") not in _moves(text) and ("offer", "Kidal Brigades") not in _moves(text)


def test_a_name_given_to_a_region_and_places_in_a_province_are_not_sides():
    reading = read_text("The rebels will run a new autonomous region, to be called Bangsamoro. Fighting in Djugu and "
                        "Mahagi territories and in the province of Ituri has stopped.")
    assert not {"Bangsamoro", "Mahagi", "Djugu", "Ituri"} & set(reading["parties"])


def test_his_government_after_a_deal_is_the_speakers_side_only():
    found = _moves("Veloria and Kestany agreed to a ceasefire. Kestany's foreign minister, Arman Velic, said his "
                   "government would respect the truce.")
    assert found.count(("accept", "Veloria")) == 1 and found.count(("accept", "Kestany")) == 2


def test_the_terminal_where_dockworkers_work_is_a_place():
    reading = read_text("GDANSK — Dockworkers at the Vistula Container Terminal will extend their strike. Nordhaven "
                        "Ports said its offer was generous. The company accepted the idea in principle.")
    assert "the Vistula Container Terminal" not in reading["parties"]
    assert ("accept", "Nordhaven Ports") in [(m["type"], m["actor"]) for m in reading["moves"]]


def _terms_of(text: str, actor: str) -> list[str]:
    move = next(m for m in read_text(text)["moves"] if m["actor"] == actor)
    return sorted(t["term"] for t in move["gives"] + move["gets"])


def test_people_a_side_frees_are_prisoners_or_hostages_by_context():
    assert "prisoner_release" in _terms_of("Niger and the Air Front met. Niger agreed to free 12 of them.", "Niger")
    assert _terms_of("Yemen and the Houthis met. Yemen demanded the release of Faisal Mikhlafi, an opposition "
                     "politician.", "Yemen") == ["prisoner_release"]
    assert "hostage_release" in _terms_of("The Air Front, which kidnapped them in May, offered to free three "
                                          "engineers.", "the Air Front")


def test_suspending_air_strikes_is_a_ceasefire_but_not_stopping_attacks_on_one_target():
    assert "ceasefire" in _terms_of("Niger and the Air Front met. Niger agreed to suspend air strikes.", "Niger")
    assert "ceasefire" not in _terms_of("Niger and the Air Front met. The Air Front agreed to stop attacks on "
                                        "schools.", "the Air Front")


def test_a_round_of_talks_agreed_is_talks_and_decentralisation_is_governance():
    assert _terms_of("Somalia and Somaliland agreed to hold a second round of talks in Ankara.", "Somalia") == ["talks"]
    assert "governance" in _terms_of("Cameroon and the ALA met. Cameroon offered greater decentralisation.",
                                     "Cameroon")


def test_it_opening_a_sentence_is_the_subject_of_the_sentence_before():
    found = _moves("The Gulf Dockers Union rejected the offer from Harbour Operators. Harbour Operators said the "
                   "automation plans were needed. It offered instead to guarantee every job for six years.")
    assert ("offer", "Harbour Operators") in found and ("offer", "the Gulf Dockers Union") not in found


def test_a_quote_carried_over_paragraphs_is_all_its_speakers():
    text = ('The Dockers Union rejected the offer. A spokesperson for Harbour Operators said: "It is disappointing '
            'that the union has called a strike.\n\n"We made a fair opening offer on pay.\n\n"Unfortunately, the '
            'union is unwilling to move away from its demands."')
    moves = read_text(text)["moves"]
    late = [m for m in moves if m["actor"] == "Harbour Operators" and m["start"] >= text.index("We made") - 1]
    assert late and all(m["source"] == "A spokesperson for Harbour Operators" for m in late)


def test_a_minister_with_no_country_serves_the_one_state_in_the_talks():
    found = _moves("The IMF and Pakistan reached a staff-level agreement. Finance Minister Imran Lodhi refused to "
                   "raise taxes on salaried workers.")
    assert ("reject", "Pakistan") in found or ("insist", "Pakistan") in found


def test_a_provincial_government_is_not_the_government():
    found = _moves("The IMF and Pakistan reached a deal. Punjab's provincial government said it would not raise the "
                   "farm tax. Pakistan's finance minister said the government had turned down the Fund's proposal.")
    assert ("reject", "Pakistan") in found


def test_a_description_named_later_is_that_party_from_its_first_mention():
    found = _moves("PORT-AU-PRINCE — A gang freed three missionaries. But the gang is still demanding a ransom. "
                   "The gang, known as Ti Zile, took the group in October.")
    assert ("demand", "Ti Zile") in found


def test_the_union_is_not_a_rival_whose_name_ends_in_union_named_later():
    found = _moves("The Association of Locomotive Drivers (VDL) called a strike against Deutsche Schienen. The union "
                   "is demanding a 35-hour week. A smaller rival, the General Rail Union (ABG), agreed a deal.")
    assert ("demand", "VDL") in found and ("demand", "ABG") not in found


def test_wanting_in_a_condition_is_no_demand():
    found = _moves('Chad and the Tibesti Front met. Norway\'s envoy said Oslo would keep hosting the talks "for as '
                   'long as both parties want us to".')
    assert not [m for m in found if m[0] == "demand"]


def test_a_title_a_side_possessed_before_names_the_same_sides_minister_and_his_first_surname():
    found = _moves("ASUNCIÓN — Brazil and Paraguay agreed to lower the tariff, Paraguay's foreign minister said.\n\n"
                   "Foreign Minister Rodrigo Benítez Aquino said the talks ran past midnight.\n\n"
                   '"We will not sign a new annex that keeps us a captive seller," Benítez told reporters.')
    assert {actor for _, actor in found} <= {"Brazil", "Paraguay"} and any(a == "Paraguay" for t, a in found
                                                                            if t in ("insist", "reject"))


def test_a_monitoring_group_counts_and_never_acts_and_fighters_of_a_name_make_it_a_group():
    text = ("OUAGADOUGOU — Elders brokered a truce between the army and the jihadist group that has encircled "
            "the town. Under the deal, fighters of Ansar al-Liptako agreed to let three convoys use the road. "
            "The violence has killed 20,000 people, according to the monitoring group Sahel Conflict Monitor. "
            "The group had initially demanded the release of 15 of its fighters.")
    found = _moves(text)
    assert ("demand", "Ansar al-Liptako") in found
    assert "Sahel Conflict Monitor" not in {actor for _, actor in found}


def test_calling_off_a_strike_is_no_rejection_even_where_the_parse_loses_the_object():
    found = _moves("The AJP union and the clubs met. The AJP called off a strike hours before the first match.")
    assert ("reject", "AJP") not in found


def test_a_spokesperson_after_a_side_spoke_speaks_for_it_in_a_quote_over_paragraphs():
    text = ('The Dockers Union rejected the offer. Harbour Operators said the strike was "deeply disappointing."\n\n'
            'A spokesperson said: "It is disappointing that the union has called a strike.\n\n'
            '"We made a fair and reasonable opening offer on pay."')
    assert ("offer", "Harbour Operators") in _moves(text)


def test_once_the_bondholders_are_a_side_bare_bondholders_and_the_investors_are_too():
    found = _moves("Ethiopia reached a deal with the committee representing the bondholders. Under the deal, "
                   "bondholders will accept a 27 per cent cut. The investors had countered by offering to write off "
                   "15 per cent.")
    assert ("accept", "Bondholders") in found and ("offer", "Bondholders") in found


def test_an_unnamed_union_is_the_organisation_named_most_beside_the_employer():
    text = ("PARIS — Conductors at SNCF will stay on strike after their union rejected a pay offer, the company "
            "said.\n\nThe Union des cheminots autonomes (UCA) walked out of talks. The UCA said it would meet the "
            "mediator. Its leader spoke to France Info.")
    assert ("reject", "UCA") in _moves(text)


def test_a_countrys_rival_administrations_are_its_two_sides_not_the_country():
    found = _moves("TUNIS — Libya's rival administrations agreed on Thursday to set up a joint committee, the United "
                   "Nations said. The Government of National Unity (GNU) and the House of Representatives (HoR) met in "
                   "Geneva. The GNU rejected the election date. Libya's oil output fell.")
    assert ("accept", "GNU") in found and ("accept", "HoR") in found and ("accept", "Libya") not in found


def test_wanting_to_consider_a_deal_and_insisting_it_can_do_good_are_no_moves():
    found = _moves("Britain and the EU sealed the framework. The DUP will want to consider the detail of the deal. "
                   "The prime minister insisted the settlement can open a new chapter.")
    assert not [m for m in found if m[0] in ("demand", "insist")]


def test_a_committee_representing_a_side_is_that_side():
    found = _moves("Mozambique rejected the proposal from the bondholders. The committee representing the "
                   "bondholders walked out of the talks. It added that it remained willing to return to the table.")
    assert ("offer", "Bondholders") in found and ("offer", "Mozambique") not in found


def test_a_community_named_by_two_demonyms_is_a_side_not_a_state():
    reading = read_text("NICOSIA — The Greek Cypriot and Turkish Cypriot leaders agreed on Friday to open two new "
                        "crossing points. Talks were once held in the Saudi Arabian city of Jeddah.")
    assert {"Greek Cypriots", "Turkish Cypriots"} <= set(reading["parties"])
    assert "Greece" not in reading["parties"] and "Turkey" not in reading["parties"]


def test_one_sides_leaders_are_not_both_sides():
    found = _moves("Israel and Hamas met in Cairo. Moreover, the Hamas leaders have rejected the idea of leaving Gaza.")
    assert ("reject", "Israel") not in found


def test_a_dateline_tagged_as_a_person_is_no_side():
    reading = read_text("DOHA — Chad's transitional government and the main rebel movement signed a framework "
                        "agreement in Doha on Friday.")
    assert "DOHA" not in reading["parties"]


def test_an_old_treaty_is_background_and_a_capital_opening_a_sentence_names_nobody():
    reading = read_text("LOS ANGELES — Voice actors and motion-capture performers will return to studios after "
                        "their union, the Digital Performers Guild (DPG), reached a deal. Mexico and the United States "
                        "met. Under the 1944 water treaty, Mexico must send water to the United States.")
    assert "Voice" not in reading["parties"]
    assert not [m for m in reading["moves"] if m["actor"] in ("Mexico", "United States")]


def test_a_long_name_with_in_before_its_initials_and_no_trailing_preposition():
    reading = read_text("The agreement grants an amnesty to members of the Front for Democratic Renewal in Chad "
                        "(FRDT). The FRDT agreed to disarm.")
    assert ("accept", "FRDT") in [(m["type"], m["actor"]) for m in reading["moves"]]
    assert not [p for p in reading["parties"] if p.endswith(" in")]


def test_dropping_an_objection_is_no_rejection():
    assert ("reject", "Norway") not in _moves("Norway dropped its objection to Iceland's quota.")


def test_an_offer_put_on_the_table_is_an_offer_and_the_table_no_term():
    reading = read_text("The Harbour Workers Union (HWU) met Kestrel Shipping. Kestrel Shipping put a new offer "
                        "on the table that would raise wages by 6 per cent.")
    move = next(m for m in reading["moves"] if m["type"] == "offer" and m["actor"] == "Kestrel Shipping")
    assert "talks" not in [t["term"] for t in move["gives"]]


def test_a_proposal_calling_for_a_truce_has_the_truce_as_its_content():
    reading = read_text("Peru and the Sendero Rojo met in Lima. The Sendero Rojo tabled a proposal calling "
                        "for a six-month truce.")
    move = next(m for m in reading["moves"] if m["type"] == "propose" and m["actor"] == "the Sendero Rojo")
    assert [t["term"] for t in move["gives"] + move["gets"]] == ["ceasefire"]


def test_a_release_carried_out_is_the_sides_acceptance_but_not_under_a_condition():
    found = _moves("The Tuareg Front and Mali met. The Tuareg Front freed four hostages on Sunday.")
    assert ("accept", "the Tuareg Front") in found
    found = _moves("The Tuareg Front and Mali met. The front said it was ready to free all captives if Mali "
                   "withdrew from Kidal and Mali freed 60 prisoners.")
    assert ("accept", "Mali") not in found


def test_what_a_red_line_is_conditioned_on_is_asked_of_the_other_side():
    reading = read_text("Peru and the Shining Dawn Front (SDF) met in Lima. The SDF has conditioned the release "
                        "of the hostages on a permanent ceasefire.")
    move = next(m for m in reading["moves"] if m["type"] == "insist")
    assert [t["term"] for t in move["gives"]] == ["hostage_release"]
    assert [t["term"] for t in move["gets"]] == ["ceasefire"]


def test_an_offer_withdrawn_is_no_offer():
    assert ("offer", "SDF") not in _moves("Peru and the Shining Dawn Front (SDF) met in Lima. The SDF withdrew "
                                          "its offer to free the hostages.")


def test_a_city_outside_which_a_plant_stands_and_a_base_are_places_not_sides():
    reading = read_text("Striking workers at Norvale Appliances' plant outside Madurai on Tuesday voted down the pay "
                        "deal. The company said it would keep the plant open. The owner, Leeds-based Harrow "
                        "Foods, rejected the offer.")
    assert "Madurai" not in reading["parties"] and "Leeds" not in reading["parties"]
    assert ("reject", "Harrow Foods") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_a_ship_is_no_side():
    reading = read_text("Pirates holding the crew of the hijacked bulk carrier Marisol Dawn have cut their ransom "
                        "demand. The owner, Tessaly Shipping, offered $1 million.")
    assert not [m for m in reading["moves"] if m["actor"] in ("Marisol Dawn", "the Marisol Dawn")]


def test_a_kind_word_before_a_description_is_not_a_party_of_its_own():
    reading = read_text("DHAKA — The wage board recommended 14,200 taka, a figure the main union alliance threw out. "
                        "The Garment Workers' Unity Forum, an alliance of 14 federations, had pushed for 25,000 taka.")
    assert "the union" not in reading["parties"]
    assert ("reject", "the Garment Workers' Unity Forum") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_the_alliance_is_the_civic_alliance_for_change_and_not_its_rival_in_a_conjunction():
    reading = read_text("The governing Liberty Party and the opposition alliance signed a pact. Marta Ruiz of the "
                        "Civic Alliance for Change said the pact was a start. The alliance is also pressing for the "
                        "release of 63 protesters.")
    found = [(m["type"], m["actor"]) for m in reading["moves"]]
    assert ("demand", "the Civic Alliance for Change") in found
    assert "alliance" not in reading["parties"].get("Liberty Party", [])


def test_a_minister_with_no_country_serves_a_state_named_before_him():
    reading = read_text("TEGUCIGALPA — Honduras's governing party and the opposition signed a pact. Honduras's "
                        "president, Ernesto Lagos, praised it. Interior "
                        "Minister Oscar Pineda said a recount was not on the table. The U.S. State Department "
                        "welcomed the pact.")
    assert "Oscar Pineda" not in reading["parties"].get("United States", [])


def test_a_title_after_a_description_speaks_for_the_party_described():
    reading = read_text("Ford and the United Auto Workers (UAW) met. Union president Shawn Fain said the offer "
                        "was an insult.")
    assert ("reject", "UAW") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_the_council_is_the_council_named_and_a_members_council_no_state():
    reading = read_text("The Caribbean Cricket Council (CCC) and the West Indies Players' Guild (WIPG) met. The "
                        "council gave its blessing to the proposal in principle.")
    assert ("accept", "CCC") in [(m["type"], m["actor"]) for m in reading["moves"]]
    reading = read_text("South Korea's health ministry and the Resident Physicians' Council (RPC) met. The council "
                        "agreed to return. The ministry is reported to have agreed to raise the on-call allowance.")
    assert ("accept", "South Korea") in [(m["type"], m["actor"]) for m in reading["moves"]]


def test_anything_put_on_the_table_is_offered_and_punishment_is_a_threat():
    found = _moves("The Tasman Shipping Company and the Harbour Workers Union (HWU) met. The company has also put "
                   "a one-off bonus on the table. The company said it would dock the wages of dockers who strike.")
    assert ("offer", "the Tasman Shipping Company") in found and ("insist", "the Tasman Shipping Company") in found


def test_goods_rejected_in_the_passive_are_no_refusal():
    found = _moves("Morocco and the EU met over citrus. The Citrus Exporters' Forum represents growers. The forum "
                   "says about 140,000 people work in the sector and that 46 consignments were rejected at EU ports "
                   "last season.")
    assert not [m for m in found if m[0] == "reject"]


def test_a_vow_to_fight_on_until_is_a_red_line_and_its_condition_is_asked():
    reading = read_text("Chad and the Tibesti Front met in Doha. The Tibesti Front vowed to keep fighting until "
                        "Chad withdraws its troops from Bardai.")
    move = next(m for m in reading["moves"] if m["actor"] == "the Tibesti Front")
    assert move["type"] == "insist" and [t["term"] for t in move["gets"]] == ["withdrawal"]
    assert ("insist", "the Tibesti Front") not in _moves("Chad and the Tibesti Front met in Doha. The Tibesti Front "
                                                         "promised not to resume fighting until the talks end.")


def test_any_agreement_must_include_is_a_condition_not_a_deals_content():
    found = _moves("Chad and the Tibesti Front met in Doha. Chad said that any agreement must include the release "
                   "of all prisoners.")
    assert ("accept", "the Tibesti Front") not in found and ("accept", "Chad") not in found


def test_being_expected_to_is_no_demand():
    assert not [m for m in _moves("Iran and Afghanistan met. Afghanistan is expected to honour the treaty. Iran "
                                  "expected the talks to fail.") if m[0] == "demand"]


def test_a_sides_part_of_a_deal_in_exchange_or_for_its_part_is_its_acceptance():
    found = _moves("Chad and the Tibesti Front signed a peace agreement in Doha on Friday. The Tibesti Front, for "
                   "its part, will release 40 soldiers it holds.")
    assert ("accept", "the Tibesti Front") in found and ("offer", "the Tibesti Front") not in found


def test_a_deal_being_a_first_sign_is_no_content_and_a_force_under_some_agreement_no_acceptance():
    found = _moves("The governing Liberty Party and the Civic Alliance for Change signed a pact on Tuesday. The "
                   "agreement, reached after nine days of talks, is the first sign of a thaw.")
    assert found.count(("accept", "Liberty Party")) == 1
    found = _moves("Mozambique and the Ansar al-Rovuma group met. Rwanda, which has 4,000 soldiers deployed in "
                   "Cabo Delgado under a bilateral agreement with Maputo, did not comment.")
    assert not [m for m in found if m[0] == "accept"]


def test_a_foreign_owner_is_the_company_not_its_state():
    reading = read_text("Somali pirates cut their ransom demand to $4.5 million, having turned down an offer of "
                        "$1.8 million from its Greek owner. The owner, Kallisto Maritime, declined to comment.")
    assert "Greece" not in [m["actor"] for m in reading["moves"]]


def test_freed_men_walking_out_of_the_bush_reject_nothing():
    found = _moves("Mozambique and the Ansar al-Rovuma group met. The three men, two South Africans and a "
                   "Filipino, walked out of the bush near Mbau on Saturday.")
    assert not [m for m in found if m[0] == "reject"]


def test_a_list_of_items_is_one_term_each_however_the_parser_nests_them():
    reading = read_text("Deutsche Schienen and the train drivers' union VDL met. The union is demanding a cut in the "
                        "working week from 38 to 35 hours with no loss of pay, a rise of 560 euros a month and a "
                        "contract running for 12 months.")
    move = next(m for m in reading["moves"] if m["type"] == "demand")
    assert len(move["gets"]) == 3
    reading = read_text("Chad and the Tibesti Front met. Chad is reported to have offered the front's leader, General "
                        "Ali Barka, a ministerial post.")
    move = next(m for m in reading["moves"] if m["type"] == "offer")
    assert len(move["gives"]) == 1


def test_a_side_member_speaking_on_condition_of_anonymity_is_a_source():
    reading = read_text("Ethiopia and the Amhara People's Defence Front (APDF) met in Dar es Salaam. According to a "
                        "member of the government delegation who spoke on condition of anonymity, Addis Ababa offered "
                        "to free detainees.")
    move = next(m for m in reading["moves"] if m["type"] == "offer")
    assert move["actor"] == "Ethiopia" and "member of the government delegation" in (move["source"] or "")


def test_a_titled_speakers_name_the_tagger_missed_is_part_of_the_source():
    reading = read_text("Hanvista Electronics and the Hanvista India Workers' Union (HIWU) met. Tamil Nadu's labour "
                        "minister, Thangam Velusamy, said both sides had agreed to come back to the labour "
                        "commissioner.")
    sources = {m["source"] for m in reading["moves"] if m["type"] == "accept"}
    assert any(s and "Thangam Velusamy" in s for s in sources)


def test_the_commission_is_the_side_whose_known_name_it_ends():
    found = _moves("Senegal on Thursday turned down a European Union offer on fishing. According to a Senegalese "
                   "negotiator, the Commission's new offer would grant access to 36 vessels.")
    assert ("offer", "European Union") in found and ("offer", "Senegal") not in found


def test_the_coalition_is_the_rebel_coalition_named_before():
    found = _moves("The Central African Republic's government and the rebel Union of Forces for Renewal (UFR) freed "
                   "64 prisoners on Thursday. The coalition wants the government to withdraw an arrest warrant "
                   "against its leader.")
    assert ("demand", "UFR") in found


def test_an_old_deals_content_is_background():
    found = _moves("Bulgaria and Turkey met. The deal, signed three years ago by a caretaker government, commits "
                   "Bulgaria's state gas wholesaler to pay about 610,000 euros a day.")
    assert not [m for m in found if m[0] == "accept"]


def test_a_speaker_quoted_as_saying_and_a_national_broadcaster_are_sources():
    reading = read_text("Hamas and Israel met in Cairo. The agency quoted a Hamas official as saying the group had "
                        "accepted the Egyptian proposal. Israel has rejected the offer, Israeli public broadcaster Kan "
                        "reported.")
    sources = {(m["type"], m["actor"]): m["source"] for m in reading["moves"]}
    assert sources[("accept", "Hamas")] == "a Hamas official"
    assert "Kan" in (sources[("reject", "Israel")] or "")


def test_a_known_term_inside_a_list_item_covers_it():
    reading = read_text("Peru and the Shining Dawn Front (SDF) met. The SDF set out its terms: a full withdrawal and "
                        "an end to the war.")
    move = next(m for m in reading["moves"] if m["type"] == "demand")
    assert sorted(t["term"] for t in move["gets"]) == ["end_of_war", "withdrawal"]


@pytest.mark.parametrize("name,text,expected,absent", [
    ("would free them only when", "Syria and the Jazira Defence Forces (JDF) met. The JDF said it would free them "
     "only when Damascus released 37 Kurdish politicians.", ("insist", "JDF"), ("offer", "JDF")),
    ("calling off a march is no refusal", "Bangladesh and the Garment Workers' Unity Forum (GWUF) met. The GWUF "
     "said it would call off a march planned for Saturday only if the board reconvened.", None,
     ("reject", "GWUF")),
    ("holding off on strikes for the duration", "Pakistan and Afghanistan met. Pakistan will hold off on air strikes "
     "inside Afghan territory for the duration of the truce.", None, ("demand", "Pakistan")),
])
def test_conditions_with_when_marches_called_off_and_holding_off(name, text, expected, absent):
    found = _moves(text)
    assert expected is None or expected in found, f"{name}: {expected} not in {found}"
    assert absent not in found, f"{name}: {absent} in {found}"


def test_born_in_a_country_is_no_side():
    reading = read_text("Paraguay and the Peasant Revolutionary Army (ECR) met. The rancher, Brazilian-born farmer "
                        "Ernesto Klassen, is still held.")
    assert "Brazil" not in reading["parties"]


@pytest.mark.parametrize("text,hedged", [
    ("Bulgaria and Turkey met. Bulgaria said it could live with a longer schedule provided that the fee came down.",
     False),
    ("Bulgaria and Turkey met. Bulgaria may accept the offer next week.", True),
    ("Ethiopia and the Amhara People's Defence Front (APDF) met. The APDF is said to have turned the proposal down, "
     "insisting that any exchange cover every prisoner.", True),
    ("Bulgaria and Turkey met. Officials close to the talks believe Bulgaria could accept the offer if the fee "
     "came down.", True),
    ("Bulgaria and Turkey met. Bulgaria is said to have signalled that it could accept the offer if the fee came "
     "down.", True),
])
def test_could_on_a_condition_is_firm_and_a_report_hedges_what_it_reports(text, hedged):
    moves = read_text(text)["moves"]
    assert moves and all(m["hedged"] is hedged for m in moves if m["actor"] in ("Bulgaria", "APDF")), moves


def test_what_a_condition_turns_on_is_asked_in_return():
    reading = read_text("Cyprus's two leaders met. The Turkish Cypriots would return to formal negotiations only if "
                        "their sovereign equality was recognised, their leader Ahmet Kavaz said.")
    move = next(m for m in reading["moves"] if m["type"] == "insist")
    assert [t["term"] for t in move["gives"]] == ["talks"]
    assert [t.get("text") for t in move["gets"]] == ["sovereign equality"]


def test_with_no_object_the_subject_that_would_change_is_the_term():
    reading = read_text("Pakistan and Afghanistan met. Pakistani officials said the crossings would reopen only once "
                        "a full month had passed without an attack.")
    move = next(m for m in reading["moves"] if m["type"] == "insist")
    assert [t.get("text") for t in move["gives"]] == ["crossings"]


def test_attending_is_agreeing_to_the_talks_and_a_deals_content_names_its_terms():
    reading = read_text("The Offshore Energy Workers' Union (OEWU) and the Norwegian Offshore Employers' Association "
                        "(NOEA) were invited to talks. Both the union and the employers confirmed they would attend.")
    assert any(t["term"] == "talks" for m in reading["moves"] if m["type"] == "accept" for t in m["gives"])
    reading = read_text("Moldova and Transnistria signed an agreement on Friday. Under the arrangement, Moldova's "
                        "grid operator will supply up to 150 megawatts through the reconnected line.")
    assert any(t["term"] == "other" for m in reading["moves"] if m["type"] == "accept" for t in m["gives"])
