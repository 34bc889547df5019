package loader

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/eval"
	"github.com/dipgraph/dipgraph/internal/shared"
)

// claimView is a claim with its actors named, for assertions.
type claimView struct {
	speaker    string
	mode       dipgraph.ClaimMode
	text       string
	addressees []string
	event      dipgraph.EventType
}

func viewClaims(t *testing.T, doc *dipgraph.Document) []claimView {
	t.Helper()
	names := map[string]string{}
	for _, a := range doc.Actors {
		names[a.ID] = a.Name
	}
	events := map[string]dipgraph.EventType{}
	for _, e := range doc.Events {
		events[e.ID] = e.Type
	}
	var out []claimView
	for _, c := range doc.Claims {
		v := claimView{speaker: names[c.Speaker], mode: c.Mode, text: c.Text}
		for _, a := range c.Addressees {
			v.addressees = append(v.addressees, names[a])
		}
		if c.Event != nil {
			v.event = events[*c.Event]
		}
		out = append(out, v)
	}
	return out
}

func TestExtract_statements(t *testing.T) {
	head := "Headline\n\n"
	tests := []struct {
		name string
		body string
		want []claimView // speaker, mode, a word of the text, addressees, event
	}{
		{"quote_then_attribution", "“We will not give up on talks,” Lavrov said on Monday.",
			[]claimView{{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "give up"}}},
		{"attribution_after_verb", "“The door remains open to everyone,” said Stoltenberg.",
			[]claimView{{speaker: "Jens Stoltenberg", mode: dipgraph.ModeDirect, text: "door"}}},
		{"colon_before_quote", "Blinken said: “We are prepared for every outcome at the table.”",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeDirect, text: "prepared"}}},
		{"split_quote", "“We want peace,” Macron said, “but not at any price for Ukraine.”",
			[]claimView{{speaker: "Emmanuel Macron", mode: dipgraph.ModeDirect, text: "any price"}}},
		{"indirect_two_claims", "Putin said Moscow doesn’t want war and is prepared to keep talking.",
			[]claimView{{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "want war"}, {speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "prepared"}}},
		{"told_addressee", "Scholz told Putin that sanctions would follow any attack.",
			[]claimView{{speaker: "Olaf Scholz", mode: dipgraph.ModeIndirect, text: "sanctions", addressees: []string{"Vladimir Putin"}}}},
		{"urged_addressee", "Guterres urged Russia to return to the grain deal.",
			[]claimView{{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "grain", addressees: []string{"Russia"}}}},
		{"partial_quote", "Biden warned an invasion was still a “distinct” possibility.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModePartial, text: "distinct"}}},
		{"pronoun_across_sentences", "Chinese Foreign Minister Wang Yi arrived in Moscow. “Our ties are steady,” he said.",
			[]claimView{{speaker: "Wang Yi", mode: dipgraph.ModeDirect, text: "steady"}}},
		{"she_finds_a_woman", "Baerbock said Berlin would stay firm. Lavrov disagreed. “We will not waver,” she said.",
			[]claimView{{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "firm"}, {speaker: "Annalena Baerbock", mode: dipgraph.ModeDirect, text: "waver"}}},
		{"metonym_speaker", "The Kremlin said the talks had been useful.",
			[]claimView{{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "useful"}}},
		{"nested_report", "Putin said the Western powers told him that Ukraine would not join the alliance soon.",
			[]claimView{
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "Western powers told him"},
				{speaker: "Western powers", mode: dipgraph.ModeIndirect, text: "join", addressees: []string{"Vladimir Putin"}},
			}},
		{"joint_statement", "France, Britain and Germany urged Iran to return to the deal.",
			[]claimView{
				{speaker: "Germany", mode: dipgraph.ModeIndirect, text: "return", addressees: []string{"Iran"}},
				{speaker: "France", mode: dipgraph.ModeIndirect, text: "return", addressees: []string{"Iran"}},
				{speaker: "United Kingdom", mode: dipgraph.ModeIndirect, text: "return", addressees: []string{"Iran"}},
			}},
		{"phrase_before_that", "Orbán said Putin had told him during their talks in Moscow that a truce was not possible.",
			[]claimView{
				{speaker: "Viktor Orbán", mode: dipgraph.ModeIndirect, text: "Putin had told him"},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "truce", addressees: []string{"Viktor Orbán"}, event: dipgraph.EventMeeting},
			}},
		{"according_to", "The talks will resume next week, according to the Kremlin.",
			[]claimView{{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "resume"}}},
		{"ministry_is_the_state", "Taiwan’s Defence Ministry said it had tracked 20 aircraft.",
			[]claimView{{speaker: "Taiwan", mode: dipgraph.ModeIndirect, text: "tracked"}}},
		{"named_apposition", "Russia’s envoy in Vienna, Mikhail Ulyanov, said the board should wait.",
			[]claimView{{speaker: "Mikhail Ulyanov", mode: dipgraph.ModeIndirect, text: "wait"}}},
		{"press_conference_not_addressee", "“We are ready to work together on this,” Putin said in a press conference alongside Scholz.",
			[]claimView{{speaker: "Vladimir Putin", mode: dipgraph.ModeDirect, text: "ready", event: dipgraph.EventPressConference}}},
		{"readout_two_party_call", "Blinken spoke with Kuleba on Tuesday. Blinken underscored that Washington would keep supporting Kyiv.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "supporting", addressees: []string{"Dmytro Kuleba"}, event: dipgraph.EventCall}}},
		{"participle_adds_a_claim", "“We start today,” Kishida said at a news conference, adding that the two governments would meet again.",
			[]claimView{
				{speaker: "Fumio Kishida", mode: dipgraph.ModeDirect, text: "start today", event: dipgraph.EventPressConference},
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "meet again", event: dipgraph.EventPressConference},
			}},
		{"recalled_meeting_is_no_scene", "Wang Yi held talks with Spanish Foreign Minister José Manuel Albares in Madrid on Monday. Wang Yi said that China stands ready to implement the understandings reached by Xi Jinping and Pedro Sánchez during their meeting in Beijing last March.",
			[]claimView{{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "stands ready", addressees: []string{"José Manuel Albares"}, event: dipgraph.EventMeeting}}},
		{"a_scene_lasts_while_its_parties_speak", "Wang Yi held talks with Spanish Foreign Minister José Manuel Albares in Madrid on Monday.\n\nAlbares said Spain valued its ties with China.\n\nWang Yi said China was ready to buy more Spanish goods.\n\nAlbares said Madrid wanted balanced trade.\n\nWang Yi said the two sides should keep talking.\n\nAlbares said Spain hoped China would use its influence with Moscow.",
			[]claimView{
				{speaker: "José Manuel Albares", mode: dipgraph.ModeIndirect, text: "valued", addressees: []string{"Wang Yi"}, event: dipgraph.EventMeeting},
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "buy more", addressees: []string{"José Manuel Albares"}, event: dipgraph.EventMeeting},
				{speaker: "José Manuel Albares", mode: dipgraph.ModeIndirect, text: "balanced", addressees: []string{"Wang Yi"}, event: dipgraph.EventMeeting},
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "keep talking", addressees: []string{"José Manuel Albares"}, event: dipgraph.EventMeeting},
				{speaker: "José Manuel Albares", mode: dipgraph.ModeIndirect, text: "influence", addressees: []string{"Wang Yi"}, event: dipgraph.EventMeeting},
			}},
		{"a_joint_statement_ends_the_talks", "Prime Minister Narendra Modi held talks with UAE President Mohamed bin Zayed in Abu Dhabi on Saturday. Mohamed bin Zayed said the UAE valued its partnership with India.\n\nIn a joint statement issued after the talks, the two leaders welcomed the signing of the agreements. Mohamed bin Zayed said the two sides would also cooperate on green hydrogen.",
			[]claimView{
				{speaker: "Mohamed bin Zayed", mode: dipgraph.ModeIndirect, text: "valued", addressees: []string{"Narendra Modi"}, event: dipgraph.EventMeeting},
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "signing", event: dipgraph.EventAnnouncement},
				{speaker: "Mohamed bin Zayed", mode: dipgraph.ModeIndirect, text: "signing", event: dipgraph.EventAnnouncement},
				{speaker: "Mohamed bin Zayed", mode: dipgraph.ModeIndirect, text: "hydrogen"},
			}},
		{"when_meeting_someone_sets_the_scene", "When meeting with Spanish Prime Minister Pedro Sánchez in the afternoon, Wang Yi first conveyed President Xi Jinping's cordial greetings. Wang Yi said China welcomed Sánchez to visit again.",
			[]claimView{{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "visit again", addressees: []string{"Pedro Sánchez"}, event: dipgraph.EventMeeting}}},
		{"i_told_him_inside_a_quote", "Foreign Minister Mélanie Joly said she had made clear to Secretary of State Marco Rubio that Canada was a partner on border security. “I told him the numbers: less than one per cent of the fentanyl seized at your border comes from ours,” Joly said. “Canada is part of the solution here.”",
			[]claimView{
				{speaker: "Mélanie Joly", mode: dipgraph.ModeIndirect, text: "made clear"},
				{speaker: "Mélanie Joly", mode: dipgraph.ModeIndirect, text: "partner", addressees: []string{"Marco Rubio"}},
				{speaker: "Mélanie Joly", mode: dipgraph.ModeDirect, text: "I told him"},
				{speaker: "Mélanie Joly", mode: dipgraph.ModeDirect, text: "one per cent", addressees: []string{"Marco Rubio"}},
				{speaker: "Mélanie Joly", mode: dipgraph.ModeDirect, text: "solution"},
			}},
		{"i_told_a_named_minister_inside_a_quote", "Polish Foreign Minister Radosław Sikorski flew to Brussels after he spoke with Ukrainian Foreign Minister Dmytro Kuleba. \"I told Minister Kuleba plainly that what happened at Medyka is a crime,\" Sikorski said.",
			[]claimView{
				{speaker: "Radosław Sikorski", mode: dipgraph.ModeDirect, text: "I told"},
				{speaker: "Radosław Sikorski", mode: dipgraph.ModeIndirect, text: "Medyka", addressees: []string{"Dmytro Kuleba"}},
			}},
		{"a_name_beginning_with_a_known_family_name", "Kim Yo Jong, the North Korean leader’s sister, said Japan must change course. Kim said the North would wait.",
			[]claimView{
				{speaker: "Kim Yo Jong", mode: dipgraph.ModeIndirect, text: "change course"},
				{speaker: "Kim Yo Jong", mode: dipgraph.ModeIndirect, text: "wait"},
			}},
		{"the_same_office_in_two_spellings", "U.S. Defense Secretary Pete Hegseth said the United States would deploy missiles, standing beside his Philippine counterpart, Gilberto Teodoro. Teodoro said Manila would keep the final word. \"Nobody is doing us a favour,\" the defence secretary said.",
			[]claimView{
				{speaker: "Pete Hegseth", mode: dipgraph.ModeIndirect, text: "deploy missiles"},
				{speaker: "Gilberto Teodoro", mode: dipgraph.ModeIndirect, text: "final word"},
				{speaker: "Gilberto Teodoro", mode: dipgraph.ModeDirect, text: "favour"},
			}},
		{"parenthetical_then_a_modal_clause", "Defence Secretary Gilberto Teodoro spoke on Friday. Manila had chosen the systems, he said, and would keep the final word on their use.",
			[]claimView{
				{speaker: "Gilberto Teodoro", mode: dipgraph.ModeIndirect, text: "chosen"},
				{speaker: "Gilberto Teodoro", mode: dipgraph.ModeIndirect, text: "final word"},
			}},
		{"a_report_inside_the_clause_before_a_parenthetical", "Defence Secretary Gilberto Teodoro spoke on Friday. Manila had asked for the capabilities, he said, and would keep the final word on their use.",
			[]claimView{
				{speaker: "Gilberto Teodoro", mode: dipgraph.ModeIndirect, text: "Manila had asked"},
				{speaker: "Philippines", mode: dipgraph.ModeIndirect, text: "capabilities"},
				{speaker: "Gilberto Teodoro", mode: dipgraph.ModeIndirect, text: "final word"},
			}},
		{"an_infinitive_is_the_promise_not_a_later_that", "U.S. Defense Secretary Pete Hegseth promised to harden the defences of the northern islands that face Taiwan.",
			[]claimView{{speaker: "Pete Hegseth", mode: dipgraph.ModeIndirect, text: "to harden the defences"}}},
		{"he_and_his_counterpart_speak_together", "U.S. Defense Secretary Pete Hegseth arrived in Manila on Friday. He and his Philippine counterpart, Gilberto Teodoro, promised to harden the defences of the islands.",
			[]claimView{
				{speaker: "Gilberto Teodoro", mode: dipgraph.ModeIndirect, text: "harden"},
				{speaker: "Pete Hegseth", mode: dipgraph.ModeIndirect, text: "harden"},
			}},
		{"the_counterpart_named_in_apposition_is_on_the_call", "Defence Minister Yoav Gallant spoke to his Egyptian counterpart, Mohamed Zaki, on Saturday evening. Zaki said the policeman had acted alone.",
			[]claimView{{speaker: "Mohamed Zaki", mode: dipgraph.ModeIndirect, text: "acted alone", addressees: []string{"Yoav Gallant"}, event: dipgraph.EventCall}}},
		{"told_a_broadcaster_afterwards_is_not_on_the_call", "Estonian Defence Minister Hanno Pevkur spoke to his Italian counterpart, Guido Crosetto, on Friday. Pevkur told the public broadcaster ERR afterwards that the Italian pilots had done textbook work.",
			[]claimView{{speaker: "Hanno Pevkur", mode: dipgraph.ModeIndirect, text: "textbook"}}},
		{"apposition_then_relative_clause_keeps_the_person", "Hans Grundberg, the U.N. special envoy for Yemen, who runs the sessions with the Red Cross, said on Thursday that the two sides had narrowed their differences.",
			[]claimView{{speaker: "Hans Grundberg", mode: dipgraph.ModeIndirect, text: "narrowed"}}},
		{"a_second_report_in_a_nested_one_is_the_outer_speakers", "U.N. envoy Hans Grundberg chairs the talks in Geneva. Hadi Haig said Grundberg had made clear to the Houthis that the case could not be dropped, and that the envoy had promised him that the file would stay open.",
			[]claimView{
				{speaker: "Hadi Haig", mode: dipgraph.ModeIndirect, text: "made clear"},
				{speaker: "Hans Grundberg", mode: dipgraph.ModeIndirect, text: "dropped", addressees: []string{"Houthis"}},
				{speaker: "Hadi Haig", mode: dipgraph.ModeIndirect, text: "promised him"},
				{speaker: "Hans Grundberg", mode: dipgraph.ModeIndirect, text: "stay open", addressees: []string{"Hadi Haig"}},
			}},
		{"a_groups_delegation_is_the_group", "U.N. envoy Hans Grundberg told the Houthi delegation that the case could not be dropped.",
			[]claimView{{speaker: "Hans Grundberg", mode: dipgraph.ModeIndirect, text: "dropped", addressees: []string{"Houthis"}}}},
		{"a_parenthetical_between_hearer_and_that", "Foreign Minister Sibusiso Moyo received Ambassador Brian Nichols on Monday.\n\nIn a statement issued on Monday evening, the ministry said Moyo had told the ambassador that Zimbabwe harbours no hostile intentions. The minister also reminded Nichols, the statement said, that Zimbabwe had lived under U.S. sanctions for two decades.",
			[]claimView{
				{speaker: "Sibusiso Moyo", mode: dipgraph.ModeIndirect, text: "hostile", addressees: []string{"Brian Nichols"}, event: dipgraph.EventAnnouncement},
				{speaker: "Sibusiso Moyo", mode: dipgraph.ModeIndirect, text: "sanctions", addressees: []string{"Brian Nichols"}},
			}},
		{"received_by_in_the_passive_is_a_meeting", "Ambassador Brian Nichols was received by Foreign Minister Sibusiso Moyo at the ministry on Monday. Moyo said Zimbabwe harbours no hostile intentions.",
			[]claimView{{speaker: "Sibusiso Moyo", mode: dipgraph.ModeIndirect, text: "hostile", addressees: []string{"Brian Nichols"}, event: dipgraph.EventMeeting}}},
		{"a_trade_representative_is_a_title", "Trade and Industry Minister Rob Davies spoke by telephone with U.S. Trade Representative Michael Froman on Thursday. Davies told him that the deadline was tight.",
			[]claimView{{speaker: "Rob Davies", mode: dipgraph.ModeIndirect, text: "tight", addressees: []string{"Michael Froman"}, event: dipgraph.EventCall}}},
		{"an_answer_to_a_question_is_not_on_the_call", "Trade and Industry Minister Rob Davies spoke by telephone with U.S. Trade Representative Michael Froman on Thursday. Davies told him that the deadline was tight.\n\nAsked whether South Africa might retaliate, Davies said such talk was premature.",
			[]claimView{
				{speaker: "Rob Davies", mode: dipgraph.ModeIndirect, text: "tight", addressees: []string{"Michael Froman"}, event: dipgraph.EventCall},
				{speaker: "Rob Davies", mode: dipgraph.ModeIndirect, text: "premature"},
			}},
		{"i_said_to_him_inside_a_quote", "Trade and Industry Minister Rob Davies spoke by telephone with U.S. Trade Representative Michael Froman on Thursday. \"I said to him: we have moved further on this in six months than in fifteen years,\" Davies told reporters.",
			[]claimView{
				{speaker: "Rob Davies", mode: dipgraph.ModeDirect, text: "I said to him"},
				{speaker: "Rob Davies", mode: dipgraph.ModeDirect, text: "six months", addressees: []string{"Michael Froman"}},
			}},
		{"its_foreign_ministry_is_the_state", "Azerbaijan hosted the talks in Baku. In a statement issued on Thursday, its Foreign Ministry said the talks had been useful.",
			[]claimView{{speaker: "Azerbaijan", mode: dipgraph.ModeIndirect, text: "useful", event: dipgraph.EventAnnouncement}}},
		{"well_known_bodies_by_name", "The Organization of American States said its Permanent Council would meet on Wednesday. The ICRC said it was ready, and the Red Cross added that aircraft were waiting.",
			[]claimView{
				{speaker: "Organization of American States", mode: dipgraph.ModeIndirect, text: "Permanent Council"},
				{speaker: "International Committee of the Red Cross", mode: dipgraph.ModeIndirect, text: "ready"},
				{speaker: "International Committee of the Red Cross", mode: dipgraph.ModeIndirect, text: "aircraft"},
			}},
		{"him_is_the_counterpart_the_fronted_call_names", "Algerian President Abdelmadjid Tebboune reappointed his foreign minister. In a call with his Malian counterpart, Abdoulaye Diop, in January, Foreign Minister Ramtane Lamamra urged him to bring Bamako back to the table.",
			[]claimView{{speaker: "Ramtane Lamamra", mode: dipgraph.ModeIndirect, text: "back to the table", addressees: []string{"Abdoulaye Diop"}, event: dipgraph.EventCall}}},
		{"them_are_the_people_just_named_together", "Before the signing, Foreign Minister Ramtane Lamamra turned to Fatah’s Azzam al-Ahmad and Hamas’s Ismail Haniyeh. “Brothers, the ink is the easy part,” he told them.",
			[]claimView{{speaker: "Ramtane Lamamra", mode: dipgraph.ModeDirect, text: "ink", addressees: []string{"Azzam al-Ahmad", "Ismail Haniyeh"}}}},
		{"a_leaders_government_is_the_state", "Prime Minister Sheikh Hasina won a fourth term. A Western diplomat said Washington had made clear to Hasina’s government that it was not seeking a confrontation. State Department spokesman Matthew Miller urged the government in Dhaka to investigate reports of violence.",
			[]claimView{
				{speaker: "A Western diplomat", mode: dipgraph.ModeIndirect, text: "made clear"},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "confrontation", addressees: []string{"Bangladesh"}},
				{speaker: "Matthew Miller", mode: dipgraph.ModeIndirect, text: "investigate", addressees: []string{"Bangladesh"}},
			}},
		{"no_one_meeting_is_no_meeting", "Prime Minister Viktor Orbán stayed away. No member of Orbán’s government met the senators; Democratic Senator Jeanne Shaheen said afterwards that the snub spoke for itself.",
			[]claimView{{speaker: "Jeanne Shaheen", mode: dipgraph.ModeIndirect, text: "snub"}}},
		{"according_to_after_a_postposed_teller_is_a_source", "Prime Minister Sheikh Hasina received envoys on Monday. Russia’s ambassador, Alexander Mantytsky, followed in the afternoon. Moscow regarded the election as a sovereign matter, he told the prime minister, according to a post on the embassy’s Facebook page.",
			[]claimView{{speaker: "Alexander Mantytsky", mode: dipgraph.ModeIndirect, text: "sovereign matter", addressees: []string{"Sheikh Hasina"}}}},
		{"a_vocative_with_a_respectful_suffix", "Prime Minister Narendra Modi spoke to Prime Minister Sheikh Hasina on Monday.\n\n“Sheikh Hasina ji, warm congratulations on your victory. India will walk with Bangladesh as a trusted friend,” Modi wrote on X shortly after the call.",
			[]claimView{{speaker: "Narendra Modi", mode: dipgraph.ModeDirect, text: "congratulations", addressees: []string{"Sheikh Hasina"}}}},
		{"a_reply_in_the_same_sentence_goes_back", "German Foreign Minister Heiko Maas held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday.\n\nA German official travelling with Maas said the minister had told Lavrov during the talks that Berlin expected Moscow to use its influence in Minsk, and that Lavrov had replied that Russia did not “give instructions” to its neighbours.",
			[]claimView{
				{speaker: "A German official travelling with Maas", mode: dipgraph.ModeIndirect, text: "had told Lavrov"},
				{speaker: "Heiko Maas", mode: dipgraph.ModeIndirect, text: "influence", addressees: []string{"Sergey Lavrov"}, event: dipgraph.EventMeeting},
				{speaker: "A German official travelling with Maas", mode: dipgraph.ModePartial, text: "Lavrov had replied", event: dipgraph.EventMeeting},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModePartial, text: "instructions", addressees: []string{"Heiko Maas"}, event: dipgraph.EventMeeting},
			}},
		{"a_state_replies_to_the_one_who_told_it", "Turkish Foreign Minister Mevlut Cavusoglu told the United States on Monday that Ankara would not give up the S-400 system. Washington replied that the purchase would bring sanctions.",
			[]claimView{
				{speaker: "Mevlut Cavusoglu", mode: dipgraph.ModeIndirect, text: "S-400", addressees: []string{"United States"}},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "sanctions", addressees: []string{"Mevlut Cavusoglu"}},
			}},
		{"a_reply_to_a_reporters_question", "German Foreign Minister Heiko Maas held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday. Lavrov told Maas that Moscow wanted calm.\n\n“Mr. Maas, will Germany still defend Nord Stream 2?” a correspondent for the broadcaster ARD asked. Maas replied that no government had the right to dictate Europe’s energy policy.",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "calm", addressees: []string{"Heiko Maas"}, event: dipgraph.EventMeeting},
				{speaker: "Heiko Maas", mode: dipgraph.ModeIndirect, text: "energy policy"},
			}},
		{"a_story_persons_office_is_the_state", "South Korean President Moon Jae-in spoke to Xi Jinping on Monday. The talks were useful, Moon’s office said. The call lasted an hour, the presidential office said.",
			[]claimView{
				{speaker: "South Korea", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "South Korea", mode: dipgraph.ModeIndirect, text: "an hour"},
			}},
		{"a_phrase_before_that_after_noted", "South Korean President Moon Jae-in noted in a telephone call with Chinese President Xi Jinping on Tuesday that the two neighbours had worked well together.",
			[]claimView{{speaker: "Moon Jae-in", mode: dipgraph.ModeIndirect, text: "worked well", addressees: []string{"Xi Jinping"}, event: dipgraph.EventCall}}},
		{"he_is_not_the_one_his_quote_addresses", "South Korean President Moon Jae-in met North Korean leader Kim Jong Un in Pyongyang on Wednesday.\n\nAt a banquet on Tuesday evening, hours after Moon landed at the airport, Kim raised his glass to his guest. “President Moon, the road from Seoul to Pyongyang is short, but it took us seventy years to drive it,” he said.",
			[]claimView{{speaker: "Kim Jong Un", mode: dipgraph.ModeDirect, text: "seventy years", addressees: []string{"Moon Jae-in"}}}},
		{"the_leaders_declaration_speaks_for_them", "MADRID, June 30 — NATO leaders wrapped up their summit in Madrid on Thursday.\n\nThe leaders’ declaration, adopted on Wednesday, called Russia “the clearest and most urgent danger to the peace of our nations”. The declaration formally invited Finland and Sweden to become members.",
			[]claimView{
				{speaker: "NATO leaders", mode: dipgraph.ModePartial, text: "danger"},
				{speaker: "NATO leaders", mode: dipgraph.ModeIndirect, text: "members", addressees: []string{"Finland", "Sweden"}},
			}},
		{"a_state_called_by_name_is_the_state", "Defence Minister Israel Katz said he had instructed the army to strike. President Donald Trump said both countries had broken the agreement. \"Israel, you have to calm down,\" he said.",
			[]claimView{
				{speaker: "Israel Katz", mode: dipgraph.ModeIndirect, text: "instructed"},
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "broken"},
				{speaker: "Donald Trump", mode: dipgraph.ModeDirect, text: "calm down", addressees: []string{"Israel"}},
			}},
		{"a_family_name_with_its_particle", "Majed al-Ansari, the Qatari foreign ministry’s spokesman, said talks went on.\n\nIranian President Masoud Pezeshkian flew to Doha.\n\nAsked whether Qatar felt betrayed, al-Ansari chose his words carefully. \"We were struck by a country we were trying to help,\" he said.",
			[]claimView{
				{speaker: "Majed al-Ansari", mode: dipgraph.ModeIndirect, text: "talks went on"},
				{speaker: "Majed al-Ansari", mode: dipgraph.ModeDirect, text: "struck"},
			}},
		{"he_is_not_the_counterpart_the_fronted_call_names", "Foreign Minister Hossein Amir-Abdollahian said Assadi was on his way home. In a call with his Omani counterpart, Sayyid Badr Albusaidi, on Friday evening, he told him Tehran was ready to keep working with Muscat.",
			[]claimView{
				{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "way home"},
				{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "keep working", addressees: []string{"Sayyid Badr Albusaidi"}, event: dipgraph.EventCall},
			}},
		{"the_counterpart_spoken_with_is_no_subject", "Foreign Minister Hossein Amir-Abdollahian had spoken by telephone with his Azerbaijani counterpart, Jeyhun Bayramov, hours after the attack, had offered his condolences and had assured him that the embassy would be protected.",
			[]claimView{
				{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "condolences", addressees: []string{"Jeyhun Bayramov"}, event: dipgraph.EventCall},
				{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "protected", addressees: []string{"Jeyhun Bayramov"}, event: dipgraph.EventCall},
			}},
		{"her_is_the_person_summoned_before", "The Hungarian foreign ministry said it had also summoned Ukraine’s ambassador, Liubov Nepop, on Thursday evening. State Secretary Tamas Menczer told her that Budapest expected Ukraine to end the intimidation of ethnic Hungarians.",
			[]claimView{
				{speaker: "Hungary", mode: dipgraph.ModeIndirect, text: "summoned"},
				{speaker: "Tamas Menczer", mode: dipgraph.ModeIndirect, text: "intimidation", addressees: []string{"Liubov Nepop"}},
			}},
		{"him_is_the_person_the_sentence_named", "Ambassador John Sullivan returned to Moscow on Thursday, two months after the Kremlin advised him to go home for consultations.",
			[]claimView{{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "go home", addressees: []string{"John Sullivan"}}}},
		{"called_on_a_community_a_people_and_both_states", "President Recep Tayyip Erdogan called on the international community to stop watching a massacre. Kim Jong Un called on the people of both Koreas to hold on tightly. Qatari spokesman Majed al-Ansari called on both Israel and Iran to give the truce a few quiet days.",
			[]claimView{
				{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "massacre", addressees: []string{"the international community"}},
				{speaker: "Kim Jong Un", mode: dipgraph.ModeIndirect, text: "tightly", addressees: []string{"the people of both Koreas"}},
				{speaker: "Majed al-Ansari", mode: dipgraph.ModeIndirect, text: "quiet days", addressees: []string{"Israel", "Iran"}},
			}},
		{"instructed_him_is_a_request_but_not_to_their_own_ministers", "South African ambassador Ebrahim Rasool said Foreign Minister Ronald Lamola had instructed him before he left Cape Town to keep every channel open. Putin and Macron instructed their foreign ministers to prepare another summit.",
			[]claimView{
				{speaker: "Ebrahim Rasool", mode: dipgraph.ModeIndirect, text: "had instructed him"},
				{speaker: "Ronald Lamola", mode: dipgraph.ModeIndirect, text: "every channel", addressees: []string{"Ebrahim Rasool"}},
			}},
		{"a_known_given_name_makes_a_person_anywhere", "Alicia Bárcena was still at her desk when the call came. She telephoned Gabriela Sommerfeld on Friday and said the raid would be illegal.",
			[]claimView{{speaker: "Alicia Bárcena", mode: dipgraph.ModeIndirect, text: "illegal"}}},
		{"what_a_list_told_her_is_no_claim", "Mexican Foreign Minister Alicia Bárcena gave an interview on Thursday and recounted what Almagro, Guterres and Blinken told her afterwards.", nil},
		{"the_leaders_of_two_states_are_their_leaders", "U.S. President Joe Biden arrived in Delhi on Friday. Indian Prime Minister Narendra Modi opened a factory. The leaders of the United States and India said the partnership had never been stronger.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "never been stronger"},
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "never been stronger"},
			}},
		{"explained_to_x_and_had_told_him_are_two_tellings", "The ministry said South Korean Foreign Minister Park Jin had explained to Japanese Foreign Minister Yoshimasa Hayashi that a council was looking for ways to compensate the victims, and had told him that the government would make every effort.",
			[]claimView{
				{speaker: "Park Jin", mode: dipgraph.ModeIndirect, text: "compensate the victims", addressees: []string{"Yoshimasa Hayashi"}},
				{speaker: "Park Jin", mode: dipgraph.ModeIndirect, text: "every effort", addressees: []string{"Yoshimasa Hayashi"}},
			}},
		{"a_journalist_is_never_the_hearer", "Putin gave a two-hour interview to the American commentator Tucker Carlson. Putin told Carlson that Moscow had never refused to negotiate.\n\nNew Zealand Foreign Minister Winston Peters was interviewed by the programme's presenter, Jack Tame, on Sunday. “Our nuclear-free legislation is not on the table,” he told Tame.",
			[]claimView{
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "never refused"},
				{speaker: "Winston Peters", mode: dipgraph.ModeDirect, text: "nuclear-free"},
			}},
		{"a_call_describing_the_source_does_not_frame_its_words", "Putin apologised to Aliyev in a call on Saturday, the Kremlin said.\n\nAn Azerbaijani official briefed on the call said Aliyev had opened it without pleasantries.",
			[]claimView{
				{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "apologised"},
				{speaker: "An Azerbaijani official briefed on the call", mode: dipgraph.ModeIndirect, text: "pleasantries"},
			}},
		{"made_equally_clear_to_x", "Peruvian Foreign Minister Ana Cecilia Gervasi summoned the Mexican envoy on Tuesday. She had made equally clear to Pablo Monroy, Mexico's ambassador, that the expulsion was not a gesture against the Mexican people.",
			[]claimView{{speaker: "Ana Cecilia Gervasi", mode: dipgraph.ModeIndirect, text: "not a gesture", addressees: []string{"Pablo Monroy"}, event: dipgraph.EventMeeting}}},
		{"her_after_a_parenthesis_is_named_before_it", "Peruvian President Dina Boluarte expelled the ambassador. Mexican Foreign Minister Marcelo Ebrard said on Twitter that Mexico regretted the decision. He had spoken to Foreign Minister Ana Cecilia Gervasi by telephone on Monday night, he wrote, and assured her that the embassy was no base for anyone.",
			[]claimView{
				{speaker: "Marcelo Ebrard", mode: dipgraph.ModeIndirect, text: "Mexico regretted"},
				{speaker: "Marcelo Ebrard", mode: dipgraph.ModeIndirect, text: "no base", addressees: []string{"Ana Cecilia Gervasi"}, event: dipgraph.EventCall},
			}},
		{"x_message_to_y_was_that", "Brazilian President Luiz Inácio Lula da Silva sent his adviser to the talks. Lula’s message to Maduro, which the adviser delivered before the talks began, was that Brazil would not accept any military adventure on its frontier.",
			[]claimView{{speaker: "Luiz Inácio Lula da Silva", mode: dipgraph.ModeIndirect, text: "military adventure", addressees: []string{"Nicolás Maduro"}}}},
		{"a_quote_told_the_two_presidents_goes_to_both", "Guyana's President Irfaan Ali met Venezuela's President Nicolás Maduro on Thursday. Prime Minister Ralph Gonsalves hosted them.\n\n“Brothers, the whole Caribbean is watching this room,” Gonsalves told the two presidents.",
			[]claimView{{speaker: "Ralph Gonsalves", mode: dipgraph.ModeDirect, text: "watching this room", addressees: []string{"Irfaan Ali", "Nicolás Maduro"}, event: dipgraph.EventMeeting}}},
		{"the_speaker_is_not_the_one_the_quote_names", "Guyana's President Irfaan Ali met Venezuela's President Nicolás Maduro on Thursday. Maduro spoke first.\n\n“President Maduro heard from me exactly what the Guyanese people sent me here to say,” the president said.",
			[]claimView{{speaker: "Irfaan Ali", mode: dipgraph.ModeDirect, text: "heard from me", addressees: []string{"Nicolás Maduro"}, event: dipgraph.EventMeeting}}},
		{"conveyed_the_request_to_x", "Nepal's ambassador in New Delhi, Nilambar Acharya, conveyed the same request to Foreign Secretary Harsh Vardhan Shringla last week. Iranian President Masoud Pezeshkian expressed regret over the damage to Qatar.",
			[]claimView{
				{speaker: "Nilambar Acharya", mode: dipgraph.ModeIndirect, text: "same request", addressees: []string{"Harsh Vardhan Shringla"}},
				{speaker: "Masoud Pezeshkian", mode: dipgraph.ModeIndirect, text: "regret"},
			}},
		{"his_guest_on_a_state_visit_is_the_visitor", "King Charles arrived in Nairobi on Tuesday for a four-day state visit. The banquet was attended by opposition leader Raila Odinga. Kenyan President William Ruto then told his guest that the colonial response had been brutal.",
			[]claimView{{speaker: "William Ruto", mode: dipgraph.ModeIndirect, text: "brutal", addressees: []string{"Charles"}}}},
		{"agreed_to_is_a_statement_and_two_who_agree_agree_with_each_other", "Japanese Foreign Minister Yoshimasa Hayashi received South Korean Foreign Minister Park Jin in Tokyo. Both ministers agreed to keep in close communication. Iran agreed to allow inspectors back.",
			[]claimView{
				{speaker: "Yoshimasa Hayashi", mode: dipgraph.ModeIndirect, text: "close communication", addressees: []string{"Park Jin"}, event: dipgraph.EventMeeting},
				{speaker: "Park Jin", mode: dipgraph.ModeIndirect, text: "close communication", addressees: []string{"Yoshimasa Hayashi"}, event: dipgraph.EventMeeting},
				{speaker: "Iran", mode: dipgraph.ModeIndirect, text: "inspectors"},
			}},
		{"committed_to_is_a_statement", "Chinese President Xi Jinping and Serbian President Aleksandar Vucic met on Wednesday. Both leaders committed to building a community with a shared future.",
			[]claimView{
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "shared future", addressees: []string{"Aleksandar Vucic"}, event: dipgraph.EventMeeting},
				{speaker: "Aleksandar Vucic", mode: dipgraph.ModeIndirect, text: "shared future", addressees: []string{"Xi Jinping"}, event: dipgraph.EventMeeting},
			}},
		{"the_name_a_parenthesis_interrupts_goes_on_telling", "Turkish President Recep Tayyip Erdogan spoke to reporters on the flight home. Biden, he said, had listened carefully and had assured him that the United States was working for a ceasefire.",
			[]claimView{
				{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "listened carefully"},
				{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "had assured him"},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "ceasefire", addressees: []string{"Recep Tayyip Erdogan"}},
			}},
		{"a_middle_name_alone_is_the_person", "Maldivian Foreign Minister Abdulla Nazim Ibrahim met reporters in Male. Nazim said the deadline still stood.",
			[]claimView{{speaker: "Abdulla Nazim Ibrahim", mode: dipgraph.ModeIndirect, text: "deadline"}}},
		{"a_states_mission_in_a_city_is_the_state", "In a statement issued after the vote, China’s mission in Geneva called the outcome a victory for developing countries. Russia's Foreign Ministry said it had informed the Czech embassy in Moscow of the decision.",
			[]claimView{
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "victory", event: dipgraph.EventAnnouncement},
				{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "informed the Czech embassy"},
			}},
		{"the_m23_rebels_are_the_m23", "Angolan President João Lourenço urged the M23 rebels to withdraw from Goma.",
			[]claimView{{speaker: "João Lourenço", mode: dipgraph.ModeIndirect, text: "withdraw", addressees: []string{"M23"}}}},
		{"them_after_a_plural_description_is_its_actors", "China's foreign ministry criticised the AUKUS pact between the United States, Britain and Australia on Thursday. Foreign Ministry spokesman Zhao Lijian accused the three countries of fuelling a regional arms race and urged them to drop their thinking.",
			[]claimView{
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "AUKUS pact"},
				{speaker: "Zhao Lijian", mode: dipgraph.ModeIndirect, text: "arms race"},
				{speaker: "Zhao Lijian", mode: dipgraph.ModeIndirect, text: "drop their thinking", addressees: []string{"United States", "United Kingdom", "Australia"}},
			}},
		{"an_official_does_not_address_the_state_he_serves", "Chinese Foreign Ministry spokesman Zhao Lijian urged China to show restraint. Opposition leader Peter Dutton urged Australia to stand firm.",
			[]claimView{
				{speaker: "Zhao Lijian", mode: dipgraph.ModeIndirect, text: "restraint"},
				{speaker: "Peter Dutton", mode: dipgraph.ModeIndirect, text: "stand firm", addressees: []string{"Australia"}},
			}},
		{"agreed_to_in_a_condition_is_no_agreement", "Tokyo said it was prepared to ease sanctions if Pyongyang agreed to reopen its investigation.",
			[]claimView{{speaker: "Japan", mode: dipgraph.ModeIndirect, text: "ease sanctions"}}},
		{"the_deputy_minister_is_the_deputy_foreign_minister", "Poland's Deputy Foreign Minister Andrzej Szejna met Israel's Ambassador Yacov Livne. The deputy minister also told Livne that his recent public remarks were unacceptable.",
			[]claimView{{speaker: "Andrzej Szejna", mode: dipgraph.ModeIndirect, text: "unacceptable", addressees: []string{"Yacov Livne"}, event: dipgraph.EventMeeting}}},
		{"a_states_ambassador_named_later_is_the_hearer", "Poland told Israel’s ambassador on Friday that it expected a criminal investigation. Ambassador Yacov Livne spent forty minutes at the ministry.",
			[]claimView{{speaker: "Poland", mode: dipgraph.ModeIndirect, text: "criminal investigation", addressees: []string{"Yacov Livne"}}}},
		{"a_group_told_past_a_phrase_on_it_but_never_an_audience", "Israeli army chief Herzi Halevi told commanders of the Paran regional brigade that the army would examine every failure. British Foreign Secretary James Cleverly told an audience of diplomats that cutting off contact would be easy. Armenian Prime Minister Nikol Pashinyan told the other leaders behind closed doors that Yerevan would draw its own conclusions.",
			[]claimView{
				{speaker: "Herzi Halevi", mode: dipgraph.ModeIndirect, text: "every failure", addressees: []string{"commanders of the Paran regional brigade"}},
				{speaker: "James Cleverly", mode: dipgraph.ModeIndirect, text: "cutting off"},
				{speaker: "Nikol Pashinyan", mode: dipgraph.ModeIndirect, text: "own conclusions", addressees: []string{"the other leaders"}},
			}},
		{"the_two_men_are_the_two_the_sentence_named", "Qatari spokesman Majed al-Ansari spoke on Sunday. Iranian spokesman Nasser Kanaani said the talks were useful. Secretary of State Antony Blinken thanked Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani for Doha's tireless mediation in a phone call on Monday, and the two men agreed to stay in close touch.",
			[]claimView{
				{speaker: "Nasser Kanaani", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "tireless mediation", addressees: []string{"Mohammed bin Abdulrahman Al Thani"}, event: dipgraph.EventCall},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "close touch", addressees: []string{"Mohammed bin Abdulrahman Al Thani"}, event: dipgraph.EventCall},
				{speaker: "Mohammed bin Abdulrahman Al Thani", mode: dipgraph.ModeIndirect, text: "close touch", addressees: []string{"Antony Blinken"}},
			}},
		{"a_message_carried_by_a_state_news_agency_still_goes_to_its_recipient", "In a message to Sheinbaum carried by the state news agency Xinhua, Xi Jinping said Beijing attached great importance to its ties with Mexico.",
			[]claimView{{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "great importance", addressees: []string{"Claudia Sheinbaum"}}}},
		{"a_letter_to_a_group", "In a letter to congressional leaders on Thursday, President Barack Obama wrote that South Africa had made insufficient progress.",
			[]claimView{{speaker: "Barack Obama", mode: dipgraph.ModeIndirect, text: "insufficient", addressees: []string{"congressional leaders"}}}},
		{"arguing_over_names_reports_nothing", "Negotiators for Yemen’s government and the Houthi movement were still arguing over names on Friday, and the envoy had nothing to add.", nil},
		{"a_quote_after_turning_to_someone_is_said_to_them", "German Foreign Minister Heiko Maas visited Moscow on Tuesday.\n\nAt a joint news conference, Russian Foreign Minister Sergei Lavrov was sharp. “We asked for facts and received press releases,” he said, before turning to his guest: “Heiko, if you have evidence, hand it over.”",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "press releases"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "hand it over", addressees: []string{"Heiko Maas"}},
			}},
		{"a_statement_telling_someone_is_its_issuers", "Britain issued a statement telling Iran to release the tanker. Poland sent a note urging Moscow to explain the strike.",
			[]claimView{
				{speaker: "United Kingdom", mode: dipgraph.ModeIndirect, text: "release the tanker", addressees: []string{"Iran"}},
				{speaker: "Poland", mode: dipgraph.ModeIndirect, text: "explain", addressees: []string{"Russia"}},
			}},
		{"but_that_second_clause", "Lavrov said the talks were useful, but that Moscow would not change course.",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "change course"},
			}},
		{"relative_clause_apposition", "Yoon, who arrived in Tokyo on Thursday for a visit, the first in years, said the ties had drifted.",
			[]claimView{{speaker: "Yoon Suk Yeol", mode: dipgraph.ModeIndirect, text: "drifted", event: dipgraph.EventVisit}}},
		{"called_object", "Lavrov called the summit a success.",
			[]claimView{{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "success"}}},
		{"infinitive_content", "Beijing vowed to take all necessary measures.",
			[]claimView{{speaker: "China", mode: dipgraph.ModeIndirect, text: "necessary measures"}}},
		{"participle_ends_clause_and_two_word_demonym", "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol said their countries would open a new chapter, agreeing to resume visits.",
			[]claimView{
				{speaker: "Yoon Suk Yeol", mode: dipgraph.ModeIndirect, text: "new chapter"},
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "new chapter"},
			}},
		{"possessive_title_apposition", "India’s external affairs minister, Subrahmanyam Jaishankar, said the text was balanced.",
			[]claimView{{speaker: "Subrahmanyam Jaishankar", mode: dipgraph.ModeIndirect, text: "balanced"}}},
		{"relative_who_told", "Beijing sent Premier Li Qiang, who told the summit that unity mattered.",
			[]claimView{{speaker: "Li Qiang", mode: dipgraph.ModeIndirect, text: "unity"}}},
		{"it_is_a_thing_unless_it_spoke", "Ukraine welcomed the text. Diplomats worked late. The declaration was short, and it did not condemn Russia.",
			[]claimView{{speaker: "Ukraine", mode: dipgraph.ModeIndirect, text: "the text"}}},
		{"parenthetical_attribution", "Guterres arrived in Jeddah. Africa, he said in a statement, would not accept a war without end.",
			[]claimView{{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "war without end", event: dipgraph.EventAnnouncement}}},
		{"joint_postposed", "The truce will start on Monday, the United States and Saudi Arabia said in a joint statement.",
			[]claimView{
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "truce", event: dipgraph.EventAnnouncement},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "truce", event: dipgraph.EventAnnouncement},
			}},
		{"arabic_article_in_last_name", "General Abdel Fattah al-Burhan arrived. Burhan said the army would honour the truce.",
			[]claimView{{speaker: "Abdel Fattah al-Burhan", mode: dipgraph.ModeIndirect, text: "honour"}}},
		{"vocative", "Biden met President Yoon Suk Yeol. “Mr. President, you have my word that we will stand with you,” Biden said.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModeDirect, text: "my word", addressees: []string{"Yoon Suk Yeol"}, event: dipgraph.EventMeeting}}},
		{"thanked_addressee", "Blinken thanked Qatar for its mediation.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "mediation", addressees: []string{"Qatar"}}}},
		{"unnamed_official", "A senior administration official said the sanctions would stay.",
			[]claimView{{speaker: "A senior administration official", mode: dipgraph.ModeIndirect, text: "sanctions"}}},
		{"acronym_defined_in_the_text", "The Rapid Support Forces (RSF) attacked Omdurman. The RSF said it had been provoked.",
			[]claimView{{speaker: "Rapid Support Forces", mode: dipgraph.ModeIndirect, text: "provoked"}}},
		{"the_bloc_is_the_bloc_named_last", "Mercosur leaders met in Brasília. The bloc said talks with Brussels would go on.",
			[]claimView{{speaker: "Mercosur", mode: dipgraph.ModeIndirect, text: "go on"}}},
		{"and_that_second_clause", "Peskov told reporters that the pipeline was commercial and that Russia had never used gas as a weapon.",
			[]claimView{
				{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "commercial"},
				{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "never used gas"},
			}},
		{"the_two_countries_are_two_speakers", "Saudi Arabia and Iran met in Beijing. The two countries said they would reopen their embassies.",
			[]claimView{
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "reopen", addressees: []string{"Iran"}, event: dipgraph.EventMeeting},
				{speaker: "Iran", mode: dipgraph.ModeIndirect, text: "reopen", addressees: []string{"Saudi Arabia"}, event: dipgraph.EventMeeting},
			}},
		{"sentence_subject_for_and_verb", "Johnson spoke to Varadkar on Tuesday. He set out the proposals and stressed that they were fair.",
			[]claimView{{speaker: "Boris Johnson", mode: dipgraph.ModeIndirect, text: "fair", addressees: []string{"Varadkar"}, event: dipgraph.EventCall}}},
		{"what_he_called_is_no_claim", "Biden praised Merkel for what he called years of steady leadership.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "Merkel for what he called"}}},
		{"date_phrase_after_verb", "Biden and Merkel promised on Thursday to stand together.",
			[]claimView{
				{speaker: "Merkel", mode: dipgraph.ModeIndirect, text: "stand together"},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "stand together"},
			}},
		{"the_three_countries", "Saudi Arabia, Egypt and Bahrain cut ties. The three countries said Qatar had not answered.",
			[]claimView{
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "not answered"},
				{speaker: "Egypt", mode: dipgraph.ModeIndirect, text: "not answered"},
				{speaker: "Bahrain", mode: dipgraph.ModeIndirect, text: "not answered"},
			}},
		{"the_three_european_governments", "France, Britain and Germany drafted a text. The three European governments welcomed the understanding.",
			[]claimView{
				{speaker: "France", mode: dipgraph.ModeIndirect, text: "understanding"},
				{speaker: "United Kingdom", mode: dipgraph.ModeIndirect, text: "understanding"},
				{speaker: "Germany", mode: dipgraph.ModeIndirect, text: "understanding"},
			}},
		{"person_of_place", "Senator Ted Cruz of Texas, who opposed the pipeline, accused the administration of handing Putin a victory.",
			[]claimView{{speaker: "Ted Cruz", mode: dipgraph.ModeIndirect, text: "victory"}}},
		{"inherited_verb_keeps_joint_speakers", "Saudi Arabia and Egypt dismissed the answer and warned that steps would follow.",
			[]claimView{
				{speaker: "Egypt", mode: dipgraph.ModeIndirect, text: "the answer"},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "the answer"},
				{speaker: "Egypt", mode: dipgraph.ModeIndirect, text: "steps"},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "steps"},
			}},
		{"participle_speaker_is_not_its_object", "Guterres urged Myanmar to act, telling the Security Council that the process existed on paper.",
			[]claimView{
				{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "act", addressees: []string{"Myanmar"}},
				{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "on paper"},
			}},
		{"list_of_verbs", "Ma said talks should go on, praised Bangladesh for its patience, and called on both sides to act.",
			[]claimView{
				{speaker: "Ma", mode: dipgraph.ModeIndirect, text: "go on"},
				{speaker: "Ma", mode: dipgraph.ModeIndirect, text: "patience"},
				{speaker: "Ma", mode: dipgraph.ModeIndirect, text: "act", addressees: []string{"the two sides"}},
			}},
		{"counterpart_named_in_apposition", "Amir-Abdollahian told his French counterpart, Catherine Colonna, that Europe would bear the blame.",
			[]claimView{{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "blame", addressees: []string{"Catherine Colonna"}}}},
		{"description_named_in_apposition", "Pandor said she had informed the conference president, Mukhtar Babayev, by phone that she would not come.",
			[]claimView{
				{speaker: "Pandor", mode: dipgraph.ModeIndirect, text: "informed the conference president"},
				{speaker: "Pandor", mode: dipgraph.ModeIndirect, text: "would not come", addressees: []string{"Mukhtar Babayev"}},
			}},
		{"quoted_manner_before_that", "Mohamed told Guterres “more than once” that Perthes had lost the trust of the people.",
			[]claimView{{speaker: "Mohamed", mode: dipgraph.ModeIndirect, text: "Perthes had lost", addressees: []string{"Antonio Guterres"}}}},
		{"description_of_a_person_named_earlier_in_the_sentence", "China’s ambassador, Xiong Bo, called on Prime Minister Pham Minh Chinh, and Vietnam said the envoy had assured the prime minister that the aid came with no conditions.",
			[]claimView{
				{speaker: "Vietnam", mode: dipgraph.ModeIndirect, text: "the envoy had assured"},
				{speaker: "Xiong Bo", mode: dipgraph.ModeIndirect, text: "no conditions", addressees: []string{"Pham Minh Chinh"}},
			}},
		{"he_said_between_a_joint_subject_and_its_verb", "Trump announced that Washington would recognise Jerusalem. Rex Tillerson and Jim Mattis, he said, had both warned the president that the move was risky.",
			[]claimView{
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "Jerusalem"},
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "had both warned"},
				{speaker: "Jim Mattis", mode: dipgraph.ModeIndirect, text: "risky", addressees: []string{"Donald Trump"}},
				{speaker: "Rex Tillerson", mode: dipgraph.ModeIndirect, text: "risky", addressees: []string{"Donald Trump"}},
			}},
		{"a_titles_of_opens_no_phrase", "Trump announced that Washington would recognise Jerusalem. Secretary of State Rex Tillerson and Jim Mattis, Trump said, had warned the president that the move was risky.",
			[]claimView{
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "Jerusalem"},
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "had warned"},
				{speaker: "Jim Mattis", mode: dipgraph.ModeIndirect, text: "risky", addressees: []string{"Donald Trump"}},
				{speaker: "Rex Tillerson", mode: dipgraph.ModeIndirect, text: "risky", addressees: []string{"Donald Trump"}},
			}},
		{"tail_he_said_is_none_the_clause_names", "Erdogan said on Friday he was ready to meet Assad. Vladimir Putin and Iraq's prime minister, Mohammed Shia al-Sudani, had both offered to host such a meeting, he said.",
			[]claimView{
				{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "ready"},
				{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "both offered"},
				{speaker: "Mohammed Shia al-Sudani", mode: dipgraph.ModeIndirect, text: "host"},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "host"},
			}},
		{"the_two_sides_are_the_two_states", "Malaysia and Indonesia held talks in Jakarta. In a joint statement, the two sides said the border would be settled by 2026.",
			[]claimView{
				{speaker: "Malaysia", mode: dipgraph.ModeIndirect, text: "border", event: dipgraph.EventAnnouncement},
				{speaker: "Indonesia", mode: dipgraph.ModeIndirect, text: "border", event: dipgraph.EventAnnouncement},
			}},
		{"the_two_sides_are_the_states_of_the_two_leaders", "Brazilian President Lula met Chinese President Xi Jinping in Beijing. The two sides said talks were the only way out of the war.",
			[]claimView{
				{speaker: "Brazil", mode: dipgraph.ModeIndirect, text: "talks"},
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "talks"},
			}},
		{"a_counterpart_holds_the_same_office", "Russian Foreign Minister Sergei Lavrov met his Brazilian counterpart Mauro Vieira. Later the Brazilian minister said his government counted on Moscow.",
			[]claimView{{speaker: "Mauro Vieira", mode: dipgraph.ModeIndirect, text: "counted on Moscow"}}},
		{"a_second_to_after_a_gerund_is_a_second_pledge", "Mullah Baradar committed himself to protecting schools from attack, and to safeguarding women’s rights.",
			[]claimView{
				{speaker: "Mullah Baradar", mode: dipgraph.ModeIndirect, text: "protecting schools"},
				{speaker: "Mullah Baradar", mode: dipgraph.ModeIndirect, text: "safeguarding"},
			}},
		{"a_second_request_after_a_participle_phrase", "Maduro agreed to restore relations, starting with the appointment of ambassadors, and to work together on security along the frontier.",
			[]claimView{
				{speaker: "Nicolás Maduro", mode: dipgraph.ModeIndirect, text: "restore relations"},
				{speaker: "Nicolás Maduro", mode: dipgraph.ModeIndirect, text: "work together"},
			}},
		{"a_hearer_after_and_his", "Chinese Defence Minister Dong Jun warned Lai and his Democratic Progressive Party that Beijing would answer every provocation.",
			[]claimView{{speaker: "Dong Jun", mode: dipgraph.ModeIndirect, text: "provocation", addressees: []string{"Lai", "Democratic Progressive Party"}}}},
		{"the_government_a_speaker_urges", "Swedish opposition leader Magdalena Andersson urged the government to keep the rule. Colombian President Gustavo Petro spoke on Monday. Bruce Mac Master urged the Petro government to keep the trade agreement.",
			[]claimView{
				{speaker: "Magdalena Andersson", mode: dipgraph.ModeIndirect, text: "keep the rule", addressees: []string{"Sweden"}},
				{speaker: "Bruce Mac Master", mode: dipgraph.ModeIndirect, text: "trade agreement", addressees: []string{"Colombia"}},
			}},
		{"the_prince_is_not_the_crown_prince", "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Islamabad. Crown Prince Mohammed bin Salman said on Monday the kingdom would invest. The prince said he had come on the direct instructions of the crown prince.",
			[]claimView{
				{speaker: "Mohammed bin Salman", mode: dipgraph.ModeIndirect, text: "invest"},
				{speaker: "Faisal bin Farhan", mode: dipgraph.ModeIndirect, text: "instructions"},
			}},
		{"the_general_is_the_one_titled_general", "Chinese Defence Minister General Wei Fenghe met Indian Defence Minister Rajnath Singh in Moscow. Singh said India would defend its territory. The 66-year-old general said China would not give up any ground.",
			[]claimView{
				{speaker: "Rajnath Singh", mode: dipgraph.ModeIndirect, text: "defend", addressees: []string{"Wei Fenghe"}, event: dipgraph.EventMeeting},
				{speaker: "Wei Fenghe", mode: dipgraph.ModeIndirect, text: "ground", addressees: []string{"Rajnath Singh"}, event: dipgraph.EventMeeting},
			}},
		{"the_cardinal_is_the_one_titled_cardinal", "Cardinal Matteo Zuppi met China’s special envoy Li Hui on Thursday. Ukrainian President Volodymyr Zelensky told the cardinal in June that a ceasefire would not bring peace.",
			[]claimView{
				{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "ceasefire", addressees: []string{"Matteo Zuppi"}},
			}},
		{"the_two_urged_are_not_the_one_reporting", "Thai Prime Minister Srettha Thavisin met Jake Sullivan and Wang Yi. Government spokesman Chai Wacharonke said the prime minister had urged the two leaders to keep their lines open.",
			[]claimView{
				{speaker: "Chai Wacharonke", mode: dipgraph.ModeIndirect, text: "urged the two leaders"},
				{speaker: "Srettha Thavisin", mode: dipgraph.ModeIndirect, text: "lines open", addressees: []string{"Jake Sullivan", "Wang Yi"}, event: dipgraph.EventMeeting},
			}},
		{"a_post_of_a_state_named_in_apposition", "Cardinal Matteo Zuppi asked China’s special representative for Eurasian affairs, Li Hui, on Thursday to help reunite the children with their families.",
			[]claimView{{speaker: "Matteo Zuppi", mode: dipgraph.ModeIndirect, text: "reunite", addressees: []string{"Li Hui"}}}},
		{"a_states_account_of_its_own_official_is_his", "Japanese Vice Foreign Minister Masataka Okano summoned Chinese Ambassador Wu Jianghao to the Foreign Ministry in Tokyo, the ministry said. Okano told Wu that the calls were “deeply regrettable”, it said.",
			[]claimView{
				{speaker: "Japan", mode: dipgraph.ModeIndirect, text: "summoned"},
				{speaker: "Masataka Okano", mode: dipgraph.ModePartial, text: "regrettable", addressees: []string{"Wu Jianghao"}, event: dipgraph.EventMeeting},
			}},
		{"portfolio_before_title", "Raimondo told Chinese Commerce Minister Wang Wentao that the rules would stay.",
			[]claimView{{speaker: "Raimondo", mode: dipgraph.ModeIndirect, text: "rules", addressees: []string{"Wang Wentao"}}}},
		{"name_apposition_before_auxiliary", "The Emirates’ minister of state, Anwar Gargash, had earlier criticised Doha for leaking the demands.",
			[]claimView{{speaker: "Anwar Gargash", mode: dipgraph.ModeIndirect, text: "leaking"}}},
		{"participle_takes_the_sentence_subject", "Egypt, Bahrain and Jordan cut ties with Qatar. The three governments cut flights, accusing it of funding extremists.",
			[]claimView{
				{speaker: "Egypt", mode: dipgraph.ModeIndirect, text: "funding"},
				{speaker: "Bahrain", mode: dipgraph.ModeIndirect, text: "funding"},
				{speaker: "Jordan", mode: dipgraph.ModeIndirect, text: "funding"},
			}},
		{"counterpart_by_demonym", "Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing. Faisal told his Iranian counterpart that the kingdom wanted calm.",
			[]claimView{{speaker: "Faisal bin Farhan", mode: dipgraph.ModeIndirect, text: "calm", addressees: []string{"Hossein Amir-Abdollahian"}, event: dipgraph.EventMeeting}}},
		{"head_of_organisation_by_acronym", "Rafael Grossi, director general of the International Atomic Energy Agency, flew to Tehran. Raisi told the IAEA chief that the agency should stay technical.",
			[]claimView{{speaker: "Ebrahim Raisi", mode: dipgraph.ModeIndirect, text: "technical", addressees: []string{"Rafael Grossi"}}}},
		{"honorific_alone", "Prince Faisal bin Farhan, the Saudi foreign minister, has spent the week in the Gulf. Amir-Abdollahian told the prince that Tehran wanted calm.",
			[]claimView{{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "calm", addressees: []string{"Faisal bin Farhan"}}}},
		{"honorific_before_name_is_a_title", "Amir-Abdollahian told Saudi Foreign Minister Prince Faisal bin Farhan in a phone call that Tehran wanted calm.",
			[]claimView{{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "calm", addressees: []string{"Faisal bin Farhan"}, event: dipgraph.EventCall}}},
		{"ministry_of_the_dateline_state", "BEIJING — The Commerce Ministry said the curbs were unfair. China firmly opposed the move, the ministry added.",
			[]claimView{
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "unfair"},
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "opposed"},
			}},
		{"ministry_without_a_state", "The Commerce Ministry said the curbs were unfair.",
			[]claimView{{speaker: "Commerce Ministry", mode: dipgraph.ModeIndirect, text: "unfair"}}},
		{"relative_clause_after_preposition", "President Lai Ching-te was sworn in on Monday. The drills followed a speech in which Lai called on Beijing to stop its intimidation and said that neither side was subordinate to the other.",
			[]claimView{
				{speaker: "Lai Ching-te", mode: dipgraph.ModeIndirect, text: "intimidation", addressees: []string{"China"}},
				{speaker: "Lai Ching-te", mode: dipgraph.ModeIndirect, text: "subordinate"},
			}},
		{"by_saying", "Karen Pierce said the vote was close. Pierce closed the session by saying the council would return to the issue.",
			[]claimView{
				{speaker: "Karen Pierce", mode: dipgraph.ModeIndirect, text: "close"},
				{speaker: "Karen Pierce", mode: dipgraph.ModeIndirect, text: "return"},
			}},
		{"long_apposition_after_unknown_name", "In New York, Matthew Nimetz, the UN envoy who has worked on the dispute for more than two decades, said the two sides had achieved the impossible.",
			[]claimView{{speaker: "Matthew Nimetz", mode: dipgraph.ModeIndirect, text: "impossible"}}},
		{"the_two_leaders", "Secretary Antony Blinken spoke with President Ilham Aliyev and Prime Minister Nikol Pashinyan. He told both leaders that force was no answer, and urged the two men to meet.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "force", addressees: []string{"Ilham Aliyev", "Nikol Pashinyan"}, event: dipgraph.EventCall},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "meet", addressees: []string{"Ilham Aliyev", "Nikol Pashinyan"}, event: dipgraph.EventCall},
			}},
		{"addressee_list", "Blinken told President Ilham Aliyev, Prime Minister Nikol Pashinyan and President Recep Tayyip Erdogan that peace was near.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "peace", addressees: []string{"Ilham Aliyev", "Nikol Pashinyan", "Recep Tayyip Erdogan"}}}},
		{"addressee_apposition_is_no_list", "Sullivan told Wang Yi, China’s top diplomat, that the controls would be narrow.",
			[]claimView{{speaker: "Jake Sullivan", mode: dipgraph.ModeIndirect, text: "narrow", addressees: []string{"Wang Yi"}}}},
		{"they_after_a_joint_subject", "President Joe Biden and Chancellor Angela Merkel met on Thursday. They said the pipeline was a danger. The two leaders signed a declaration, in which they pledged to defend democracy.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "pipeline", addressees: []string{"Angela Merkel"}, event: dipgraph.EventMeeting},
				{speaker: "Angela Merkel", mode: dipgraph.ModeIndirect, text: "pipeline", addressees: []string{"Joe Biden"}, event: dipgraph.EventMeeting},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "democracy", event: dipgraph.EventAgreement},
				{speaker: "Angela Merkel", mode: dipgraph.ModeIndirect, text: "democracy", event: dipgraph.EventAgreement},
			}},
		{"unsaid_words_are_no_claims", "Orbán declined to say where he would go next. Blinken said Washington would press for a monitoring mission. Lavrov did not say whether talks would resume.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "Washington would press"}}},
		{"receiving_a_call_is_no_meeting", "Foreign Minister Jalil Abbas Jilani received a telephone call from Hossein Amir-Abdollahian. Jilani said talks would go on.",
			[]claimView{{speaker: "Jalil Abbas Jilani", mode: dipgraph.ModeIndirect, text: "talks", addressees: []string{"Hossein Amir-Abdollahian"}, event: dipgraph.EventCall}}},
		{"a_name_before_one_of_a_group_is_a_person", "Omar al-Degair, one of the FFC’s lead negotiators and head of the Sudanese Congress Party, told supporters that the military had accepted the plan.",
			[]claimView{{speaker: "Omar al-Degair", mode: dipgraph.ModeIndirect, text: "accepted the plan"}}},
		{"who_after_an_apposition_is_the_person_named", "The account was rejected by Lieutenant General Shams El Din Kabbashi, the council’s spokesman, who said that no such wording had been agreed.",
			[]claimView{{speaker: "Shams El Din Kabbashi", mode: dipgraph.ModeIndirect, text: "no such wording"}}},
		{"shot_back_reports_a_reply_and_so_is_no_claim", "Deputy Ambassador Robert Wood shot back that the United States had no involvement in the strike, and said Washington had told Tehran so.",
			[]claimView{
				{speaker: "Robert Wood", mode: dipgraph.ModeIndirect, text: "no involvement"},
				{speaker: "Robert Wood", mode: dipgraph.ModeIndirect, text: "told Tehran so"},
			}},
		{"a_second_request_is_a_claim", "Macron had urged Xi to use his influence with Moscow, and to open China’s market wider to European goods. Popescu urged Moscow to respect the deadline and to refrain from interference.",
			[]claimView{
				{speaker: "Emmanuel Macron", mode: dipgraph.ModeIndirect, text: "use his influence with Moscow", addressees: []string{"Xi Jinping"}},
				{speaker: "Emmanuel Macron", mode: dipgraph.ModeIndirect, text: "open China’s market", addressees: []string{"Xi Jinping"}},
				{speaker: "Popescu", mode: dipgraph.ModeIndirect, text: "respect the deadline", addressees: []string{"Russia"}},
				{speaker: "Popescu", mode: dipgraph.ModeIndirect, text: "refrain from interference", addressees: []string{"Russia"}},
			}},
		{"a_list_of_requests_is_one_claim", "Wei called on New Delhi to respect the understandings, to rein in its frontline units and to stop hyping up the dispute.",
			[]claimView{{speaker: "Wei", mode: dipgraph.ModeIndirect, text: "frontline units and to stop", addressees: []string{"India"}}}},
		{"a_call_recounted_frames_its_own_sentence_only", "Biden said he had spoken to Netanyahu and reaffirmed the US commitment to Israel’s security. “We stand with Israel,” he said.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "commitment", addressees: []string{"Benjamin Netanyahu"}, event: dipgraph.EventCall},
				{speaker: "Joe Biden", mode: dipgraph.ModeDirect, text: "stand with Israel"},
			}},
		{"both_countries_and_the_two_ministers_are_the_two_named_last", "Chinese Foreign Minister Qin Gang hosted Saudi Foreign Minister Faisal bin Farhan and Iran’s Hossein Amir-Abdollahian in Beijing. Qin told the two ministers that China would keep supporting them. Egypt and Ethiopia failed to agree on the dam. The African Union has urged both countries to return to the table.",
			[]claimView{
				{speaker: "Qin Gang", mode: dipgraph.ModeIndirect, text: "keep supporting", addressees: []string{"Faisal bin Farhan", "Hossein Amir-Abdollahian"}, event: dipgraph.EventMeeting},
				{speaker: "African Union", mode: dipgraph.ModeIndirect, text: "return to the table", addressees: []string{"Egypt", "Ethiopia"}},
			}},
		{"him_is_the_other_person_the_sentence_names", "Putin received Prime Minister Viktor Orbán in Moscow on Friday. The Hungarian leader had travelled to Kyiv on Tuesday, and said after meeting President Volodymyr Zelensky that he had asked him to consider a quick ceasefire.",
			[]claimView{
				{speaker: "Viktor Orbán", mode: dipgraph.ModeIndirect, text: "he had asked him", event: dipgraph.EventVisit},
				{speaker: "Viktor Orbán", mode: dipgraph.ModeIndirect, text: "quick ceasefire", addressees: []string{"Volodymyr Zelensky"}},
			}},
		{"a_place_or_a_hearer_alone_is_no_claim", "Stanekzai spoke first. Fawzia Koofi, a former deputy speaker, answered him across the table.", nil},
		{"a_body_before_a_titled_person_is_the_persons_and_a_middle_initial_no_other_person", "Secretary of State Antony J. Blinken spoke today with Sudanese Armed Forces Commander General Abdel Fattah al-Burhan. The Secretary expressed his deep concern at the toll among civilians. Blinken spoke later with Rapid Support Forces (RSF) Commander General Mohamed Hamdan Dagalo and told him that attacks on diplomats were unacceptable.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "deep concern", addressees: []string{"Abdel Fattah al-Burhan"}, event: dipgraph.EventCall},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "attacks on diplomats", addressees: []string{"Mohamed Hamdan Dagalo"}, event: dipgraph.EventCall},
			}},
		{"told_after_a_quote_names_the_hearer_not_an_outlet", "“We did not start this war, but we will not refuse to end it,” Dagalo was quoted as telling Antony Blinken. “Nobody slammed a door in Hanoi,” Pompeo told Meridian Television in an interview. “He was already moving tanks,” Duda told Fox.",
			[]claimView{
				{speaker: "Mohamed Hamdan Dagalo", mode: dipgraph.ModeDirect, text: "did not start", addressees: []string{"Antony Blinken"}},
				{speaker: "Pompeo", mode: dipgraph.ModeDirect, text: "slammed", event: dipgraph.EventPressConference},
				{speaker: "Andrzej Duda", mode: dipgraph.ModeDirect, text: "tanks"},
			}},
		{"she_is_the_woman_who_spoke_last", "Mexican President Claudia Sheinbaum said Mexico was ready. White House press secretary Karoline Leavitt said the report was wrong. “There is no grace period,” she said.",
			[]claimView{
				{speaker: "Claudia Sheinbaum", mode: dipgraph.ModeIndirect, text: "ready"},
				{speaker: "Karoline Leavitt", mode: dipgraph.ModeIndirect, text: "report was wrong"},
				{speaker: "Karoline Leavitt", mode: dipgraph.ModeDirect, text: "grace period"},
			}},
		{"a_nested_speaker_after_the_is_still_nested", "In Kabul, deputy spokesman Hamdullah Fitrat said the Islamic Emirate welcomed the Turkish statement.",
			[]claimView{
				{speaker: "Hamdullah Fitrat", mode: dipgraph.ModeIndirect, text: "the Islamic Emirate welcomed"},
				{speaker: "Islamic Emirate", mode: dipgraph.ModeIndirect, text: "Turkish statement"},
			}},
		{"pressing_on_and_repeating_since_say_nothing", "Iran pressed on with war games on the border on Monday. Peskov said it would be wrong to guess, a line Russian officials have repeated since.",
			[]claimView{{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "wrong to guess"}}},
		{"a_speaker_and_his_counterparts_named_after_them_speak_together", "Secretary of State Antony Blinken and his British counterpart, James Cleverly, said the attack was unacceptable. Estonian Foreign Minister Margus Tsahkna stayed at home. In a joint statement, Tsahkna and his Latvian and Lithuanian counterparts, Krišjānis Kariņš and Gabrielius Landsbergis, said Lavrov’s attendance would turn the meeting into a stage.",
			[]claimView{
				{speaker: "James Cleverly", mode: dipgraph.ModeIndirect, text: "unacceptable"},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "unacceptable"},
				{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "attendance", event: dipgraph.EventAnnouncement},
				{speaker: "Margus Tsahkna", mode: dipgraph.ModeIndirect, text: "attendance", event: dipgraph.EventAnnouncement},
				{speaker: "Krišjānis Kariņš", mode: dipgraph.ModeIndirect, text: "attendance", event: dipgraph.EventAnnouncement},
			}},
		{"a_description_whose_role_fits_the_subject_is_the_subject", "Russian Foreign Minister Sergei Lavrov used a news conference on Friday to accuse Secretary of State Antony Blinken of running from an argument. “They came, they read out their texts and they left,” the veteran diplomat said.",
			[]claimView{{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "They came"}}},
		{"a_company_named_after_its_country_is_not_the_state", "Azerbaijan Airlines said on Friday that it was suspending flights to several Russian cities.",
			[]claimView{{speaker: "Azerbaijan Airlines", mode: dipgraph.ModeIndirect, text: "suspending flights"}}},
		{"his_concern_and_his_condolences_are_two_claims", "The Secretary of State, Antony Blinken, expressed his deep concern at the toll among civilians and his condolences to the families of the staff killed. He also accused the United States and its allies of prolonging the fighting.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "deep concern"},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "his condolences"},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "its allies of prolonging"},
			}},
		{"her_host_is_a_person_the_story_has_placed", "Italian Prime Minister Giorgia Meloni was in Algeria on Monday as President Abdelmadjid Tebboune's guest. Eni said it would sign two agreements. Meloni said she had told her host that Rome saw Algeria as a partner.",
			[]claimView{
				{speaker: "Eni", mode: dipgraph.ModeIndirect, text: "sign two agreements"},
				{speaker: "Giorgia Meloni", mode: dipgraph.ModeIndirect, text: "she had told her host"},
				{speaker: "Giorgia Meloni", mode: dipgraph.ModeIndirect, text: "Rome saw Algeria", addressees: []string{"Abdelmadjid Tebboune"}},
			}},
		{"a_quote_going_on_alone_is_addressed_by_its_vocative", "Italian Prime Minister Giorgia Meloni held talks with President Abdelmadjid Tebboune on Monday. “We are not here to take and to leave,” Meloni said at a news conference. “Mr. President, we are here to build something that lasts.”",
			[]claimView{
				{speaker: "Giorgia Meloni", mode: dipgraph.ModeDirect, text: "take and to leave", event: dipgraph.EventPressConference},
				{speaker: "Giorgia Meloni", mode: dipgraph.ModeDirect, text: "build something", addressees: []string{"Abdelmadjid Tebboune"}, event: dipgraph.EventPressConference},
			}},
		{"a_participle_after_a_fronted_place_belongs_to_the_subject", "In Mexico City, President Claudia Sheinbaum struck a calmer tone at her morning news conference, saying her government had prepared responses for every scenario.",
			[]claimView{{speaker: "Claudia Sheinbaum", mode: dipgraph.ModeIndirect, text: "every scenario", event: dipgraph.EventPressConference}}},
		{"a_radio_station_told_is_no_addressee", "Economy Minister Marcelo Ebrard told Radio Fórmula that Washington had not yet sent Mexico the text of the order.",
			[]claimView{{speaker: "Marcelo Ebrard", mode: dipgraph.ModeIndirect, text: "text of the order"}}},
		{"told_him_in_a_nested_report_is_the_reporter", "Indian Foreign Minister Subrahmanyam Jaishankar spoke to reporters. He said Russian Foreign Minister Sergei Lavrov, who led Moscow’s delegation in place of President Vladimir Putin, had told him that Russia would not block the text.",
			[]claimView{
				{speaker: "Subrahmanyam Jaishankar", mode: dipgraph.ModeIndirect, text: "had told him"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "would not block", addressees: []string{"Subrahmanyam Jaishankar"}},
			}},
		{"spoke_to_reporters_is_no_call", "Indian Foreign Minister Subrahmanyam Jaishankar spoke to reporters on Sunday. He said the text was balanced.",
			[]claimView{{speaker: "Subrahmanyam Jaishankar", mode: dipgraph.ModeIndirect, text: "balanced"}}},
		{"a_quote_going_on_in_the_paragraph_keeps_its_hearer", "Chinese President Xi Jinping raised his glass to his host, Serbian President Aleksandar Vucic. “Dear President Vucic, you have been a true friend to China,” he said. “To your health, and to a Serbia that grows stronger every year.”\n\n“We will build on this,” Xi said later.",
			[]claimView{
				{speaker: "Xi Jinping", mode: dipgraph.ModeDirect, text: "true friend", addressees: []string{"Aleksandar Vucic"}},
				{speaker: "Xi Jinping", mode: dipgraph.ModeDirect, text: "To your health", addressees: []string{"Aleksandar Vucic"}},
				{speaker: "Xi Jinping", mode: dipgraph.ModeDirect, text: "build on this"},
			}},
		{"vocatives_in_a_list_and_i_say_to_name_the_hearers", "President Emmanuel Macron, Prime Minister Donald Tusk and Secretary General Mark Rutte spoke with President Volodymyr Zelenskiy. “Emmanuel, Donald, Mark - thank you for standing with Ukraine,” Zelenskiy wrote. Russian ambassador Vassily Nebenzia spoke first. “I say to my Russian colleague, to Ambassador Nebenzia: the panel did not invent the suffering it described,” Linda Thomas-Greenfield said.",
			[]claimView{
				{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeDirect, text: "thank you", addressees: []string{"Emmanuel Macron", "Donald Tusk", "Mark Rutte"}},
				{speaker: "Linda Thomas-Greenfield", mode: dipgraph.ModeDirect, text: "did not invent", addressees: []string{"Vassily Nebenzia"}},
			}},
		{"a_capitalised_adjective_opening_a_sentence_is_no_name", "Antigua's ambassador, Ronald Sanders, spoke after the vote. Small states, he said, would not endorse the text.",
			[]claimView{{speaker: "Ronald Sanders", mode: dipgraph.ModeIndirect, text: "would not endorse"}}},
		{"a_letter_goes_on_to_its_recipient_and_his_ukrainian_counterpart_is_the_other", "Ukrainian Prime Minister Denys Shmyhal was in Kyiv. In his letter, Slovak Prime Minister Robert Fico told Shmyhal that the decision had been taken without consultation. “Your government has chosen to harm Slovakia,” Fico wrote. He asked his Ukrainian counterpart to reopen transit.",
			[]claimView{
				{speaker: "Robert Fico", mode: dipgraph.ModeIndirect, text: "without consultation", addressees: []string{"Denys Shmyhal"}},
				{speaker: "Robert Fico", mode: dipgraph.ModeDirect, text: "harm Slovakia", addressees: []string{"Denys Shmyhal"}},
				{speaker: "Robert Fico", mode: dipgraph.ModeIndirect, text: "reopen transit", addressees: []string{"Denys Shmyhal"}},
			}},
		{"a_name_after_a_states_possessive_is_a_person", "The most delicate exchange was with Ethiopia's Taye Atske Selassie. He said the deliveries were a dangerous escalation.",
			[]claimView{{speaker: "Taye Atske Selassie", mode: dipgraph.ModeIndirect, text: "escalation"}}},
		{"senators_told_are_an_audience_not_the_words", "Foreign Minister Antonio Tajani tells senators he warned Ambassador Alexey Paramonov that insults “will have consequences”.",
			[]claimView{
				{speaker: "Antonio Tajani", mode: dipgraph.ModePartial, text: "he warned"},
				{speaker: "Antonio Tajani", mode: dipgraph.ModePartial, text: "insults", addressees: []string{"Alexey Paramonov"}},
			}},
		{"that_a_call_took_place_is_no_claim", "Foreign Minister Penny Wong said she had spoken with Foreign Minister Wang Yi for about half an hour. She said she had spoken to Wang and made clear that the verdict was a grave setback.",
			[]claimView{{speaker: "Penny Wong", mode: dipgraph.ModeIndirect, text: "grave setback", addressees: []string{"Wang Yi"}, event: dipgraph.EventCall}}},
		{"a_first_name_with_a_patronymic_is_a_vocative_and_a_weekday_no_group", "Armenian Prime Minister Nikol Pashinyan hosted the summit. “Nikol Vovayevich, nobody here is refusing to help Armenia,” Putin said. Rasool said on Wednesday that State Department officials had assured him the door remained open.",
			[]claimView{
				{speaker: "Vladimir Putin", mode: dipgraph.ModeDirect, text: "nobody here", addressees: []string{"Nikol Pashinyan"}},
				{speaker: "Rasool", mode: dipgraph.ModeIndirect, text: "State Department officials had assured him"},
				{speaker: "State Department officials", mode: dipgraph.ModeIndirect, text: "door remained open", addressees: []string{"Rasool"}},
			}},
		{"what_is_demanded_of_a_summoned_ambassador_is_said_to_him", "The Czech foreign ministry summoned Russian Ambassador Alexander Zmeyevsky on Saturday and demanded that Moscow withdraw its staff.",
			[]claimView{{speaker: "Czech Republic", mode: dipgraph.ModeIndirect, text: "withdraw its staff", addressees: []string{"Alexander Zmeyevsky"}, event: dipgraph.EventMeeting}}},
		{"a_summoned_diplomat_named_by_post_is_a_person", "Poland's Foreign Ministry summoned the Russian ambassador late on Tuesday and demanded that Moscow explain what had happened. Sweden summoned Iran’s chargé d’affaires on Tuesday and demanded the immediate release of Johan Floderus.",
			[]claimView{
				{speaker: "Poland", mode: dipgraph.ModeIndirect, text: "Moscow explain", addressees: []string{"the Russian ambassador"}, event: dipgraph.EventMeeting},
				{speaker: "Sweden", mode: dipgraph.ModeIndirect, text: "immediate release", addressees: []string{"Iran’s chargé d’affaires"}, event: dipgraph.EventMeeting},
			}},
		{"the_ambassador_told_is_the_named_one_or_a_person_of_his_post", "South Korea summoned Russian Ambassador Georgy Zinoviev on Monday. Vice Foreign Minister Kim Hong-kyun warned the Russian ambassador that military cooperation with Pyongyang would do lasting damage. Baku had informed the Iranian ambassador that the lorry traffic would be taxed.",
			[]claimView{
				{speaker: "Kim Hong-kyun", mode: dipgraph.ModeIndirect, text: "lasting damage", addressees: []string{"Georgy Zinoviev"}},
				{speaker: "Azerbaijan", mode: dipgraph.ModeIndirect, text: "taxed", addressees: []string{"the Iranian ambassador"}},
			}},
		{"his_ukrainian_counterpart_unplaced_is_the_other_party", "Denys Shmyhal said on Thursday that transit would not resume. Slovak Prime Minister Robert Fico asked his Ukrainian counterpart to reopen transit for contracted gas.",
			[]claimView{
				{speaker: "Denys Shmyhal", mode: dipgraph.ModeIndirect, text: "would not resume"},
				{speaker: "Robert Fico", mode: dipgraph.ModeIndirect, text: "reopen transit", addressees: []string{"Denys Shmyhal"}},
			}},
		{"calling_a_conference_is_no_claim", "Foreign Minister Ri Yong Ho called a rare midnight news conference at his hotel.", nil},
		{"acts_are_no_claims", "Secretary Antony Blinken called off a trip to Beijing. Prime Minister Hun Manet declared martial law in two provinces.", nil},
		{"self_report_is_one_claim", "The Kremlin said Moscow welcomed the normalisation.",
			[]claimView{{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "welcomed the normalisation"}}},
		{"readout_minister_is_the_subject", "Foreign Minister Jalil Abbas Jilani received a call from Iranian Foreign Minister Hossein Amir-Abdollahian. The Foreign Minister conveyed Pakistan’s protest. Foreign Minister Amir-Abdollahian expressed condolences. He told the Foreign Minister that the strikes targeted militants.",
			[]claimView{
				{speaker: "Jalil Abbas Jilani", mode: dipgraph.ModeIndirect, text: "protest", addressees: []string{"Hossein Amir-Abdollahian"}, event: dipgraph.EventCall},
				{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "condolences", addressees: []string{"Jalil Abbas Jilani"}, event: dipgraph.EventCall},
				{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "militants", addressees: []string{"Jalil Abbas Jilani"}, event: dipgraph.EventCall},
			}},
		{"bare_title_is_the_headlines_first_holder", "Prime Minister Keir Starmer’s calls with President Zelenskyy and Prime Minister Modi\n\nPM call with President Zelenskyy\n\nThe Prime Minister spoke to President Zelenskyy this morning. He made clear that British support would not change.",
			[]claimView{{speaker: "Keir Starmer", mode: dipgraph.ModeIndirect, text: "support would not change", addressees: []string{"Volodymyr Zelensky"}, event: dipgraph.EventCall}}},
		{"during_the_talks_is_the_scene_named_talks", "Wang Yi holds talks with Spanish Foreign Minister José Manuel Albares and meets Pedro Sánchez\n\nOn Monday, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Spanish Minister of Foreign Affairs, European Union and Cooperation José Manuel Albares in Madrid. In the afternoon, Wang Yi met with Spanish Prime Minister Pedro Sánchez.\n\nDuring the talks, Wang Yi said that the two countries had always treated each other as equals. He said China stood ready to expand trade.\n\nWhen meeting with Prime Minister Sánchez, Wang Yi said China valued the partnership.",
			[]claimView{
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "equals", addressees: []string{"José Manuel Albares"}, event: dipgraph.EventMeeting},
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "expand trade", addressees: []string{"José Manuel Albares"}, event: dipgraph.EventMeeting},
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "partnership", addressees: []string{"Pedro Sánchez"}, event: dipgraph.EventMeeting},
			}},
		{"a_prepositional_opening_with_its_own_clause_is_no_fronted_phrase", "On Tuesday it was the turn of Celso Amorim, the former foreign minister who is now President Luiz Inácio Lula da Silva’s chief adviser. Appearing before a committee of the Chamber of Deputies, he denied that Brazil had cast a veto.",
			[]claimView{{speaker: "Celso Amorim", mode: dipgraph.ModeIndirect, text: "veto"}}},
		{"the_reporter_of_a_nested_report_stays_the_topic", "Venezuelan President Nicolás Maduro went further on Monday. In his weekly television programme, he said Brazilian Foreign Minister Mauro Vieira had promised him that Brazil would not stand in the way, and he blamed the outcome on Eduardo Saboia.",
			[]claimView{
				{speaker: "Nicolás Maduro", mode: dipgraph.ModeIndirect, text: "promised him"},
				{speaker: "Mauro Vieira", mode: dipgraph.ModeIndirect, text: "stand in the way", addressees: []string{"Nicolás Maduro"}},
				{speaker: "Nicolás Maduro", mode: dipgraph.ModeIndirect, text: "outcome"},
			}},
		{"made_clear_to_a_description_and_its_name", "The special envoy, Brunei’s second minister for foreign affairs, Erywan Yusof, spoke to reporters on Monday. He made clear to the junta’s foreign minister, Wunna Maung Lwin, in a video call that he would not travel without access to Aung San Suu Kyi.",
			[]claimView{{speaker: "Erywan Yusof", mode: dipgraph.ModeIndirect, text: "would not travel", addressees: []string{"Wunna Maung Lwin"}, event: dipgraph.EventCall}}},
		{"an_honorific_ending_a_name_is_part_of_it", "The junta’s spokesman, Major General Zaw Min Tun, told reporters that the exclusion had been drafted far away.",
			[]claimView{{speaker: "Zaw Min Tun", mode: dipgraph.ModeIndirect, text: "exclusion"}}},
		{"a_subjects_own_possessive_gives_her_gender", "British Ambassador Barbara Woodward said the text was a start. India’s ambassador, Ruchira Kamboj, who presided over the meeting, explained her country’s abstention. The situation, she said, called for quiet diplomacy.",
			[]claimView{
				{speaker: "Barbara Woodward", mode: dipgraph.ModeIndirect, text: "start"},
				{speaker: "Ruchira Kamboj", mode: dipgraph.ModeIndirect, text: "quiet diplomacy"},
			}},
		{"a_clause_and_then_a_parenthetical_are_two_claims", "Lavrov spoke to reporters. Sanctions, in his view, were a form of blackmail that Russia had learned to live with, and the question of who spoke to whom in that tone, he added, said more about London than about Moscow.",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "blackmail"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "more about London"},
			}},
		{"an_unknown_name_with_a_possessive_title_is_a_person", "Firmin Ngrébada, Touadéra’s chief of staff and head of the government delegation, called the deal a victory for the Central African people. “We have not given away justice,” he said.",
			[]claimView{
				{speaker: "Firmin Ngrébada", mode: dipgraph.ModeIndirect, text: "victory"},
				{speaker: "Firmin Ngrébada", mode: dipgraph.ModeDirect, text: "justice"},
			}},
		{"and_had_told_him_after_a_reported_clause_is_its_subjects", "Central African President Faustin-Archange Touadéra arrived. Atta al-Manan Bakheit, the Sudanese co-facilitator, said in a statement carried by the state news agency SUNA that President Omar al-Bashir had spoken to Touadéra by telephone on Friday and had told him that the region could not afford another failure.",
			[]claimView{
				{speaker: "Atta al-Manan Bakheit", mode: dipgraph.ModeIndirect, text: "had spoken to Touadéra", event: dipgraph.EventAnnouncement},
				{speaker: "Omar al-Bashir", mode: dipgraph.ModeIndirect, text: "another failure", addressees: []string{"Faustin-Archange Touadéra"}, event: dipgraph.EventCall},
			}},
		{"the_states_of_the_two_on_a_call_are_no_further_parties", "Mexico and the United States moved to calm a row over the wall. Mexican President Enrique Peña Nieto and U.S. President Donald Trump spoke by telephone for about an hour on Friday, a day after the Mexican leader called off a visit to Washington, and both governments said the conversation had helped cool the dispute.\n\nAccording to a statement from Peña Nieto’s office, the two presidents acknowledged that they did not see the wall the same way.",
			[]claimView{
				{speaker: "Mexico", mode: dipgraph.ModeIndirect, text: "cool the dispute", event: dipgraph.EventCall},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "cool the dispute", event: dipgraph.EventCall},
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "the wall", addressees: []string{"Enrique Peña Nieto"}, event: dipgraph.EventCall},
				{speaker: "Enrique Peña Nieto", mode: dipgraph.ModeIndirect, text: "the wall", addressees: []string{"Donald Trump"}, event: dipgraph.EventCall},
			}},
		{"a_question_states_nothing", "New Zealand Foreign Minister Winston Peters gave an interview. Near the end of the interview, Tame asked whether he now regarded China as a threat. Tame pressed Peters on whether the government had made up its mind. Peters said Wellington was still weighing it.",
			[]claimView{{speaker: "Winston Peters", mode: dipgraph.ModeIndirect, text: "weighing"}}},
		{"his_guest_is_the_person_the_sentence_named", "German government spokesman Steffen Seibert said Berlin had passed the findings on. Meeting Russian Prime Minister Mikhail Mishustin in Minsk on Thursday, Belarusian President Alexander Lukashenko told his guest that the poisoning had been staged.",
			[]claimView{
				{speaker: "Steffen Seibert", mode: dipgraph.ModeIndirect, text: "findings"},
				{speaker: "Alexander Lukashenko", mode: dipgraph.ModeIndirect, text: "staged", addressees: []string{"Mikhail Mishustin"}, event: dipgraph.EventMeeting},
			}},
		{"a_fronted_meeting_participle_is_the_scene", "Meeting Russian Prime Minister Mikhail Mishustin in Minsk on Thursday, Belarusian President Alexander Lukashenko said the poisoning had been staged. The Belarusian leader promised to hand the recording over to the Russian side.",
			[]claimView{
				{speaker: "Alexander Lukashenko", mode: dipgraph.ModeIndirect, text: "staged", addressees: []string{"Mikhail Mishustin"}, event: dipgraph.EventMeeting},
				{speaker: "Alexander Lukashenko", mode: dipgraph.ModeIndirect, text: "recording", addressees: []string{"Mikhail Mishustin"}, event: dipgraph.EventMeeting},
			}},
		{"a_letter_goes_on_and_its_reply_goes_back", "In a letter, Russian President Vladimir Putin urged French President Emmanuel Macron to back a freeze on missiles. He offered to let inspectors visit Russian sites.\n\n“The security of Europe will not be negotiated over the heads of Europeans,” Macron wrote in his reply.",
			[]claimView{
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "freeze", addressees: []string{"Emmanuel Macron"}},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "inspectors", addressees: []string{"Emmanuel Macron"}},
				{speaker: "Emmanuel Macron", mode: dipgraph.ModeDirect, text: "security of Europe", addressees: []string{"Vladimir Putin"}},
			}},
		{"i_told_her_is_the_one_who_last_spoke_to_the_speaker", "German Foreign Minister Annalena Baerbock flew to Warsaw in October. Polish Foreign Minister Zbigniew Rau gave an interview on Monday. “She told me very openly that the legal question was settled long ago,” he said.\n\n“I told her that a legal question is not settled just because one side says so.”",
			[]claimView{
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeDirect, text: "She told me"},
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "settled long ago", addressees: []string{"Zbigniew Rau"}},
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeDirect, text: "I told her"},
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeIndirect, text: "one side says so", addressees: []string{"Annalena Baerbock"}},
			}},
		{"but_had_made_clear_goes_on_from_a_self_report", "German Foreign Minister Annalena Baerbock visited Warsaw in October. Polish Foreign Minister Zbigniew Rau said he had welcomed her gesture but had made clear to her that a monument was not a settlement.",
			[]claimView{
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeIndirect, text: "he had welcomed"},
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeIndirect, text: "her gesture"},
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeIndirect, text: "a monument", addressees: []string{"Annalena Baerbock"}},
			}},
		{"told_x_and_warned_goes_on_to_x", "Iranian President Ebrahim Raisi told Rafael Grossi, the head of the IAEA, that the agency should keep its work technical and warned that hostile resolutions would only harm cooperation. He also said the talks had gone well.",
			[]claimView{
				{speaker: "Ebrahim Raisi", mode: dipgraph.ModeIndirect, text: "technical", addressees: []string{"Rafael Grossi"}},
				{speaker: "Ebrahim Raisi", mode: dipgraph.ModeIndirect, text: "hostile", addressees: []string{"Rafael Grossi"}},
				{speaker: "Ebrahim Raisi", mode: dipgraph.ModeIndirect, text: "gone well"},
			}},
		{"a_reply_being_read_goes_on_to_the_first_writer", "In his letter, Slovak Prime Minister Robert Fico told Ukrainian Prime Minister Denys Shmyhal that the decision had been taken without consultation. Fico warned that his cabinet would consider reciprocal steps.\n\nShmyhal wrote in his reply that Kyiv had given ample notice. He offered to carry gas from other producers.",
			[]claimView{
				{speaker: "Robert Fico", mode: dipgraph.ModeIndirect, text: "consultation", addressees: []string{"Denys Shmyhal"}},
				{speaker: "Robert Fico", mode: dipgraph.ModeIndirect, text: "reciprocal", addressees: []string{"Denys Shmyhal"}},
				{speaker: "Denys Shmyhal", mode: dipgraph.ModeIndirect, text: "ample notice", addressees: []string{"Robert Fico"}},
				{speaker: "Denys Shmyhal", mode: dipgraph.ModeIndirect, text: "other producers", addressees: []string{"Robert Fico"}},
			}},
		{"a_title_in_apposition_is_the_names_role", "Brazilian Foreign Minister Mauro Vieira spoke on Monday. On Tuesday it was the turn of Celso Amorim, the former foreign minister who is now Lula’s chief adviser. “Trust is what BRICS runs on,” the veteran diplomat told lawmakers.",
			[]claimView{{speaker: "Celso Amorim", mode: dipgraph.ModeDirect, text: "Trust"}}},
		{"each_document_keeps_its_issuer", "Brazil’s foreign ministry said in a written note that the remarks fell below the respect owed.\n\nIn a communiqué, the Venezuelan foreign ministry said Brazil had betrayed it.\n\nFriday’s note said Brazil conducted its relations on the basis of respect.",
			[]claimView{
				{speaker: "Brazil", mode: dipgraph.ModeIndirect, text: "remarks"},
				{speaker: "Venezuela", mode: dipgraph.ModeIndirect, text: "betrayed", event: dipgraph.EventAnnouncement},
				{speaker: "Brazil", mode: dipgraph.ModeIndirect, text: "conducted"},
			}},
		{"a_description_no_role_fits_is_the_person_just_spoken_of", "Kenyan President William Ruto hosted a banquet for King Charles. Opposition leader Raila Odinga, leaving State House, said the King had shown courage. Asked whether the words were enough, the veteran politician shook his head. “An apology is not a speech,” he said.",
			[]claimView{
				{speaker: "Raila Odinga", mode: dipgraph.ModeIndirect, text: "courage"},
				{speaker: "Raila Odinga", mode: dipgraph.ModeDirect, text: "apology"},
			}},
		{"a_spokesman_for_someone_is_the_speaker", "In London, a spokesman for Prime Minister Rishi Sunak later said Britain had paid compensation in 2013.",
			[]claimView{{speaker: "a spokesman for Prime Minister Rishi Sunak", mode: dipgraph.ModeIndirect, text: "compensation"}}},
		{"an_agency_quotes_someone_as_saying", "15:05 — Belarusian state news agency BelTA quotes Alexander Lukashenko as saying that Minsk is holding nobody at the border.",
			[]claimView{{speaker: "Alexander Lukashenko", mode: dipgraph.ModeIndirect, text: "nobody"}}},
		{"unnamed_sources_in_a_place_the_lexicon_lacks", "Western diplomats in New York said the talks had stalled.",
			[]claimView{{speaker: "Western diplomats in New York", mode: dipgraph.ModeIndirect, text: "stalled"}}},
		{"an_inner_speaker_in_apposition_is_still_nested", "New Zealand Foreign Minister Winston Peters spoke on Sunday. Peters said China's top diplomat, Wang Yi, had warned that the pact was dangerous.",
			[]claimView{
				{speaker: "Winston Peters", mode: dipgraph.ModeIndirect, text: "Wang Yi, had warned"},
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "dangerous"},
			}},
		{"a_hearer_in_apposition_and_that_day", "Hamas said its political leader, Ismail Haniyeh, had told Egypt's intelligence chief, Abbas Kamel, in a telephone call earlier that day that the movement had responded positively.",
			[]claimView{
				{speaker: "Hamas", mode: dipgraph.ModeIndirect, text: "had told"},
				{speaker: "Ismail Haniyeh", mode: dipgraph.ModeIndirect, text: "the movement had responded", addressees: []string{"Abbas Kamel"}, event: dipgraph.EventCall},
			}},
		{"a_reply_verb_needs_its_words", "The Chinese Embassy in Wellington responded within hours of the broadcast. China’s Taiwan Affairs Office responded the same day that the speech had sent a dangerous signal.",
			[]claimView{{speaker: "China", mode: dipgraph.ModeIndirect, text: "dangerous signal"}}},
		{"a_call_in_another_month_is_not_the_scene", "Brazilian Foreign Minister Mauro Vieira told reporters on Friday that he had told Venezuelan Foreign Minister Yván Gil in a telephone call in August that Brasília expected the tallies to be published. “I have nothing to take back,” he said.",
			[]claimView{
				{speaker: "Mauro Vieira", mode: dipgraph.ModeIndirect, text: "had told"},
				{speaker: "Mauro Vieira", mode: dipgraph.ModeIndirect, text: "tallies", addressees: []string{"Yván Gil"}, event: dipgraph.EventCall},
				{speaker: "Mauro Vieira", mode: dipgraph.ModeDirect, text: "take back"},
			}},
		{"the_official_is_the_unnamed_source_named_before", "Brazilian Foreign Minister Mauro Vieira spoke on Friday. A senior Venezuelan official, speaking on condition of anonymity, played down the recall. “An ambassador who is called home can always be sent back,” the official said.",
			[]claimView{{speaker: "A senior Venezuelan official", mode: dipgraph.ModeDirect, text: "sent back"}}},
		{"a_regnal_number_is_no_family_name_in_capitals", "King Charles III told the banquet that the wrongs of the past could not be explained away.",
			[]claimView{{speaker: "Charles III", mode: dipgraph.ModeIndirect, text: "wrongs"}}},
		{"a_role_of_something_named_is_an_unnamed_speaker", "Secretary of State Rex Tillerson is due in Ankara on Thursday.\n\nThe Gavdos’s captain, speaking to state broadcaster ERT by telephone, said the Turkish crew had ignored every call. “We held our course because those were our orders,” he said.",
			[]claimView{
				{speaker: "The Gavdos’s captain", mode: dipgraph.ModeIndirect, text: "ignored"},
				{speaker: "The Gavdos’s captain", mode: dipgraph.ModeDirect, text: "orders"},
			}},
		{"a_possessive_title_apposition_and_a_two_word_family_name", "Alexander Lavrentiev, President Vladimir Putin’s special envoy for Syria, spoke first. The ceasefire had “survived its first weeks against the odds,” he said.\n\nIran’s deputy foreign minister, Hossein Jaberi Ansari, followed. The third speaker, Mohammed Alloush, answered him directly. “Mr. Jaberi Ansari, a party that sends militias into our towns cannot guarantee their safety,” Alloush said.",
			[]claimView{
				{speaker: "Alexander Lavrentiev", mode: dipgraph.ModeDirect, text: "survived"},
				{speaker: "Mohammed Alloush", mode: dipgraph.ModeDirect, text: "militias", addressees: []string{"Hossein Jaberi Ansari"}},
			}},
		{"messages_and_posts_to_the_winner", "Mexican President-elect Claudia Sheinbaum won on Sunday.\n\nIn a message to Sheinbaum carried by Xinhua, Chinese President Xi Jinping said Beijing attached great importance to its ties with Mexico. “My dear comrade Claudia, yours is a historic victory,” Brazilian President Luiz Inácio Lula da Silva wrote on X.\n\n“Congratulations, Claudia. Spain will be at your side,” Spanish Prime Minister Pedro Sánchez posted.",
			[]claimView{
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "importance", addressees: []string{"Claudia Sheinbaum"}},
				{speaker: "Luiz Inácio Lula da Silva", mode: dipgraph.ModeDirect, text: "historic victory", addressees: []string{"Claudia Sheinbaum"}},
				{speaker: "Pedro Sánchez", mode: dipgraph.ModeDirect, text: "your side", addressees: []string{"Claudia Sheinbaum"}},
			}},
		{"the_person_in_apposition_is_the_topic", "French MEP Raphaël Glucksmann said the deal was dead.\n\nChina’s ambassador to the EU, Zhang Ming, had tried to head off the vote. In a letter to Parliament President David Sassoli dated Monday, he warned that tying the deal to the sanctions would hurt both sides.",
			[]claimView{
				{speaker: "Raphaël Glucksmann", mode: dipgraph.ModeIndirect, text: "dead"},
				{speaker: "Zhang Ming", mode: dipgraph.ModeIndirect, text: "both sides", addressees: []string{"David Sassoli"}},
			}},
		{"a_body_with_its_portfolio_speaks_for_its_state", "In Bern, the Swiss Federal Department of Foreign Affairs said in a statement on Sunday that Switzerland had facilitated the release.",
			[]claimView{{speaker: "Switzerland", mode: dipgraph.ModeIndirect, text: "facilitated", event: dipgraph.EventAnnouncement}}},
		{"the_name_before_a_longer_parenthetical_is_not_he", "Japan held a state funeral for former Prime Minister Shinzo Abe on Tuesday. Australian Prime Minister Anthony Albanese also held brief talks with Kishida on Tuesday. Abe, he wrote on Twitter afterwards, had been a true friend of Australia.",
			[]claimView{{speaker: "Anthony Albanese", mode: dipgraph.ModeIndirect, text: "true friend"}}},
		{"a_readout_of_the_call_is_its_scene", "Peskov also defended the telephone conversation between Putin and German Chancellor Olaf Scholz on Friday. He said it had been useful.\n\nAccording to the Kremlin's readout of the conversation, Putin said the crisis was the result of NATO policy. Any agreement, the Russian leader said, must take Russia's interests into account.\n\nThe German account of the call was different. Government spokesman Steffen Hebestreit said Scholz had condemned the war.",
			[]claimView{
				{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "NATO policy", addressees: []string{"Olaf Scholz"}, event: dipgraph.EventCall},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "interests", addressees: []string{"Olaf Scholz"}, event: dipgraph.EventCall},
				{speaker: "Steffen Hebestreit", mode: dipgraph.ModeIndirect, text: "Scholz had condemned"},
				{speaker: "Olaf Scholz", mode: dipgraph.ModeIndirect, text: "war", addressees: []string{"Vladimir Putin"}, event: dipgraph.EventCall},
			}},
		{"closing_the_summit_speaks_to_no_one", "Armenian Prime Minister Nikol Pashinyan hosted a summit of the CSTO on Wednesday. Before the summit, he met Kazakh President Kassym-Jomart Tokayev.\n\nClosing the summit, Pashinyan said Armenia was not turning its back on the organisation. “But an alliance is judged by what it does,” he said.",
			[]claimView{
				{speaker: "Nikol Pashinyan", mode: dipgraph.ModeIndirect, text: "turning its back", event: dipgraph.EventMeeting},
				{speaker: "Nikol Pashinyan", mode: dipgraph.ModeDirect, text: "alliance is judged", event: dipgraph.EventMeeting},
			}},
		{"a_portfolio_title_ends_where_the_name_begins", "Secretary Blinken spoke today with Philippine Secretary of Foreign Affairs Enrique Manalo. The Secretary condemned the actions of China. Saudi Minister of State for Foreign Affairs Adel al-Jubeir said Riyadh would respond.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "actions of China", addressees: []string{"Enrique Manalo"}, event: dipgraph.EventCall},
				{speaker: "Adel al-Jubeir", mode: dipgraph.ModeIndirect, text: "Riyadh would respond"},
			}},
		{"warning_someone_that_addresses_them", "German Foreign Minister Annalena Baerbock on Monday urged Israel to hold back, while warning Tehran that the European Union would broaden its sanctions.",
			[]claimView{
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "hold back", addressees: []string{"Israel"}},
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "broaden its sanctions", addressees: []string{"Iran"}},
			}},
		{"and_had_made_clear_to_him_is_the_speakers_own", "Baerbock said she had spoken to Lavrov and had made clear to him that Iran would bear full responsibility.",
			[]claimView{{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "full responsibility", addressees: []string{"Sergey Lavrov"}, event: dipgraph.EventCall}}},
		{"writing_to_someone_asking_them_is_one_request", "Foreign Minister Israel Katz wrote to Guterres asking him to convene the council. Katz later sent a letter to Borrell urging him to list the Revolutionary Guards.",
			[]claimView{
				{speaker: "Israel Katz", mode: dipgraph.ModeIndirect, text: "to convene the council", addressees: []string{"Antonio Guterres"}},
				{speaker: "Israel Katz", mode: dipgraph.ModeIndirect, text: "list the Revolutionary Guards", addressees: []string{"Josep Borrell"}},
			}},
		{"name_then_he_said_is_not_his_own_claim", "German Chancellor Olaf Scholz was in Washington on Sunday. Russian President Vladimir Putin, he said, was still pursuing the goal of seizing as much of Ukraine as he could.",
			[]claimView{{speaker: "Olaf Scholz", mode: dipgraph.ModeIndirect, text: "still pursuing"}}},
		{"reports_inside_a_quote_by_name", "Turkish President Recep Tayyip Erdogan came to Sochi. “As I told President Erdogan today, Russia is not against the deal itself,” Putin said.\n\nMoroccan Foreign Minister Nasser Bourita was in Madrid on Monday. “Minister Bourita assured me that Morocco will honour its commitments,” Spanish Foreign Minister José Manuel Albares told the committee.",
			[]claimView{
				{speaker: "Vladimir Putin", mode: dipgraph.ModeDirect, text: "As I told"},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "not against the deal", addressees: []string{"Recep Tayyip Erdogan"}},
				{speaker: "José Manuel Albares", mode: dipgraph.ModeDirect, text: "assured me"},
				{speaker: "Nasser Bourita", mode: dipgraph.ModeIndirect, text: "honour its commitments", addressees: []string{"José Manuel Albares"}},
			}},
		{"cautioning_that_and_adamant_that_report", "Blinken said the two sides had moved further than expected, while cautioning that the final steps would be the hardest. German Chancellor Olaf Scholz was adamant that Germany would not send jets.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "moved further"},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "final steps"},
				{speaker: "Olaf Scholz", mode: dipgraph.ModeIndirect, text: "not send jets"},
			}},
		{"both_said_is_the_two_just_named", "Foreign Minister Wang Yi held talks with Spanish Foreign Minister José Manuel Albares on Monday.\n\nThe two ministers exchanged views on Gaza. Both said that the humanitarian situation in the enclave was unacceptable.",
			[]claimView{
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "unacceptable", addressees: []string{"José Manuel Albares"}, event: dipgraph.EventMeeting},
				{speaker: "José Manuel Albares", mode: dipgraph.ModeIndirect, text: "unacceptable", addressees: []string{"Wang Yi"}, event: dipgraph.EventMeeting},
			}},
		{"the_president_of_a_state_is_its_president", "Prime Minister Kyriakos Mitsotakis’ calls with President Recep Tayyip Erdoğan and European Council President Charles Michel\n\nPrime Minister Kyriakos Mitsotakis spoke by telephone this afternoon with the President of Türkiye, Recep Tayyip Erdoğan, after the earthquakes. The Prime Minister conveyed the deep sorrow of the Greek people.",
			[]claimView{{speaker: "Kyriakos Mitsotakis", mode: dipgraph.ModeIndirect, text: "deep sorrow", addressees: []string{"Recep Tayyip Erdogan"}, event: dipgraph.EventCall}}},
		{"calling_on_a_long_title_is_a_meeting_with_its_holder", "External Affairs Minister Dr. S. Jaishankar is in Moscow. On Monday, EAM called on Deputy Prime Minister and Minister of Industry and Trade Mr. Denis Manturov. EAM underscored the need to address the growing imbalance in trade.",
			[]claimView{{speaker: "Subrahmanyam Jaishankar", mode: dipgraph.ModeIndirect, text: "imbalance", addressees: []string{"Denis Manturov"}, event: dipgraph.EventMeeting}}},
		{"comprehensive_talks_take_their_subject", "External Affairs Minister Dr. S. Jaishankar is in Moscow. Today, EAM held comprehensive talks with Foreign Minister Lavrov. EAM expressed appreciation for Russia’s support.",
			[]claimView{{speaker: "Subrahmanyam Jaishankar", mode: dipgraph.ModeIndirect, text: "appreciation", addressees: []string{"Sergey Lavrov"}, event: dipgraph.EventMeeting}}},
		{"a_conversation_opening_a_sentence_is_the_scene", "WASHINGTON — President Joe Biden spoke by telephone on Saturday with Israeli Prime Minister Benjamin Netanyahu and, in a separate call later in the day, with Palestinian President Mahmoud Abbas.\n\nBiden’s conversation with Abbas was more delicate. He offered his full support for the Palestinian leader’s efforts to get aid into Gaza.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "full support", addressees: []string{"Mahmoud Abbas"}, event: dipgraph.EventMeeting}}},
		{"briefing_on_a_conversation_is_not_in_it", "Foreign Minister Jalil Abbas Jilani spoke with Turkish Foreign Minister Hakan Fidan on Friday. He briefed Fidan on the situation and on his conversation with the Iranian Foreign Minister. Jilani said Pakistan had acted in self-defence.",
			[]claimView{
				{speaker: "Jalil Abbas Jilani", mode: dipgraph.ModeIndirect, text: "conversation", addressees: []string{"Hakan Fidan"}, event: dipgraph.EventCall},
				{speaker: "Jalil Abbas Jilani", mode: dipgraph.ModeIndirect, text: "self-defence", addressees: []string{"Hakan Fidan"}, event: dipgraph.EventCall},
			}},
		{"the_dprk_is_north_korea", "Japan's ambassador, Ishikane Kimihiro, called on the DPRK to comply fully with its obligations.",
			[]claimView{{speaker: "Ishikane Kimihiro", mode: dipgraph.ModeIndirect, text: "comply fully", addressees: []string{"North Korea"}}}},
		{"the_countrys_minister_is_of_the_state_just_named", "NEW YORK — Kenya could deploy the first of 1,000 police officers to Haiti within weeks, the country’s foreign minister, Alfred Mutua, said on Saturday. Secretary of State Antony Blinken promised money. The minister rejected suggestions that Kenyan police were unfit for the task.",
			[]claimView{
				{speaker: "Alfred Mutua", mode: dipgraph.ModeIndirect, text: "could deploy"},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "money"},
				{speaker: "Alfred Mutua", mode: dipgraph.ModeIndirect, text: "unfit"},
			}},
		{"a_plural_title_before_names_is_no_actor_and_a_welcomed_guest_no_claim", "Biden welcomed Prime Ministers Narendra Modi of India, Fumio Kishida of Japan and Anthony Albanese of Australia to the summit. The four leaders said they opposed any unilateral action.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "unilateral"},
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "unilateral"},
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "unilateral"},
				{speaker: "Anthony Albanese", mode: dipgraph.ModeIndirect, text: "unilateral"},
			}},
		{"a_states_title_then_an_honorific_and_name", "President Joe Biden thanked Qatar’s emir, Sheikh Tamim bin Hamad Al Thani, and Egyptian President Abdel Fattah al-Sisi for their persistence.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "persistence", addressees: []string{"Tamim bin Hamad Al Thani", "Abdel Fattah al-Sisi"}}}},
		{"a_group_told_with_a_day_between_or_no_that", "US envoy Mike Hammer told the delegations on Thursday that a ceasefire would unlock aid. Qatari spokesman Majed al-Ansari said the Israeli side had told the mediators it would add one day to the pause.",
			[]claimView{
				{speaker: "Mike Hammer", mode: dipgraph.ModeIndirect, text: "unlock aid", addressees: []string{"the delegations"}},
				{speaker: "Majed al-Ansari", mode: dipgraph.ModeIndirect, text: "Israeli side had told"},
				{speaker: "Israel", mode: dipgraph.ModeIndirect, text: "add one day", addressees: []string{"the mediators"}},
			}},
		{"said_afterwards_is_not_in_the_call", "Prime Minister Keir Starmer spoke to Prime Minister Narendra Modi of India this afternoon. Starmer invited Modi to visit.\n\nStarmer said afterwards that he was pleased to have spoken to three close partners.",
			[]claimView{
				{speaker: "Keir Starmer", mode: dipgraph.ModeIndirect, text: "to visit", addressees: []string{"Narendra Modi"}, event: dipgraph.EventCall},
				{speaker: "Keir Starmer", mode: dipgraph.ModeIndirect, text: "pleased"},
			}},
		{"in_turn_between_subject_and_verb", "Prime Minister Keir Starmer spoke to Prime Minister Narendra Modi of India this afternoon.\n\nModi congratulated Starmer on taking office, and Starmer in turn congratulated him on his re-election for a third term.",
			[]claimView{
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "taking office", addressees: []string{"Keir Starmer"}, event: dipgraph.EventCall},
				{speaker: "Keir Starmer", mode: dipgraph.ModeIndirect, text: "re-election", addressees: []string{"Narendra Modi"}, event: dipgraph.EventCall},
			}},
		{"my_friend_name_is_a_vocative", "French President Emmanuel Macron visited Brasilia. “I say this to you, my friend Macron, with all the affection I have for France: Mercosur will not wait forever,” Lula said.",
			[]claimView{{speaker: "Luiz Inácio Lula da Silva", mode: dipgraph.ModeDirect, text: "Mercosur will not wait", addressees: []string{"Emmanuel Macron"}}}},
		{"promised_someone_that", "Putin promised Erdogan that the grain would flow. Putin promised to keep the deal alive.",
			[]claimView{
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "grain would flow", addressees: []string{"Recep Tayyip Erdogan"}},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "keep the deal"},
			}},
		{"she_knows_a_woman_first_named_by_surname", "Raimondo insists the rules target the military\n\nForeign Ministry spokeswoman Mao Ning said Washington should stop politicising technology.\n\nCommerce Secretary Gina Raimondo told reporters on Tuesday that the update was meant to close loopholes. “These rules are not aimed at China’s economy,” she said.",
			[]claimView{
				{speaker: "Mao Ning", mode: dipgraph.ModeIndirect, text: "politicising"},
				{speaker: "Gina Raimondo", mode: dipgraph.ModeIndirect, text: "loopholes"},
				{speaker: "Gina Raimondo", mode: dipgraph.ModeDirect, text: "not aimed"},
			}},
		{"known_spokeswomen_are_women", "Australian Foreign Minister Marise Payne said Canberra had lodged a protest. Hua said the wine decision followed an investigation. “Trade is trade,” she told an Australian reporter.",
			[]claimView{
				{speaker: "Marise Payne", mode: dipgraph.ModeIndirect, text: "protest"},
				{speaker: "Hua Chunying", mode: dipgraph.ModeIndirect, text: "wine"},
				{speaker: "Hua Chunying", mode: dipgraph.ModeDirect, text: "Trade is trade"},
			}},
		{"vocatives_after_your_excellency_and_closing_a_sentence", "Chinese President Xi Jinping arrived in Kathmandu. “Your Excellency President Xi Jinping, my dear friend, the Himalayas were never a wall between our peoples,” Nepalese President Bidya Devi Bhandari said.\n\nFrench President Emmanuel Macron hosted Russian President Vladimir Putin.\n\nNear the end, Macron turned to his guest. “Mr. President, we will go on disagreeing about Crimea,” he said. Putin answered with a thin smile. “Then we will go on talking, Mr. Macron. That is what the Normandy format exists for.”",
			[]claimView{
				{speaker: "Bidya Devi Bhandari", mode: dipgraph.ModeDirect, text: "Himalayas", addressees: []string{"Xi Jinping"}},
				{speaker: "Emmanuel Macron", mode: dipgraph.ModeDirect, text: "disagreeing", addressees: []string{"Vladimir Putin"}, event: dipgraph.EventMeeting},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeDirect, text: "go on talking", addressees: []string{"Emmanuel Macron"}, event: dipgraph.EventMeeting},
			}},
		{"it_after_issuing_a_text_is_the_issuer", "The Arab League adopted a final declaration on Sunday. It described the Golan as occupied land and said the member states would take the matter to the United Nations.",
			[]claimView{
				{speaker: "Arab League", mode: dipgraph.ModeIndirect, text: "occupied land"},
				{speaker: "Arab League", mode: dipgraph.ModeIndirect, text: "United Nations"},
			}},
		{"both_ministries_are_the_two_states", "India and China issued rival accounts. Both ministries said the men had agreed to keep talking.",
			[]claimView{
				{speaker: "India", mode: dipgraph.ModeIndirect, text: "keep talking"},
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "keep talking"},
			}},
		{"a_states_delegation_and_mediators_act_for_it", "The Afghan negotiators said the Islamic Emirate would not let its territory be used against any country. A Saudi delegation arrived in Sanaa on Monday. The delegation said the talks were useful.",
			[]claimView{
				{speaker: "Afghanistan", mode: dipgraph.ModeIndirect, text: "territory"},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "useful"},
			}},
		{"relative_clause_inside_the_subject", "Foreign Minister Jalil Abbas Jilani informed his Iranian counterpart, Hossein Amir-Abdollahian, that the committee, which met earlier today, had concluded that dialogue would work.",
			[]claimView{{speaker: "Jalil Abbas Jilani", mode: dipgraph.ModeIndirect, text: "had concluded", addressees: []string{"Hossein Amir-Abdollahian"}}}},
		{"counterpart_by_demonym_alone", "Iranian Foreign Minister Hossein Amir-Abdollahian landed in Islamabad. Foreign Minister Jalil Abbas Jilani later told his Iranian counterpart that talks would go on.",
			[]claimView{{speaker: "Jalil Abbas Jilani", mode: dipgraph.ModeIndirect, text: "talks", addressees: []string{"Hossein Amir-Abdollahian"}}}},
		{"ministry_of_portfolio", "India’s Ministry of External Affairs said it had expelled a diplomat. The Ministry of Foreign Affairs reiterates that Pakistan respects all states.",
			[]claimView{
				{speaker: "India", mode: dipgraph.ModeIndirect, text: "expelled"},
				{speaker: "Ministry of Foreign Affairs", mode: dipgraph.ModeIndirect, text: "respects"},
			}},
		{"unnamed_speakers_with_a_place", "Western diplomats in Vilnius, speaking on condition of anonymity, said the move was risky. A Finnish diplomat in Moscow said he saw no sign of calm.",
			[]claimView{
				{speaker: "Western diplomats in Vilnius", mode: dipgraph.ModeIndirect, text: "risky"},
				{speaker: "A Finnish diplomat in Moscow", mode: dipgraph.ModeIndirect, text: "calm"},
			}},
		{"second_clause_with_its_own_subject", "Foreign Minister Gabrielius Landsbergis said Lithuania had heard such warnings for thirty years, and NATO’s promise to defend every ally was not in doubt.",
			[]claimView{
				{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "thirty years"},
				{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "not in doubt"},
			}},
		{"postposed_after_a_dateline_then_participle", "VILNIUS, June 22 – Lithuania will not lift its ban because of threats from Moscow, Foreign Minister Gabrielius Landsbergis said, insisting that his country was applying EU rules.",
			[]claimView{
				{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "Lithuania will not lift"},
				{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "EU rules"},
			}},
		{"parenthetical_attribution_between_two_clauses", "Prime Minister Petteri Orpo spoke on Tuesday. The crossing in Lapland will stay closed until Dec. 13, he said, and the decision would be reviewed in January.",
			[]claimView{
				{speaker: "Petteri Orpo", mode: dipgraph.ModeIndirect, text: "stay closed"},
				{speaker: "Petteri Orpo", mode: dipgraph.ModeIndirect, text: "reviewed"},
			}},
		{"adverbs_quantifiers_and_whom", "Prime Minister Anthony Albanese said only that Xi had listened carefully. Antonis Samaras, a former prime minister, has warned repeatedly that Ankara has not withdrawn its claims. Prime Minister Abiy Ahmed and President Abdel Fattah al-Sisi both welcomed the decision. Venezuelan opposition leader Juan Guaidó, whom Duque had recognised as interim president, said the reopening must wait.",
			[]claimView{
				{speaker: "Anthony Albanese", mode: dipgraph.ModeIndirect, text: "listened"},
				{speaker: "Antonis Samaras", mode: dipgraph.ModeIndirect, text: "withdrawn"},
				{speaker: "Abdel Fattah al-Sisi", mode: dipgraph.ModeIndirect, text: "decision"},
				{speaker: "Abiy Ahmed", mode: dipgraph.ModeIndirect, text: "decision"},
				{speaker: "Juan Guaidó", mode: dipgraph.ModeIndirect, text: "wait"},
			}},
		{"time_adjunct_after_a_postposed_attribution", "BOGOTÁ, Aug 12 – Venezuela is ready to reopen the border in stages, Colombian Foreign Minister Álvaro Leyva said on Friday, a day after he met his Venezuelan counterpart in San Cristóbal.",
			[]claimView{{speaker: "Álvaro Leyva", mode: dipgraph.ModeIndirect, text: "Venezuela is ready"}}}, // said a day after the meeting, not at it
		{"his_guest_is_the_other_party", "President Xi Jinping received Prime Minister Anthony Albanese on Monday. The Chinese leader told his guest that Beijing would buy more Australian barley.",
			[]claimView{{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "barley", addressees: []string{"Anthony Albanese"}, event: dipgraph.EventMeeting}}},
		{"sub_state_bodies_speak_for_themselves", "The Pentagon said late on Friday that a second balloon had been spotted, and Colombia’s air force said it had tracked an object.",
			[]claimView{
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "a second balloon"},
				{speaker: "Colombia’s air force", mode: dipgraph.ModeIndirect, text: "tracked"},
			}},
		{"the_junta_as_addressee", "UN Secretary-General Antonio Guterres urged the junta to return to the barracks.",
			[]claimView{{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "barracks", addressees: []string{"the junta"}}}},
		{"unnamed_groups_with_a_possessive", "Secretary Antony Blinken urged Iran’s proxies to halt their attacks.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "halt", addressees: []string{"Iran’s proxies"}}}},
		{"unnamed_groups_as_addressees", "Guterres urged all sides to exercise restraint. Foreign Minister Wang Yi told foreign governments that Taiwan was an internal affair.",
			[]claimView{
				{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "restraint", addressees: []string{"all sides"}},
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "internal affair", addressees: []string{"foreign governments"}},
			}},
		{"joint_agreement_on_a_call", "Foreign Minister Jalil Abbas Jilani received a telephone call from Iranian Foreign Minister Hossein Amir-Abdollahian. Both Foreign Ministers agreed that terrorism was a common threat.",
			[]claimView{
				{speaker: "Jalil Abbas Jilani", mode: dipgraph.ModeIndirect, text: "threat", addressees: []string{"Hossein Amir-Abdollahian"}, event: dipgraph.EventCall},
				{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeIndirect, text: "threat", addressees: []string{"Jalil Abbas Jilani"}, event: dipgraph.EventCall},
			}},
		{"the_statement_speaks_for_its_issuers", "In a joint statement, the United States and Saudi Arabia said the truce would start on Monday. The statement said both sides had agreed to monitors.",
			[]claimView{
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "truce", event: dipgraph.EventAnnouncement},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "truce", event: dipgraph.EventAnnouncement},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "both sides had agreed"},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "both sides had agreed"},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "monitors"},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "monitors"},
			}},
		{"apposition_with_a_place_inside", "President Joe Biden, speaking to reporters in Hagerstown, Maryland, on Saturday, said he had ordered the balloon down.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "balloon"}}},
		{"participle_after_a_postposed_attribution", "HELSINKI, Nov 28 – Finland will close its last crossing with Russia, Prime Minister Petteri Orpo said on Tuesday, sealing the frontier. China lodged a protest, calling the operation “a needless use of force”.",
			[]claimView{
				{speaker: "Petteri Orpo", mode: dipgraph.ModeIndirect, text: "Finland will close"},
				{speaker: "China", mode: dipgraph.ModePartial, text: "the operation"},
			}},
		{"comma_that_and_shared_perfect", "Vice Foreign Minister Xie Feng told senior U.S. diplomats in Beijing that Washington had “ignored the facts” and turned an accident into a crisis. Xie said the airship was a civilian one, that its flight had been “unplanned”, and that China would respond.",
			[]claimView{
				{speaker: "Xie Feng", mode: dipgraph.ModePartial, text: "turned an accident", addressees: []string{"senior U.S. diplomats in Beijing"}},
				{speaker: "Xie Feng", mode: dipgraph.ModeIndirect, text: "civilian"},
				{speaker: "Xie Feng", mode: dipgraph.ModePartial, text: "unplanned"},
				{speaker: "Xie Feng", mode: dipgraph.ModeIndirect, text: "respond"},
			}},
		{"passive_report", "Bangladesh’s envoy, Masud Bin Momen, said Foreign Minister Abul Hassan Mahmood Ali had been told by Kyaw Tint Swe, the Myanmar minister who leads the talks, that the villages were being rebuilt. Foreign Minister Dmytro Kuleba was assured by Hakan Fidan that Ankara was not giving up.",
			[]claimView{
				{speaker: "Masud Bin Momen", mode: dipgraph.ModeIndirect, text: "had been told by"},
				{speaker: "Kyaw Tint Swe", mode: dipgraph.ModeIndirect, text: "villages", addressees: []string{"Abul Hassan Mahmood Ali"}},
				{speaker: "Hakan Fidan", mode: dipgraph.ModeIndirect, text: "giving up", addressees: []string{"Dmytro Kuleba"}},
			}},
		{"headline_drops_the_article", "Kremlin says Putin will not attend the summit.",
			[]claimView{{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "attend"}}},
		{"an_outlet_is_no_addressee", "French Interior Minister Gérald Darmanin told France Inter radio that France would never be Britain’s border guard.",
			[]claimView{{speaker: "Gérald Darmanin", mode: dipgraph.ModeIndirect, text: "border guard"}}},
		{"time_only_and_passive_asking_are_no_claims", "Prime Minister Hun Manet replied within hours. Dmitry Peskov was also asked about Slovakia.", nil},
		{"family_name_in_capitals_and_the_side", "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, arrived in Jakarta. Minister Hayashi stated that Japan wanted calm. The Chinese side said the plan was unsafe.",
			[]claimView{
				{speaker: "Hayashi Yoshimasa", mode: dipgraph.ModeIndirect, text: "calm"},
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "unsafe"},
			}},
		{"arabic_article_name", "“We are against a peace that is made over our heads,” al-Maliki said.",
			[]claimView{{speaker: "al-Maliki", mode: dipgraph.ModeDirect, text: "over our heads"}}},
		{"parenthetical_with_an_adjunct_before_a_quote", "Prime Minister Hun Manet spoke on Friday. Cambodia, Hun Manet wrote in a post on his Facebook page, “accepts without any condition” the Malaysian proposal.",
			[]claimView{{speaker: "Hun Manet", mode: dipgraph.ModePartial, text: "accepts"}}},
		{"the_presidency_of_the_story", "PARIS — France expelled 12 diplomats. France, the presidency said, remained ready to talk.",
			[]claimView{{speaker: "France", mode: dipgraph.ModeIndirect, text: "ready to talk"}}},
		{"authorities_and_invitations", "Foreign Minister Jean-Noël Barrot urged the authorities in Algiers to withdraw it. Xi invited Putin to visit China later this year.",
			[]claimView{
				{speaker: "Jean-Noël Barrot", mode: dipgraph.ModeIndirect, text: "withdraw", addressees: []string{"Algeria"}},
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "visit China", addressees: []string{"Vladimir Putin"}},
			}},
		{"initials_acting_and_own_state", "India’s ambassador, T.S. Tirumurti, said New Delhi condemned the killings. Acting Prime Minister Phumtham Wechayachai flew to Surin. The acting prime minister said Thailand wanted peace.",
			[]claimView{
				{speaker: "T.S. Tirumurti", mode: dipgraph.ModeIndirect, text: "condemned"},
				{speaker: "Phumtham Wechayachai", mode: dipgraph.ModeIndirect, text: "peace"},
			}},
		{"readout_meeting_with_a_long_apposition", "On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who is visiting Jakarta, held a meeting with Mr. WANG Yi. Minister Hayashi stated that Japan wanted stable relations.",
			[]claimView{{speaker: "Hayashi Yoshimasa", mode: dipgraph.ModeIndirect, text: "stable", addressees: []string{"Wang Yi"}, event: dipgraph.EventMeeting}}},
		{"report_inside_a_quote", "President Vladimir Putin stayed in Moscow on Friday. “He told me very plainly: a ceasefire first is not something Russia will accept,” Prime Minister Viktor Orbán said.",
			[]claimView{
				{speaker: "Viktor Orbán", mode: dipgraph.ModeDirect, text: "told me"},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "ceasefire first", addressees: []string{"Viktor Orbán"}},
			}},
		{"vocative_by_first_name", "Prime Minister Rishi Sunak flew to Paris on Friday. “Rishi, we will only get results together,” President Emmanuel Macron said.",
			[]claimView{{speaker: "Emmanuel Macron", mode: dipgraph.ModeDirect, text: "results", addressees: []string{"Rishi Sunak"}}}},
		{"portfolio_after_a_title_and_palace_and_cis", "European Commissioner for Home Affairs Ylva Johansson accused Moscow of using people as tools. The Élysée Palace said France remained ready to talk. The Commonwealth of Independent States said it would meet.",
			[]claimView{
				{speaker: "Ylva Johansson", mode: dipgraph.ModeIndirect, text: "tools"},
				{speaker: "France", mode: dipgraph.ModeIndirect, text: "ready"},
				{speaker: "Commonwealth of Independent States", mode: dipgraph.ModeIndirect, text: "meet"},
			}},
		{"body_name_between_quote_and_speaker", "“The money can now go where it is needed,” Arctic Council President John Smith told reporters.",
			[]claimView{{speaker: "John Smith", mode: dipgraph.ModeDirect, text: "money"}}},
		{"fronted_phrase_is_not_the_topic", "At a news conference with Viktor Orbán in the Kremlin on Friday, Vladimir Putin struck a similar note. “Kyiv does not want to give up the idea of fighting,” he said.",
			[]claimView{{speaker: "Vladimir Putin", mode: dipgraph.ModeDirect, text: "fighting"}}},
		{"short_answer_quote", "Asked whether Vilnius might relax the rules, Foreign Minister Gabrielius Landsbergis was blunt. “Absolutely not,” he said.",
			[]claimView{{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeDirect, text: "Absolutely not"}}},
		{"nested_report_in_a_second_that_clause", "Foreign Minister Riyad al-Maliki told reporters that Ramallah had been kept informed, and that Prince Faisal bin Farhan had assured him on Tuesday that the kingdom remained bound by the peace plan.",
			[]claimView{
				{speaker: "Riyad al-Maliki", mode: dipgraph.ModeIndirect, text: "kept informed"},
				{speaker: "Riyad al-Maliki", mode: dipgraph.ModeIndirect, text: "had assured him"},
				{speaker: "Faisal bin Farhan", mode: dipgraph.ModeIndirect, text: "remained bound", addressees: []string{"Riyad al-Maliki"}},
			}},
		{"groups_ranks_and_seats", "G7 leaders said Tehran risked an escalation. Colonel Mamady Doumbouya said there would be no settling of scores. The Planalto said the two leaders would meet again.",
			[]claimView{
				{speaker: "G7 leaders", mode: dipgraph.ModeIndirect, text: "escalation"},
				{speaker: "Mamady Doumbouya", mode: dipgraph.ModeIndirect, text: "scores"},
				{speaker: "Brazil", mode: dipgraph.ModeIndirect, text: "meet again"},
			}},
		{"clock_mission_and_department", "13:50 GMT Benny Gantz said the night showed the worth of the coalition. Iran’s mission to the United Nations said the operation was over.",
			[]claimView{
				{speaker: "Benny Gantz", mode: dipgraph.ModeIndirect, text: "coalition"},
				{speaker: "Iran", mode: dipgraph.ModeIndirect, text: "operation"},
			}},
		{"department_of_the_dateline_state", "MANILA — The Department of Foreign Affairs said it had lodged a protest.",
			[]claimView{{speaker: "Philippines", mode: dipgraph.ModeIndirect, text: "protest"}}},
		{"capitalised_word_is_no_verb", "Associated Press writer Daniel Okafor in Washington contributed to this report.", nil},
		{"coordinated_hearers_of_a_passive_report", "Zelensky recalled that French President Emmanuel Macron and German Chancellor Olaf Scholz had both been assured by Putin, in the weeks before the invasion, that the troops were only exercising.",
			[]claimView{
				{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "had both been assured"},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "exercising", addressees: []string{"Emmanuel Macron", "Olaf Scholz"}},
			}},
		{"quoted_as_saying_and_agency_apposition", "On Taiwan, the ministry quoted Wang Yi as saying that there was no space to give ground. Saudi Arabia’s foreign ministry, in a statement carried by the state news agency SPA, urged all sides to show restraint.",
			[]claimView{
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "no space"},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "restraint", addressees: []string{"all sides"}, event: dipgraph.EventAnnouncement},
			}},
		{"brushed_off_and_rear_admiral", "The Kremlin, for its part, brushed off the remarks. Its chief spokesman, Rear Admiral Daniel Hagari, said 99 percent had been intercepted.",
			[]claimView{
				{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "remarks"},
				{speaker: "Daniel Hagari", mode: dipgraph.ModeIndirect, text: "intercepted"},
			}},
		{"an_interviewing_outlet_is_no_addressee", "Secretary Antony Blinken told ABC that Washington did not want a broader war.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "broader war"}}},
		{"family_name_alone_of_a_known_person", "Earlier Monday, Blinken spent three hours with Wang Yi, who took a sharper tone. Wang told Blinken that the U.S. must stop hyping the China threat.",
			[]claimView{{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "China threat", addressees: []string{"Antony Blinken"}}}},
		{"the_ministry_is_the_body_named_last", "Egypt’s foreign ministry said the talks had failed. In a statement, Ethiopia’s foreign ministry accused Egypt of bad faith. The ministry said Ethiopia remained committed to a settlement.",
			[]claimView{
				{speaker: "Egypt", mode: dipgraph.ModeIndirect, text: "failed"},
				{speaker: "Ethiopia", mode: dipgraph.ModeIndirect, text: "bad faith", event: dipgraph.EventAnnouncement},
				{speaker: "Ethiopia", mode: dipgraph.ModeIndirect, text: "committed"},
			}},
		{"vocative_your_highness", "Sheikh Mohamed bin Zayed received Prime Minister Narendra Modi in Abu Dhabi. “Your Highness, our trade has already touched 85 billion dollars,” Modi said.",
			[]claimView{{speaker: "Narendra Modi", mode: dipgraph.ModeDirect, text: "trade", addressees: []string{"Mohamed bin Zayed"}, event: dipgraph.EventMeeting}}},
		{"his_excellency_is_a_title", "Minister Hayashi held a meeting with H.E. Mr. PARK Jin, Minister of Foreign Affairs of the Republic of Korea. Minister Park stated that the ROK government respects the report.",
			[]claimView{{speaker: "Park Jin", mode: dipgraph.ModeIndirect, text: "respects", addressees: []string{"Hayashi"}, event: dipgraph.EventMeeting}}},
		{"a_participle_after_a_fronted_phrase_is_part_of_it", "Zelensky said he had not had the patience to watch it.\n\nIn the Carlson interview, recorded at the Kremlin on Feb. 6 and released two days later, Putin spent the first half hour on a lecture about history. He said Russia had nothing to gain from attacking Poland.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "patience"}, {speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "Poland"}}},
		{"one_first_name_two_people", "The emir of Kuwait, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, said the crisis could be solved. Kuwait’s foreign minister, Sheikh Sabah al-Khalid al-Sabah, said mediation would go on.",
			[]claimView{{speaker: "Sabah al-Ahmad al-Jaber al-Sabah", mode: dipgraph.ModeIndirect, text: "solved"}, {speaker: "Sabah al-Khalid al-Sabah", mode: dipgraph.ModeIndirect, text: "mediation"}}},
		{"one_family_two_people", "Qatar’s ruler, Sheikh Tamim bin Hamad Al Thani, said Doha was ready to talk. In Doha, Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani rejected the demands as an attack on sovereignty.",
			[]claimView{{speaker: "Tamim bin Hamad Al Thani", mode: dipgraph.ModeIndirect, text: "ready"}, {speaker: "Mohammed bin Abdulrahman Al Thani", mode: dipgraph.ModeIndirect, text: "sovereignty"}}},
		{"he_later_in_the_sentence_is_its_subject", "Interior Minister Bruno Retailleau said he would not apologise. Foreign Minister Jean-Noël Barrot travelled to Algiers and held talks with Tebboune, after which he declared that the two countries were turning the page.",
			[]claimView{{speaker: "Bruno Retailleau", mode: dipgraph.ModeIndirect, text: "apologise"}, {speaker: "Jean-Noël Barrot", mode: dipgraph.ModeIndirect, text: "page", event: dipgraph.EventVisit}}},
		{"an_organ_named_with_its_body's_possessive_speaks_for_it", "In a final communique, the AU's Assembly of Heads of State and Government reaffirmed the bloc's zero tolerance for coups.",
			[]claimView{{speaker: "African Union", mode: dipgraph.ModeIndirect, text: "tolerance", event: dipgraph.EventAnnouncement}}},
		{"a_description_stands_for_the_story's_person", "Indonesia's president-elect Prabowo Subianto said his country would stay non-aligned. Xi Jinping told him that Beijing was ready to deepen cooperation. The former general said the talks had been frank.",
			[]claimView{{speaker: "Prabowo Subianto", mode: dipgraph.ModeIndirect, text: "non-aligned"}, {speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "deepen", addressees: []string{"Prabowo Subianto"}}, {speaker: "Prabowo Subianto", mode: dipgraph.ModeIndirect, text: "frank"}}},
		{"a_description_by_role_is_who_holds_it", "Indonesia's president-elect Prabowo Subianto said his country would stay non-aligned. On Tuesday he held talks with his Chinese counterpart, Admiral Dong Jun. The former special forces commander said the talks were frank. Foreign Minister Retno Marsudi said the trip had been coordinated with her ministry. The veteran diplomat told reporters that Jokowi had approved the visit.",
			[]claimView{
				{speaker: "Prabowo Subianto", mode: dipgraph.ModeIndirect, text: "non-aligned"},
				{speaker: "Prabowo Subianto", mode: dipgraph.ModeIndirect, text: "frank", addressees: []string{"Dong Jun"}, event: dipgraph.EventMeeting},
				{speaker: "Retno Marsudi", mode: dipgraph.ModeIndirect, text: "coordinated"},
				{speaker: "Retno Marsudi", mode: dipgraph.ModeIndirect, text: "approved"},
			}},
		{"his_guest_is_the_person_the_story_is_about", "President-elect Prabowo Subianto arrived in Beijing on a day Indonesia's outgoing President Joko Widodo spent in Jakarta. Xi told his guest that Beijing was ready to deepen cooperation.",
			[]claimView{{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "deepen", addressees: []string{"Prabowo Subianto"}}}},
		{"a_name_with_a_title_in_apposition_is_a_person", "Moussa Faki Mahamat, the chairman of the AU Commission, painted an even bleaker picture. The continent, he said, was facing a resurgence of coups.",
			[]claimView{{speaker: "Moussa Faki Mahamat", mode: dipgraph.ModeIndirect, text: "coups"}}},
		{"the_hearer_is_not_the_pronoun_speaker", "Biden spoke with Xi Jinping on Tuesday. Beijing’s version, carried by Xinhua, opened with Taiwan, and it quoted him as telling Biden that China would not stand by.",
			[]claimView{{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "stand by", addressees: []string{"Joe Biden"}, event: dipgraph.EventCall}}},
		{"the_ministry_of_the_place_the_sentence_opens_in", "The White House said Biden had raised Taiwan. In Taipei, the foreign ministry said the island would never be a bargaining chip.",
			[]claimView{{speaker: "United States", mode: dipgraph.ModeIndirect, text: "raised"}, {speaker: "Taiwan", mode: dipgraph.ModeIndirect, text: "bargaining"}}},
		{"sir_is_a_title", "Sir Iain Duncan Smith, the former Conservative leader, who is among the MPs sanctioned by Beijing in 2021, said the strategy read as though the Treasury had drafted it.",
			[]claimView{{speaker: "Iain Duncan Smith", mode: dipgraph.ModeIndirect, text: "Treasury"}}},
		{"words_to_reporters_after_a_meeting_are_not_said_at_it", "Blinken held a meeting with Wang Yi on Friday. Blinken said the talks were useful. Speaking to reporters later, Blinken said Washington wanted calm.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "useful", addressees: []string{"Wang Yi"}, event: dipgraph.EventMeeting},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "calm"},
			}},
		{"his_highness_is_a_title_and_stands_for_its_holder", "Prime Minister Narendra Modi held wide-ranging talks with UAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan. His Highness Sheikh Mohamed said the UAE attached great importance to the partnership. Modi thanked His Highness for the warm hospitality.",
			[]claimView{
				{speaker: "Mohamed bin Zayed Al Nahyan", mode: dipgraph.ModeIndirect, text: "importance", addressees: []string{"Narendra Modi"}, event: dipgraph.EventMeeting},
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "hospitality", addressees: []string{"Mohamed bin Zayed Al Nahyan"}, event: dipgraph.EventMeeting},
			}},
		{"two_leaders_spoke_by_telephone", "President Joe Biden and Chinese President Xi Jinping spoke by telephone for nearly two hours on Tuesday. Biden told Xi the United States would keep its export controls.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "export", addressees: []string{"Xi Jinping"}, event: dipgraph.EventCall}}},
		{"the_group_is_the_organisation_named_last", "Hamas said it had accepted a proposal. The Palestinian militant group said it wanted a truce. The group of 20 nations met in Delhi.",
			[]claimView{{speaker: "Hamas", mode: dipgraph.ModeIndirect, text: "proposal"}, {speaker: "Hamas", mode: dipgraph.ModeIndirect, text: "truce"}}},
		{"a_demonym_and_a_person_noun_is_a_person_of_the_story", "Moussa Faki Mahamat, the chairman of the AU Commission, painted a bleak picture. “We have condemned, we have suspended,” the Chadian diplomat said.",
			[]claimView{{speaker: "Moussa Faki Mahamat", mode: dipgraph.ModeDirect, text: "condemned"}}},
		{"asking_not_to_be_named_is_no_claim", "A Western diplomat in Jakarta, who asked not to be named, said the sequence had not gone unnoticed in Washington.",
			[]claimView{{speaker: "A Western diplomat in Jakarta", mode: dipgraph.ModeIndirect, text: "unnoticed"}}},
		{"readout_abbreviations_and_honorifics", "External Affairs Minister Dr. S. Jaishankar held talks with H.E. Ms. Yoko Kamikawa, the Minister for Foreign Affairs of Japan. EAM said the partnership had never mattered more. FM Kamikawa said that Japan regarded India as a partner.",
			[]claimView{
				{speaker: "Subrahmanyam Jaishankar", mode: dipgraph.ModeIndirect, text: "mattered", addressees: []string{"Yoko Kamikawa"}, event: dipgraph.EventMeeting},
				{speaker: "Yoko Kamikawa", mode: dipgraph.ModeIndirect, text: "partner", addressees: []string{"Subrahmanyam Jaishankar"}, event: dipgraph.EventMeeting},
			}},
		{"a_call_goes_on_in_the_next_sentence", "Swedish Prime Minister Magdalena Andersson has applied to join NATO. In the first call, with Andersson, Erdogan said Turkey expected concrete steps. He stressed that the export restrictions should be lifted.",
			[]claimView{
				{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "concrete", addressees: []string{"Magdalena Andersson"}, event: dipgraph.EventCall},
				{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "restrictions", addressees: []string{"Magdalena Andersson"}, event: dipgraph.EventCall},
			}},
		{"made_clear_to_both", "Erdogan held separate calls with Swedish Prime Minister Magdalena Andersson and Finnish President Sauli Niinisto, and made clear to both that Turkey would not give its consent.",
			[]claimView{{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "consent", addressees: []string{"Sauli Niinisto", "Magdalena Andersson"}}}},
		{"the_leaders_are_the_party_counted_before", "Biden met Lapid, Modi and Sheikh Mohamed bin Zayed online. In a joint statement, the four leaders said the UAE would invest in food parks. “The parks will cut waste,” the leaders said.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "food parks", event: dipgraph.EventAnnouncement},
				{speaker: "Lapid", mode: dipgraph.ModeIndirect, text: "food parks", event: dipgraph.EventAnnouncement},
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "food parks", event: dipgraph.EventAnnouncement},
				{speaker: "Mohamed bin Zayed", mode: dipgraph.ModeIndirect, text: "food parks", event: dipgraph.EventAnnouncement},
				{speaker: "Joe Biden", mode: dipgraph.ModeDirect, text: "waste"},
				{speaker: "Lapid", mode: dipgraph.ModeDirect, text: "waste"},
				{speaker: "Narendra Modi", mode: dipgraph.ModeDirect, text: "waste"},
				{speaker: "Mohamed bin Zayed", mode: dipgraph.ModeDirect, text: "waste"},
			}},
		{"a_passive_participle_is_no_claim", "The four leaders pledged to advance a wind project in Gujarat, backed by a battery storage system, and welcomed India’s interest in the mission.",
			[]claimView{{speaker: "The four leaders", mode: dipgraph.ModeIndirect, text: "wind project"}, {speaker: "The four leaders", mode: dipgraph.ModeIndirect, text: "India’s interest"}}},
		{"calling_on_a_dignitary_is_a_visit", "External Affairs Minister S. Jaishankar is in Tokyo. EAM called on Prime Minister Fumio Kishida. Kishida said Japan attached the highest importance to India. Blinken called on Iran to halt the attacks.",
			[]claimView{
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "importance", addressees: []string{"Subrahmanyam Jaishankar"}, event: dipgraph.EventMeeting},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "halt", addressees: []string{"Iran"}},
			}},
		{"words_written_after_a_call_are_not_said_in_it", "Erdogan spoke with Swedish Prime Minister Magdalena Andersson on Saturday. Andersson told Erdogan that Stockholm wanted closer ties. Andersson later wrote that Sweden condemned terrorism.",
			[]claimView{
				{speaker: "Magdalena Andersson", mode: dipgraph.ModeIndirect, text: "closer ties", addressees: []string{"Recep Tayyip Erdogan"}, event: dipgraph.EventCall},
				{speaker: "Magdalena Andersson", mode: dipgraph.ModeIndirect, text: "terrorism"},
			}},
		{"answered_reports_speech", "Truss told Lavrov that Britain would keep supplying Kyiv. Lavrov answered that such deliveries were pouring fuel on a fire.",
			[]claimView{
				{speaker: "Liz Truss", mode: dipgraph.ModeIndirect, text: "supplying", addressees: []string{"Sergey Lavrov"}},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "fuel", addressees: []string{"Liz Truss"}}, // the answer goes to who told him
			}},
		{"appreciated_is_a_statement", "Turkish Foreign Minister Hakan Fidan appreciated the measured tone of Pakistan’s public statements.",
			[]claimView{{speaker: "Hakan Fidan", mode: dipgraph.ModeIndirect, text: "measured tone"}}},
		{"urged_a_states_generals", "Antonio Guterres urged Sudan's warring generals to lay down their arms.",
			[]claimView{{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "lay down", addressees: []string{"Sudan's warring generals"}}}},
		{"a_reporters_comment_after_a_postposed_attribution", "ROME — Italy’s four years inside the Belt and Road Initiative have not brought the benefits promised, Foreign Minister Antonio Tajani has said, in the clearest signal yet that Rome intends to leave the programme.",
			[]claimView{{speaker: "Antonio Tajani", mode: dipgraph.ModeIndirect, text: "benefits"}}},
		{"brushed_aside_is_a_statement", "Speaking to reporters at his hotel, Blinken brushed aside suggestions that the trip had failed.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "suggestions"}}},
		{"a_states_agency_speaks_for_it", "China’s General Administration of Customs said on Thursday that it was suspending imports of all aquatic products from Japan.",
			[]claimView{{speaker: "China", mode: dipgraph.ModeIndirect, text: "aquatic"}}},
		{"urged_a_and_the_b", "The regular army and the paramilitary Rapid Support Forces (RSF) have been at war since April. The AU called on the Sudanese army and the RSF to agree to an immediate ceasefire.",
			[]claimView{{speaker: "African Union", mode: dipgraph.ModeIndirect, text: "ceasefire", addressees: []string{"Sudanese army", "Rapid Support Forces"}}}},
		{"a_telling_participle_goes_on_from_the_reported_actor", "Japanese officials said Vice Foreign Minister Masataka Okano had lodged a protest with Chinese Ambassador Wu Jianghao, telling him that the ban had no scientific basis. Peskov said Russia had taken note, adding that nothing had changed.",
			[]claimView{
				{speaker: "Japanese officials", mode: dipgraph.ModeIndirect, text: "protest"},
				{speaker: "Masataka Okano", mode: dipgraph.ModeIndirect, text: "scientific", addressees: []string{"Wu Jianghao"}},
				{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "taken note"},
				{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "nothing had changed"},
			}},
		{"and_had_told_him_goes_on_from_the_speaker", "Trudeau said he had raised the case with Indian Prime Minister Narendra Modi and had told him that Canada expected full cooperation.",
			[]claimView{
				{speaker: "Justin Trudeau", mode: dipgraph.ModeIndirect, text: "raised the case"},
				{speaker: "Justin Trudeau", mode: dipgraph.ModeIndirect, text: "full cooperation", addressees: []string{"Narendra Modi"}},
			}},
		{"but_had_told_him_goes_on_from_the_speaker", "Polish Foreign Minister Zbigniew Rau spoke on Tuesday. He said he had raised reparations with Chancellor Olaf Scholz but had told him that Poland would not wait.",
			[]claimView{
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeIndirect, text: "raised reparations"},
				{speaker: "Zbigniew Rau", mode: dipgraph.ModeIndirect, text: "not wait", addressees: []string{"Olaf Scholz"}},
			}},
		{"a_parenthesis_inside_a_telling_keeps_its_hearer", "Chinese Foreign Minister Wang Yi spoke in Berlin on Friday. He had told Ukrainian Foreign Minister Dmytro Kuleba in a telephone call last month, he said, that China was worried the crisis could drag on.",
			[]claimView{{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "drag on", addressees: []string{"Dmytro Kuleba"}}}},
		{"a_reported_request_and_a_further_that_clause", "Russian President Vladimir Putin spoke on Saturday. He said that Lukashenko had long been asking him to station the weapons in his country, and that the final push had come from Britain.",
			[]claimView{
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "had long been asking him"},
				{speaker: "Alexander Lukashenko", mode: dipgraph.ModeIndirect, text: "to station", addressees: []string{"Vladimir Putin"}},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "final push"},
			}},
		{"assured_by_both_a_and_b", "Hans Grundberg, the UN special envoy for Yemen, said he had been assured by both Saudi Arabia and the Houthis this week that they remained committed to the truce.",
			[]claimView{
				{speaker: "Hans Grundberg", mode: dipgraph.ModeIndirect, text: "assured by both"},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "committed", addressees: []string{"Hans Grundberg"}},
				{speaker: "Houthis", mode: dipgraph.ModeIndirect, text: "committed", addressees: []string{"Hans Grundberg"}},
			}},
		{"a_co_chaired_dialogue_is_a_meeting_of_its_chairs", "External Affairs Minister S. Jaishankar is visiting Japan. Today, EAM and the Minister for Foreign Affairs of Japan, H.E. Ms. Yoko Kamikawa, co-chaired the Strategic Dialogue in Tokyo. In his opening remarks, EAM said: “Our relationship has never mattered more.” FM Kamikawa said that Japan regarded India as a partner.",
			[]claimView{
				{speaker: "Subrahmanyam Jaishankar", mode: dipgraph.ModeDirect, text: "never mattered", addressees: []string{"Yoko Kamikawa"}, event: dipgraph.EventSpeech},
				{speaker: "Yoko Kamikawa", mode: dipgraph.ModeIndirect, text: "partner", addressees: []string{"Subrahmanyam Jaishankar"}, event: dipgraph.EventMeeting},
			}},
		{"urged_both_sides_are_the_two_states", "Iran struck targets in Pakistan on Tuesday, and Pakistan hit back on Thursday. Turkish Foreign Minister Hakan Fidan urged both sides to keep their channels open and to avoid any step that could be exploited by terrorists.",
			[]claimView{
				{speaker: "Hakan Fidan", mode: dipgraph.ModeIndirect, text: "to keep their channels open", addressees: []string{"Iran", "Pakistan"}},
				{speaker: "Hakan Fidan", mode: dipgraph.ModeIndirect, text: "to avoid any step", addressees: []string{"Iran", "Pakistan"}},
			}},
		{"urged_both_forces_are_the_two_bodies", "The Sudanese Armed Forces and the paramilitary Rapid Support Forces signed a pledge in Jeddah last week. Guterres urged both forces to honour it.",
			[]claimView{{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "honour", addressees: []string{"Sudanese Armed Forces", "Rapid Support Forces"}}}},
		{"a_readouts_minister_is_its_own", "PUTRAJAYA, 8 November 2023 — The Minister of Foreign Affairs of Malaysia, Dato’ Seri Diraja Dr. Zambry Abdul Kadir, today concluded a visit to Indonesia. Prime Minister Anwar Ibrahim welcomed the outcome. The Minister stressed that Malaysia remained committed to negotiation.",
			[]claimView{
				{speaker: "Anwar Ibrahim", mode: dipgraph.ModeIndirect, text: "outcome"},
				{speaker: "Zambry Abdul Kadir", mode: dipgraph.ModeIndirect, text: "negotiation"},
			}},
		{"a_name_in_apposition_to_a_title_ends_the_sentence", "Malaysian Foreign Minister Zambry Abdul Kadir flew to Jakarta at the invitation of his counterpart, the Minister for Foreign Affairs of Indonesia, Retno L.P. Marsudi. The two Ministers said the talks were useful. Wisma Putra said a joint statement would follow.",
			[]claimView{
				{speaker: "Zambry Abdul Kadir", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "Retno Marsudi", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "Malaysia", mode: dipgraph.ModeIndirect, text: "joint statement"},
			}},
		{"according_to_is_no_subject_for_later_verbs", "U.S. President Joe Biden spoke with Vladimir Putin on Tuesday. According to the White House, Biden told Putin that Washington was alarmed by the build-up, pressed him to lower tensions, and suggested that the two men meet in person.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "alarmed", addressees: []string{"Vladimir Putin"}, event: dipgraph.EventCall},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "lower tensions", addressees: []string{"Vladimir Putin"}, event: dipgraph.EventCall},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "meet in person", addressees: []string{"Vladimir Putin"}, event: dipgraph.EventCall},
			}},
		{"a_four_word_name_set_off_by_a_description", "Juan Fernando López Aguilar, the Spanish Socialist who chairs the civil liberties committee, said the text hollowed out the right to asylum.",
			[]claimView{{speaker: "Juan Fernando López Aguilar", mode: dipgraph.ModeIndirect, text: "asylum"}}},
		{"a_name_described_as_a_former_marine_is_a_person", "The deal left behind Paul Whelan, a former Marine held since 2018. Whelan himself told CNN that he was glad Griner was free. His brother, David Whelan, said the family was disappointed.",
			[]claimView{
				{speaker: "Paul Whelan", mode: dipgraph.ModeIndirect, text: "glad"},
				{speaker: "David Whelan", mode: dipgraph.ModeIndirect, text: "disappointed"},
			}},
		{"a_participle_after_a_place_is_the_subjects", "German Interior Minister Nancy Faeser had come to Luxembourg insisting that families with children be spared the border procedure.",
			[]claimView{{speaker: "Nancy Faeser", mode: dipgraph.ModeIndirect, text: "families with children"}}},
		{"a_portfolio_before_a_title", "Prime Minister Giorgia Meloni spoke to Ulf Kristersson on Wednesday. Home Affairs Commissioner Ylva Johansson, who drafted much of the package, said the deal proved that the EU can deliver. “Nobody is getting everything they asked for,” she told a news conference.",
			[]claimView{
				{speaker: "Ylva Johansson", mode: dipgraph.ModeIndirect, text: "can deliver"},
				{speaker: "Ylva Johansson", mode: dipgraph.ModeDirect, text: "Nobody"},
			}},
		{"writing_on_facebook_after_a_dated_lead", "On Friday morning Hungarian Prime Minister Viktor Orban went further, writing on Facebook that the plan was a tax on saying no.",
			[]claimView{{speaker: "Viktor Orbán", mode: dipgraph.ModeIndirect, text: "tax on saying no"}}},
		{"the_committee_is_the_body_named_last", "The International Olympic Committee awarded the games to Paris. The choice, the committee said, honoured a long bid.",
			[]claimView{{speaker: "International Olympic Committee", mode: dipgraph.ModeIndirect, text: "long bid"}}},
		{"its_chief_executive_after_the_claim", "Ukraine’s postal service is planning a stamp showing the burning bridge, its chief executive Ihor Smilyanskyi announced on Facebook.",
			[]claimView{{speaker: "Ihor Smilyanskyi", mode: dipgraph.ModeIndirect, text: "stamp"}}},
		{"he_went_on_is_a_parenthetical_attribution", "Zelensky spoke in the evening. The future of Crimea, he went on, would be a future without occupiers.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "without occupiers"}}},
		{"the_a_and_b_governments_are_both_states", "The Saudi and Emirati governments said they stood ready to mediate again.",
			[]claimView{
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "mediate"},
				{speaker: "United Arab Emirates", mode: dipgraph.ModeIndirect, text: "mediate"},
			}},
		{"and_according_to_x_told_him", "Italian Prime Minister Giorgia Meloni spoke to Swedish Prime Minister Ulf Kristersson by phone on Wednesday, and, according to one of the two officials, told him that Italy wanted a deal.",
			[]claimView{{speaker: "Giorgia Meloni", mode: dipgraph.ModeIndirect, text: "wanted a deal", addressees: []string{"Ulf Kristersson"}, event: dipgraph.EventCall}}},
		{"which_it_said_is_a_claim_inside_another", "In a statement on Friday, the Chinese foreign ministry expressed regret that the airship, which it said was used mainly for weather research, had strayed into American airspace.",
			[]claimView{
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "strayed", event: dipgraph.EventAnnouncement},
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "weather research"},
			}},
		{"a_long_quote_inside_reported_speech_is_partial", "Trudeau said the expulsion was a response to “mounting unease over the conduct of certain Canadian diplomats on Indian soil”.",
			[]claimView{{speaker: "Justin Trudeau", mode: dipgraph.ModePartial, text: "mounting unease"}}},
		{"a_concessive_rider_after_a_postposed_attribution", "Polish Foreign Minister Zbigniew Rau spoke on Tuesday. If Berlin does not respond, Warsaw will take the issue to the United Nations, the minister said, although he would not say when.",
			[]claimView{{speaker: "Zbigniew Rau", mode: dipgraph.ModeIndirect, text: "United Nations"}}},
		{"the_presidency_of_the_state_opening_the_sentence", "Ethiopia's foreign ministry said the talks had failed. France, the presidency said, remained ready to talk.",
			[]claimView{
				{speaker: "Ethiopia", mode: dipgraph.ModeIndirect, text: "failed"},
				{speaker: "France", mode: dipgraph.ModeIndirect, text: "ready to talk"},
			}},
		{"while_requesting_goes_on_from_the_speaker", "Minister Park Jin stated that the ROK government respects the findings of the report, while requesting that the Japanese side share monitoring data in real time.",
			[]claimView{
				{speaker: "Park Jin", mode: dipgraph.ModeIndirect, text: "respects"},
				{speaker: "Park Jin", mode: dipgraph.ModeIndirect, text: "monitoring data"},
			}},
		{"said_that_then_an_adjunct_then_the_clause", "Muse Bihi Abdi said that, in return, Ethiopia would recognise its independence.",
			[]claimView{{speaker: "Muse Bihi Abdi", mode: dipgraph.ModeIndirect, text: "recognise"}}},
		{"gave_assurances_and_pressed_for", "Several names were dropped after Beijing gave assurances that the firms had stopped selling to the Russian military. Senegal’s President Macky Sall pressed for immediate economic sanctions. Bolivian President Luis Arce spoke next, blaming the rich North for the climate crisis.",
			[]claimView{
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "stopped selling"},
				{speaker: "Macky Sall", mode: dipgraph.ModeIndirect, text: "immediate economic sanctions"},
				{speaker: "Luis Arce", mode: dipgraph.ModeIndirect, text: "rich North"},
			}},
		{"a_reporters_note_after_a_postposed_attribution", "Chinese Foreign Minister Qin Gang spoke in Beijing. Dual-use goods would in future need stricter licences, he added, a step that Berlin had been seeking for months.",
			[]claimView{{speaker: "Qin Gang", mode: dipgraph.ModeIndirect, text: "stricter licences"}}},
		{"invited_former_president_with_a_relative_clause", "Zelensky spoke on Fox. He invited former President Donald Trump, who has boasted that he could end the war within a day, to come to the front line.",
			[]claimView{
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "within a day"},
				{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "front line", addressees: []string{"Donald Trump"}},
			}},
		{"addressing_or_responding_to_names_the_hearer", "British Foreign Secretary David Lammy spoke first. Russian envoy Dmitry Polyanskiy, addressing Lammy directly, said the text ignored the Sudanese government. Responding to her Russian counterpart, U.S. Ambassador Linda Thomas-Greenfield said Moscow was cynical. Turning to the United States, Polyanskiy said Washington had no lessons to give.",
			[]claimView{
				{speaker: "Dmitry Polyanskiy", mode: dipgraph.ModeIndirect, text: "ignored", addressees: []string{"David Lammy"}},
				{speaker: "Linda Thomas-Greenfield", mode: dipgraph.ModeIndirect, text: "cynical", addressees: []string{"Dmitry Polyanskiy"}},
				{speaker: "Dmitry Polyanskiy", mode: dipgraph.ModeIndirect, text: "no lessons"},
			}},
		{"a_title_set_off_after_the_name_is_the_role", "Prime Minister Fumio Kishida returned to Tokyo. Minister Hayashi held a meeting with H.E. Mr. PARK Jin, Minister of Foreign Affairs of the Republic of Korea. Prime Minister Kishida’s visit was welcomed. The two ministers strongly condemned the launch by North Korea.",
			[]claimView{
				{speaker: "Hayashi", mode: dipgraph.ModeIndirect, text: "launch", addressees: []string{"Park Jin"}, event: dipgraph.EventMeeting},
				{speaker: "Park Jin", mode: dipgraph.ModeIndirect, text: "launch", addressees: []string{"Hayashi"}, event: dipgraph.EventMeeting},
			}},
		{"according_to_after_a_told_sentence_adds_no_claim", "Chinese Foreign Minister Wang Yi met Antony Blinken on Monday. Wang told Blinken that the U.S. must stop hyping the China threat, according to the Chinese Foreign Ministry.",
			[]claimView{{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "hyping", addressees: []string{"Antony Blinken"}, event: dipgraph.EventMeeting}}},
		{"a_capitalised_family_name_is_the_known_person", "Prime Minister KISHIDA Fumio welcomed the report. Prime Minister Kishida said Japan would keep its promise.",
			[]claimView{
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "report"},
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "promise"},
			}},
		{"and_urged_them_goes_on_from_the_reported_person", "The State Department said Secretary of State Antony Blinken had spoken today with several regional counterparts and urged them to use their influence with Tehran.",
			[]claimView{
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "had spoken today"},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "influence"},
			}},
		{"a_vocative_set_off_inside_the_quote", "President Joe Biden, Vice President Kamala Harris and Speaker Nancy Pelosi met Volodymyr Zelensky at the Capitol. “Thank you, Mr. President, from our soldiers and from our children,” Zelensky said. “You and I both know, Joe, that a peace signed at gunpoint is no peace,” he said.",
			[]claimView{
				{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeDirect, text: "soldiers", addressees: []string{"Joe Biden"}, event: dipgraph.EventMeeting},
				{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeDirect, text: "gunpoint", addressees: []string{"Joe Biden"}, event: dipgraph.EventMeeting},
			}},
		{"the_leaders_of_a_two_party_call", "British Prime Minister Boris Johnson spoke to French President Emmanuel Macron this afternoon. The leaders agreed that no country should recognise a new regime prematurely.",
			[]claimView{
				{speaker: "Boris Johnson", mode: dipgraph.ModeIndirect, text: "prematurely", addressees: []string{"Emmanuel Macron"}, event: dipgraph.EventCall},
				{speaker: "Emmanuel Macron", mode: dipgraph.ModeIndirect, text: "prematurely", addressees: []string{"Boris Johnson"}, event: dipgraph.EventCall},
			}},
		{"the_ministers_are_not_two_prime_ministers", "Italian Prime Minister Giorgia Meloni spoke to Swedish Prime Minister Ulf Kristersson on Wednesday. Home Affairs Commissioner Ylva Johansson warned the ministers not to expect a quick deal.",
			[]claimView{{speaker: "Ylva Johansson", mode: dipgraph.ModeIndirect, text: "quick deal"}}},
		{"he_after_a_possessive_leader_apposition", "A U.S. official said the envoy had left Israel. Hours later Hezbollah's leader, Hassan Nasrallah, gave a televised speech. No place in Israel, he said, would be spared if war came.",
			[]claimView{
				{speaker: "A U.S. official", mode: dipgraph.ModeIndirect, text: "left Israel"},
				{speaker: "Hassan Nasrallah", mode: dipgraph.ModeIndirect, text: "No place in Israel"},
			}},
		{"a_lower_case_modifier_before_a_title_after_a_quote", "“The communique is clear, and the clock is running,” government spokesman Patrick Muyaya told reporters in Kinshasa on Thursday.",
			[]claimView{{speaker: "Patrick Muyaya", mode: dipgraph.ModeDirect, text: "clock is running"}}},
		{"the_former_president_is_the_one_named_former", "Former Kenyan President Uhuru Kenyatta chaired the talks. The former president said he would reconvene talks in Nairobi on Monday.",
			[]claimView{{speaker: "Uhuru Kenyatta", mode: dipgraph.ModeIndirect, text: "reconvene"}}},
		{"an_object_pronoun_is_no_subject", "Ukrainian President Volodymyr Zelensky spoke on Tuesday. He also took aim, without naming them, at neighbours, saying some friends were treating solidarity as a performance.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "performance"}}},
		{"a_state_which_called_on_another", "The United States, which has repeatedly called on Rwanda to stop supporting the M23, welcomed the outcome. Moscow said it had acted to curry favour with Washington, which announced new sanctions last week.",
			[]claimView{
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "stop supporting", addressees: []string{"Rwanda"}},
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "outcome"},
				{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "curry favour"},
			}},
		{"the_us_special_envoy_is_a_description", "U.S. special envoy Amos Hochstein arrived in Beirut. This week, the U.S. special envoy said, the messages had become shorter.",
			[]claimView{{speaker: "Amos Hochstein", mode: dipgraph.ModeIndirect, text: "shorter"}}},
		{"him_is_the_person_a_fronted_participle_names", "Chinese Foreign Minister Wang Yi spoke on Monday. Standing beside President Volodymyr Zelensky, Biden announced more military aid and told him that American support would not waver.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "military aid"},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "waver", addressees: []string{"Volodymyr Zelensky"}},
			}},
		{"a_parenthetical_telling_with_its_audience", "UN Secretary-General Antonio Guterres opened the debate. The world, he told the leaders gathered in the hall, was running out of common ground, and he pleaded for the stalled goals to be funded.",
			[]claimView{
				{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "The world"},
				{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "stalled goals"},
			}},
		{"the_text_speaks_for_its_issuers", "The summit's communique, issued by Angola on Wednesday, set a deadline. If the rebels refused, the text went on, the regional force would use every means necessary.",
			[]claimView{{speaker: "Angola", mode: dipgraph.ModeIndirect, text: "every means"}}},
		{"the_un_general_assembly_is_an_audience", "Ukrainian President Volodymyr Zelensky told the U.N. General Assembly that the world must not let Moscow win by exhaustion.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "exhaustion"}}},
		{"a_passive_declared_reports_nothing", "Russia’s Foreign Ministry said on Sunday it had summoned the Czech ambassador, Vitezslav Pivonka, and informed him that 20 employees of the Czech embassy in Moscow had been declared persona non grata.",
			[]claimView{
				{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "summoned"},
				{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "20 employees", addressees: []string{"Vitezslav Pivonka"}, event: dipgraph.EventMeeting},
			}},
		{"a_passive_telling_without_an_agent_has_no_speaker", "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been briefed on the blast. Japan had been told in advance by North Korea that a satellite would be launched.",
			[]claimView{
				{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "briefed"},
				{speaker: "North Korea", mode: dipgraph.ModeIndirect, text: "satellite", addressees: []string{"Japan"}},
			}},
		{"answered_the_same_evening_reports_nothing_after_it", "Nasrallah warned Cyprus not to help Israel. The Cypriot government answered the same evening.", []claimView{
			{speaker: "Hassan Nasrallah", mode: dipgraph.ModeIndirect, text: "not to help", addressees: []string{"Cyprus"}},
		}},
		{"tell_different_stories_reports_nothing", "Macron and Putin spoke, but Paris and Moscow tell different stories. On Monday he told ministers of the ousted government that there would be no settling of scores.",
			[]claimView{{speaker: "Emmanuel Macron", mode: dipgraph.ModeIndirect, text: "settling of scores", addressees: []string{"ministers of the ousted government"}}}},
		{"she_is_never_a_man_known_by_his_given_name", "Finnish Foreign Minister Elina Valtonen flew to Kyiv. Russian Deputy Foreign Minister Sergei Ryabkov said Moscow was watching. “We came to listen,” she said.",
			[]claimView{
				{speaker: "Sergei Ryabkov", mode: dipgraph.ModeIndirect, text: "watching"},
				{speaker: "Elina Valtonen", mode: dipgraph.ModeDirect, text: "listen"},
			}},
		{"a_source_quoted_by_an_agency_speaks", "But late on Wednesday a source in Baku quoted by the pro-government news agency APA said he would not travel. A senior official quoted by Interfax said the talks had failed.",
			[]claimView{
				{speaker: "a source in Baku", mode: dipgraph.ModeIndirect, text: "travel"},
				{speaker: "A senior official", mode: dipgraph.ModeIndirect, text: "failed"},
			}},
		{"a_fronted_adjunct_inside_the_report", "Zelensky, asked in turn what a just peace would look like, said that for him, as president, there could be no compromise on sovereignty.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "no compromise"}}},
		{"and_an_adverb_then_an_auxiliary_is_a_second_claim", "President Joe Biden said Russia alone bore responsibility for the war and alone could end it today.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "responsibility"},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "end it today"},
			}},
		{"but_noted_after_declined_to_say", "Blinken spoke on CBS. He declined to say what the consequences would be, but noted that several Chinese firms had already been sanctioned.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "sanctioned"}}},
		{"said_after_their_talks_is_not_said_in_them", "Speaking at his hotel after his talks with Xi Jinping on Saturday, Indonesian President Prabowo Subianto said Indonesia would stay non-aligned. Foreign Minister Sugiono called on the United Nations Security Council to act.",
			[]claimView{
				{speaker: "Prabowo Subianto", mode: dipgraph.ModeIndirect, text: "non-aligned"},
				{speaker: "Sugiono", mode: dipgraph.ModeIndirect, text: "to act", addressees: []string{"UN Security Council"}},
			}},
		{"turning_to_a_states_envoy_names_him", "British Foreign Secretary David Lammy spoke first. Turning to Russia’s deputy U.N. ambassador, Dmitry Polyanskiy, he asked how many more Sudanese had to starve.",
			[]claimView{{speaker: "David Lammy", mode: dipgraph.ModeIndirect, text: "starve", addressees: []string{"Dmitry Polyanskiy"}}}},
		{"a_reflexive_before_an_apposition", "Wagner chief Yevgeny Prigozhin led the mutiny. Prigozhin himself, in an audio message posted on Monday, insisted that the march had been a protest.",
			[]claimView{{speaker: "Yevgeny Prigozhin", mode: dipgraph.ModeIndirect, text: "protest"}}},
		{"the_declaration_speaks_for_its_signers", "British Prime Minister Rishi Sunak and French President Emmanuel Macron signed a declaration in Paris. The declaration said the two governments would not tolerate the criminal gangs.",
			[]claimView{
				{speaker: "Rishi Sunak", mode: dipgraph.ModeIndirect, text: "criminal gangs"},
				{speaker: "Emmanuel Macron", mode: dipgraph.ModeIndirect, text: "criminal gangs"},
			}},
		{"a_list_of_states_with_the_inside", "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt warned that further steps would follow.",
			[]claimView{
				{speaker: "Egypt", mode: dipgraph.ModeIndirect, text: "further steps"},
				{speaker: "Saudi Arabia", mode: dipgraph.ModeIndirect, text: "further steps"},
				{speaker: "United Arab Emirates", mode: dipgraph.ModeIndirect, text: "further steps"},
				{speaker: "Bahrain", mode: dipgraph.ModeIndirect, text: "further steps"},
			}},
		{"a_title_with_its_state_before_the_name", "On April 18, Foreign Minister of the Russian Federation Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs of the Islamic Republic of Iran Abbas Araghchi. The Iranian Minister said Iran would go to Rome in good faith.",
			[]claimView{{speaker: "Abbas Araghchi", mode: dipgraph.ModeIndirect, text: "good faith", addressees: []string{"Sergey Lavrov"}, event: dipgraph.EventMeeting}}},
		{"according_to_an_outlet_is_a_channel", "According to APS, the foreign ministry had summoned the French ambassador. Foreign Secretary Dominic Raab told Sky News that the airlift was running against the clock.",
			[]claimView{{speaker: "Dominic Raab", mode: dipgraph.ModeIndirect, text: "airlift"}}},
		{"a_datelines_city_is_no_topic", "The Prime Minister spoke to Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar. Sheikh Tamim said Qatar would help.\n\nLONDON, Aug 17 (Reuters) – Prime Minister Boris Johnson has faced mounting criticism. Speaking to broadcasters on Monday, he said the aim was to get out as many people as possible.",
			[]claimView{
				{speaker: "Tamim bin Hamad Al Thani", mode: dipgraph.ModeIndirect, text: "help"},
				{speaker: "Boris Johnson", mode: dipgraph.ModeIndirect, text: "as many people"},
			}},
		{"he_is_not_the_one_his_words_name", "European Council President Charles Michel said the talks were useful. Azerbaijani President Ilham Aliyev spoke to him on Wednesday. He said he intended to bring Aliyev and Pashinyan together in Brussels.",
			[]claimView{
				{speaker: "Charles Michel", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "Charles Michel", mode: dipgraph.ModeIndirect, text: "Brussels", addressees: []string{"Ilham Aliyev"}, event: dipgraph.EventCall},
			}},
		{"officials_travelling_with_him", "UN Secretary-General Antonio Guterres opened the session. Ukrainian officials travelling with him said they expected the talks to focus on air defence.",
			[]claimView{{speaker: "Ukrainian officials travelling with him", mode: dipgraph.ModeIndirect, text: "air defence"}}},
		{"the_chinese_embassy_in_manila_is_china", "The Chinese embassy in Manila said Beijing was closely following the two bills.",
			[]claimView{{speaker: "China", mode: dipgraph.ModeIndirect, text: "closely following"}}},
		{"he_in_a_report_is_not_the_one_he_told", "Prime Minister Mark Carney flew home. Speaking to reporters in the Oval Office later, Trump said Carney had told him Canada wanted a fair deal, and that he had told the prime minister that the tariffs on cars were \"permanent\".",
			[]claimView{
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "Carney had told him"},
				{speaker: "Mark Carney", mode: dipgraph.ModeIndirect, text: "fair deal", addressees: []string{"Donald Trump"}},
				{speaker: "Donald Trump", mode: dipgraph.ModePartial, text: "he had told"},
				{speaker: "Donald Trump", mode: dipgraph.ModePartial, text: "permanent", addressees: []string{"Mark Carney"}},
			}},
		{"a_warning_system_warns_no_one", "Tokyo, which had told residents to take shelter under its J-Alert warning system, lodged a protest, a government spokesperson said.",
			[]claimView{{speaker: "a government spokesperson", mode: dipgraph.ModeIndirect, text: "protest"}}},
		{"an_unnamed_source_keeps_its_qualifier", "An Egyptian official familiar with the talks said the text had not been altered.",
			[]claimView{{speaker: "An Egyptian official familiar with the talks", mode: dipgraph.ModeIndirect, text: "altered"}}},
		{"council_members_are_an_audience", "Ambassador Linda Thomas-Greenfield told council members that the region stood at the edge of a cliff.",
			[]claimView{{speaker: "Linda Thomas-Greenfield", mode: dipgraph.ModeIndirect, text: "cliff"}}},
		{"a_sentence_after_a_quote_is_its_own", "Sergey Lavrov said the talks were useful. “We want a deal that lasts.” The Kremlin said that the talks would go on.",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "useful"},
				{speaker: "Russia", mode: dipgraph.ModeIndirect, text: "go on"},
			}},
		{"as_did_copies_the_claims", "AU Commission Chairperson Moussa Faki Mahamat condemned the takeover, as did U.N. Secretary-General Antonio Guterres.",
			[]claimView{
				{speaker: "Moussa Faki Mahamat", mode: dipgraph.ModeIndirect, text: "takeover"},
				{speaker: "Antonio Guterres", mode: dipgraph.ModeIndirect, text: "takeover"},
			}},
		{"group_opening_a_datelined_sentence", "ACCRA, Sept 8 (Reuters) – West African leaders on Wednesday suspended Guinea and demanded the immediate release of President Alpha Conde, three days after soldiers seized power.",
			[]claimView{{speaker: "West African leaders", mode: dipgraph.ModeIndirect, text: "release of President Alpha Conde"}}},
		{"him_is_the_person_just_named", "Foreign Secretary Simon Coveney spoke on Monday. European Council President Donald Tusk, addressing Prime Minister Boris Johnson directly on Twitter, told him that the talks were about the future of Europe.",
			[]claimView{{speaker: "Donald Tusk", mode: dipgraph.ModeIndirect, text: "future of Europe", addressees: []string{"Boris Johnson"}}}},
		{"a_place_never_speaks", "The coast guard’s spokesman for the West Philippine Sea told reporters that the crew had done nothing wrong.", nil},
		{"an_assembly_urged_is_addressed", "Ambassador Nikki Haley called on the Security Council to hold those responsible to account. She told the council that the evidence was clear.",
			[]claimView{
				{speaker: "Nikki Haley", mode: dipgraph.ModeIndirect, text: "account", addressees: []string{"UN Security Council"}},
				{speaker: "Nikki Haley", mode: dipgraph.ModeIndirect, text: "evidence"},
			}},
		{"a_bodys_summit_addresses_no_one", "Foreign Minister Gabrielius Landsbergis said he expected the issue to come up at NATO’s summit in Madrid next week.",
			[]claimView{{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "come up", event: dipgraph.EventMeeting}}},
		{"a_leaders_office_is_the_state", "OTTAWA — Prime Minister Mark Carney spoke by phone on Friday. The Prime Minister’s Office said talks would begin after the vote. Netanyahu’s office said the war cabinet would meet again.",
			[]claimView{
				{speaker: "Canada", mode: dipgraph.ModeIndirect, text: "after the vote"},
				{speaker: "Israel", mode: dipgraph.ModeIndirect, text: "war cabinet"},
			}},
		{"no_speaker_no_claim", "Talks were said to be difficult, and nobody expected progress.", nil},
		{"maintained_is_not_speech", "The US and Russia have maintained close contact.", nil},
		{"the_bare_title_keeps_its_holder", "Starmer speaks to Modi in his first calls\n\nThe Prime Minister spoke to Prime Minister Narendra Modi of India this morning.\n\nPrime Minister Modi congratulated the Prime Minister on taking office. The Prime Minister said he wanted to conclude a free trade agreement quickly.",
			[]claimView{
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "taking office", addressees: []string{"Keir Starmer"}, event: dipgraph.EventCall},
				{speaker: "Keir Starmer", mode: dipgraph.ModeIndirect, text: "free trade", addressees: []string{"Narendra Modi"}, event: dipgraph.EventCall},
			}},
		{"a_guest_received_after_a_title_is_the_hearer", "President Luiz Inácio Lula da Silva received the Federal Chancellor of Germany, Olaf Scholz, at the Planalto Palace on Monday.\n\nPresident Lula stressed that Brazil had returned to the international stage.",
			[]claimView{{speaker: "Luiz Inácio Lula da Silva", mode: dipgraph.ModeIndirect, text: "international stage", addressees: []string{"Olaf Scholz"}, event: dipgraph.EventMeeting}}},
		{"the_subject_before_a_relative_clause_meets", "Secretary of State Antony Blinken, who landed in Cairo late on Sunday, met President Abdel Fattah al-Sisi at the presidential palace. Sisi stressed that Egypt would not accept any harm to its share of the Nile.",
			[]claimView{{speaker: "Abdel Fattah al-Sisi", mode: dipgraph.ModeIndirect, text: "Nile", addressees: []string{"Antony Blinken"}, event: dipgraph.EventMeeting}}},
		{"a_meeting_to_come_is_no_scene", "President Recep Tayyip Erdogan, who is due in Athens on Thursday, will co-chair with Prime Minister Kyriakos Mitsotakis a meeting of the cooperation council. Mitsotakis said the two neighbours had a rare window to settle their differences.",
			[]claimView{{speaker: "Kyriakos Mitsotakis", mode: dipgraph.ModeIndirect, text: "rare window"}}},
		{"his_guest_in_a_meeting_is_the_other_party", "Secretary of State Antony Blinken met President Abdel Fattah al-Sisi at the palace on Monday. Presidential spokesman Ahmed Fahmy said Sisi had told his guest that Egypt was working with all parties.",
			[]claimView{
				{speaker: "Ahmed Fahmy", mode: dipgraph.ModeIndirect, text: "Sisi had told"},
				{speaker: "Abdel Fattah al-Sisi", mode: dipgraph.ModeIndirect, text: "all parties", addressees: []string{"Antony Blinken"}, event: dipgraph.EventMeeting},
			}},
		{"talks_followed_by_a_press_conference", "Secretary of State Antony Blinken held talks with Foreign Minister Sameh Shoukry on Monday, followed by a joint news conference. “Everyone must lower the temperature,” Blinken said.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeDirect, text: "temperature", event: dipgraph.EventPressConference}}},
		{"a_meeting_recalled_in_an_interview", "Prime Minister Nikol Pashinyan said in a television interview broadcast on Thursday that Armenia had frozen its membership. He met Azerbaijani President Ilham Aliyev in Munich on February 5. The talks, he said, had been useful.",
			[]claimView{
				{speaker: "Nikol Pashinyan", mode: dipgraph.ModeIndirect, text: "frozen", event: dipgraph.EventPressConference},
				{speaker: "Nikol Pashinyan", mode: dipgraph.ModeIndirect, text: "useful", event: dipgraph.EventPressConference},
			}},
		{"said_after_the_calls_is_said_to_nobody", "Prime Minister Keir Starmer spoke to President Cyril Ramaphosa this evening. The Prime Minister said the UK would back South Africa’s priorities.\n\nSpeaking after the calls, the Prime Minister said Britain was once again a reliable partner.",
			[]claimView{
				{speaker: "Keir Starmer", mode: dipgraph.ModeIndirect, text: "priorities", addressees: []string{"Cyril Ramaphosa"}, event: dipgraph.EventCall},
				{speaker: "Keir Starmer", mode: dipgraph.ModeIndirect, text: "reliable partner"},
			}},
		{"they_after_a_joint_subject_past_a_fronted_phrase", "In a joint statement released after the talks, Biden, Kishida and Yoon said they would meet every year. They also voiced strong opposition to any change of the status quo by force.",
			[]claimView{
				{speaker: "Yoon Suk Yeol", mode: dipgraph.ModeIndirect, text: "every year", event: dipgraph.EventAnnouncement},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "every year", event: dipgraph.EventAnnouncement},
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "every year", event: dipgraph.EventAnnouncement},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "status quo"},
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "status quo"},
				{speaker: "Yoon Suk Yeol", mode: dipgraph.ModeIndirect, text: "status quo"},
			}},
		{"a_report_in_a_relative_clause_ends_at_its_comma", "President Joe Biden, who said on Thursday that the summit was historic, opened the talks by telling Prime Minister Fumio Kishida and President Yoon Suk Yeol that their presence mattered.",
			[]claimView{
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "historic"},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "presence mattered", addressees: []string{"Fumio Kishida", "Yoon Suk Yeol"}},
			}},
		{"restated_while_insisting", "Foreign Minister Mauro Vieira restated Brazil’s opposition to Western sanctions while insisting that his country had not taken sides.",
			[]claimView{
				{speaker: "Mauro Vieira", mode: dipgraph.ModeIndirect, text: "opposition to Western sanctions"},
				{speaker: "Mauro Vieira", mode: dipgraph.ModeIndirect, text: "not taken sides"},
			}},
		{"a_group_called_on_past_its_relative_clause", "President Volodymyr Zelensky called on German companies that still trade with Russia to leave the Russian market.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "leave the Russian market", addressees: []string{"German companies"}}}},
		{"a_meeting_told_in_a_relative_clause_is_no_scene", "Foreign Minister Annalena Baerbock had flown in from Athens, where she met Greek Foreign Minister Nikos Dendias in the morning and said that the islands were Greek.\n\nBaerbock said Berlin would defend international law.",
			[]claimView{
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "islands were Greek", event: dipgraph.EventMeeting},
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "international law"},
			}},
		{"a_passive_goes_on_after_and", "Iran’s foreign ministry insisted that the contacts would be indirect and mediated by Oman.",
			[]claimView{{speaker: "Iran", mode: dipgraph.ModeIndirect, text: "indirect and mediated by Oman"}}},
		{"he_and_a_name_speak_jointly", "Foreign Minister Abbas Araghchi said the talks had been calm. He and Witkoff told the mediator that they wanted an agreement.",
			[]claimView{
				{speaker: "Abbas Araghchi", mode: dipgraph.ModeIndirect, text: "calm"},
				{speaker: "Steve Witkoff", mode: dipgraph.ModeIndirect, text: "wanted an agreement"},
				{speaker: "Abbas Araghchi", mode: dipgraph.ModeIndirect, text: "wanted an agreement"},
			}},
		{"a_counterpart_holds_the_same_office", "Germany’s foreign minister, Annalena Baerbock, stood beside her Turkish counterpart, Mevlüt Çavuşoğlu, who said Greece had armed the islands. Turkey, the minister insisted, had never questioned anyone’s sovereignty.",
			[]claimView{
				{speaker: "Mevlüt Çavuşoğlu", mode: dipgraph.ModeIndirect, text: "armed the islands"},
				{speaker: "Mevlüt Çavuşoğlu", mode: dipgraph.ModeIndirect, text: "never questioned"},
			}},
		{"arguing_openly_about_says_nothing", "Foreign Minister Annalena Baerbock argued openly on Friday about Ankara’s quarrels with Greece.", nil},
		{"congratulating_on_an_election_is_said_in_the_call", "Prime Minister Keir Starmer spoke to President Zelenskyy of Ukraine this afternoon. President Zelenskyy congratulated the Prime Minister on his election victory.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "election victory", addressees: []string{"Keir Starmer"}, event: dipgraph.EventCall}}},
		{"the_groups_it_backs_report_nothing", "Ambassador Nicolas de Rivière said Tehran and the armed groups it backs in Lebanon, Yemen and Iraq had done much to widen the conflict, and urged Iran to show restraint.",
			[]claimView{
				{speaker: "Nicolas de Rivière", mode: dipgraph.ModeIndirect, text: "had done much to widen the conflict"},
				{speaker: "Nicolas de Rivière", mode: dipgraph.ModeIndirect, text: "show restraint", addressees: []string{"Iran"}},
			}},
		{"a_relative_clause_on_monday_evening", "President Joe Biden, who on Monday evening had hailed Rishi Sunak’s rise as “a ground-breaking milestone”, spoke with him by phone on Tuesday.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModePartial, text: "ground-breaking"}}},
		{"an_answer_goes_to_who_asked", "Foreign Secretary James Cleverly asked Foreign Minister Catherine Colonna to say plainly whether Paris still stood by the language. Colonna answered that France’s position had not moved.",
			[]claimView{
				{speaker: "James Cleverly", mode: dipgraph.ModeIndirect, text: "say plainly", addressees: []string{"Catherine Colonna"}},
				{speaker: "Catherine Colonna", mode: dipgraph.ModeIndirect, text: "not moved", addressees: []string{"James Cleverly"}},
			}},
		{"hearers_named_in_quotes", "African Union Commission chairman Moussa Faki Mahamat called on “all Sudanese stakeholders” to implement the agreement in good faith.",
			[]claimView{{speaker: "Moussa Faki Mahamat", mode: dipgraph.ModeIndirect, text: "implement the agreement", addressees: []string{"all Sudanese stakeholders"}}}},
		{"a_news_conference_after_the_talks_is_the_scene", "President Vladimir Putin received Foreign Minister Choe Son Hui at the Kremlin on Tuesday. Choe thanked him for his support.\n\nAt a news conference after the talks, Putin said relations would grow. Choe said the situation on the peninsula had become dangerous.",
			[]claimView{
				{speaker: "Choe Son Hui", mode: dipgraph.ModeIndirect, text: "support", addressees: []string{"Vladimir Putin"}, event: dipgraph.EventMeeting},
				{speaker: "Vladimir Putin", mode: dipgraph.ModeIndirect, text: "relations would grow", event: dipgraph.EventPressConference},
				{speaker: "Choe Son Hui", mode: dipgraph.ModeIndirect, text: "dangerous", event: dipgraph.EventPressConference},
			}},
		{"a_pledge_in_a_relative_clause_reports_nothing", "A Ukrainian diplomat said Kyiv had asked Oslo to speed up delivery of the F-16 fighter jets it pledged last year.",
			[]claimView{
				{speaker: "A Ukrainian diplomat", mode: dipgraph.ModeIndirect, text: "Kyiv had asked Oslo"},
				{speaker: "Ukraine", mode: dipgraph.ModeIndirect, text: "speed up delivery", addressees: []string{"Norway"}},
			}},
		{"thanking_and_then_acting_thanks_for_nothing", "Prime Minister Jonas Gahr Støre met Foreign Minister Dmytro Kuleba in Oslo. Kuleba thanked him and, in the same breath, raised the bar.", nil},
		{"a_verb_phrase_after_a_parenthetical_attribution", "Foreign Minister Tobias Billström said the detention was arbitrary. Stockholm had worked on the case quietly for a year, the minister said, and went public only after the newspaper revealed the detention.",
			[]claimView{
				{speaker: "Tobias Billström", mode: dipgraph.ModeIndirect, text: "arbitrary"},
				{speaker: "Tobias Billström", mode: dipgraph.ModeIndirect, text: "worked on the case quietly"},
				{speaker: "Tobias Billström", mode: dipgraph.ModeIndirect, text: "went public"},
			}},
		{"said_looking_at_someone", "Ambassador Vassily Nebenzia accused Washington of covering for Israel. “We will not take lectures from you,” Deputy Ambassador Robert Wood said, looking across the table at Nebenzia.",
			[]claimView{
				{speaker: "Vassily Nebenzia", mode: dipgraph.ModeIndirect, text: "covering for Israel"},
				{speaker: "Robert Wood", mode: dipgraph.ModeDirect, text: "lectures", addressees: []string{"Vassily Nebenzia"}},
			}},
		{"a_title_and_name_called_in_a_quote", "President Bashar al-Assad attended the summit. “President Assad, you have been welcomed back as a brother,” Prince Faisal bin Farhan said.",
			[]claimView{{speaker: "Faisal bin Farhan", mode: dipgraph.ModeDirect, text: "welcomed back", addressees: []string{"Bashar al-Assad"}}}},
		{"a_message_to_someone_in_a_quote", "Sergey Lavrov spoke on Monday. “My message to Lavrov is simple: the buoys stay,” Foreign Minister Margus Tsahkna said.",
			[]claimView{{speaker: "Margus Tsahkna", mode: dipgraph.ModeDirect, text: "buoys stay", addressees: []string{"Sergey Lavrov"}}}},
		{"conveyed_to_the_ambassador_a_states_outrage", "Ambassador Yacov Livne was summoned on Friday. Deputy Foreign Minister Andrzej Szejna conveyed to the ambassador Poland’s outrage at the killing.",
			[]claimView{{speaker: "Andrzej Szejna", mode: dipgraph.ModeIndirect, text: "outrage", addressees: []string{"Yacov Livne"}}}},
		{"the_head_of_state_is_the_leader", "President of Ukraine Volodymyr Zelenskyy received the foreign ministers in Kyiv on Monday. The Head of State said the visit was a message in itself.",
			[]claimView{{speaker: "Volodymyr Zelensky", mode: dipgraph.ModeIndirect, text: "message in itself"}}},
		{"she_is_michele_too", "High Commissioner Michelle Bachelet said the findings were serious. Ambassador Michèle Taylor said the motion asked only for a discussion. Later she said the facts were still the facts.",
			[]claimView{
				{speaker: "Michelle Bachelet", mode: dipgraph.ModeIndirect, text: "serious"},
				{speaker: "Michèle Taylor", mode: dipgraph.ModeIndirect, text: "discussion"},
				{speaker: "Michèle Taylor", mode: dipgraph.ModeIndirect, text: "still the facts"},
			}},
		{"in_the_afternoon_before_the_subject", "Foreign Minister Dmytro Kuleba told Radoslaw Sikorski that Kyiv valued the condemnation.\n\nIn the afternoon Sikorski spoke by telephone with Annalena Baerbock, whom he asked to support tighter safeguards.",
			[]claimView{
				{speaker: "Dmytro Kuleba", mode: dipgraph.ModeIndirect, text: "condemnation", addressees: []string{"Radosław Sikorski"}},
				{speaker: "Radosław Sikorski", mode: dipgraph.ModeIndirect, text: "safeguards", addressees: []string{"Annalena Baerbock"}, event: dipgraph.EventCall},
			}},
		{"a_statement_issued_after_the_call_ends_it", "Foreign Minister Radoslaw Sikorski spoke by telephone with Annalena Baerbock on Wednesday.\n\nIn a statement issued afterwards by the Foreign Office, Baerbock said the images had shocked her. “Grain rotting on railway tracks helps nobody,” Baerbock said.",
			[]claimView{
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "shocked her", event: dipgraph.EventAnnouncement},
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeDirect, text: "helps nobody"},
			}},
		{"minority_leader_is_a_title", "Senate Minority Leader Mitch McConnell said it was not the place of Americans to choose.",
			[]claimView{{speaker: "Mitch McConnell", mode: dipgraph.ModeIndirect, text: "not the place"}}},
		{"a_title_and_its_name_are_one_hearer", "Hamas leader Ismail Haniyeh told Qatar’s foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, and Sameh Shoukry that the movement had accepted the proposal.",
			[]claimView{{speaker: "Ismail Haniyeh", mode: dipgraph.ModeIndirect, text: "accepted the proposal", addressees: []string{"Mohammed bin Abdulrahman Al Thani", "Sameh Shoukry"}}}},
		{"pressing_in_calls_asks_nothing", "Secretary Antony Blinken pressed Baku in calls as the guns fell silent.", nil},
		{"a_place_is_no_speaker", "Irish Foreign Minister Micheál Martin said Arab ministers he met in Brussels had told him that the vote would matter.",
			[]claimView{{speaker: "Micheál Martin", mode: dipgraph.ModeIndirect, text: "Arab ministers"}}},
		{"call_with_an_office_holder", "Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone with EU foreign policy chief Josep Borrell on Thursday. “My friend, we have done our part,” the minister was quoted as saying.",
			[]claimView{{speaker: "Hossein Amir-Abdollahian", mode: dipgraph.ModeDirect, text: "done our part", addressees: []string{"Josep Borrell"}, event: dipgraph.EventCall}}},
		{"call_with_a_counterpart_named_after", "Swedish Foreign Minister Maria Malmer Stenergard spoke by telephone with her Turkish counterpart, Hakan Fidan. Ankara’s readout of the call said only that Fidan had conveyed Turkey’s concerns.",
			[]claimView{{speaker: "Hakan Fidan", mode: dipgraph.ModeIndirect, text: "concerns", addressees: []string{"Maria Malmer Stenergard"}, event: dipgraph.EventCall}}},
		{"a_given_name_after_a_title", "Saudi Crown Prince Mohammed bin Salman hosted a forum in Riyadh on Friday. Prince Mohammed said the kingdom would raise its output.",
			[]claimView{{speaker: "Mohammed bin Salman", mode: dipgraph.ModeIndirect, text: "raise its output", event: dipgraph.EventMeeting}}},
		{"appealing_for_restraint", "Jeanine Hennis-Plasschaert, the UN special representative for Iraq, appealed for restraint on Monday.",
			[]claimView{{speaker: "Jeanine Hennis-Plasschaert", mode: dipgraph.ModeIndirect, text: "restraint"}}},
		{"a_body_by_the_last_word_of_its_name", "Iran’s Revolutionary Guards said they had struck a base. In a statement, the Guards said the strike was a warning.",
			[]claimView{
				{speaker: "Iran’s Revolutionary Guards", mode: dipgraph.ModeIndirect, text: "struck a base"},
				{speaker: "Iran’s Revolutionary Guards", mode: dipgraph.ModeIndirect, text: "warning", event: dipgraph.EventAnnouncement},
			}},
		{"the_veteran_negotiator", "The American envoy, Robert Malley, flew home on Thursday. Speaking to reporters by telephone, the veteran negotiator said Iran had reopened old questions.",
			[]claimView{{speaker: "Robert Malley", mode: dipgraph.ModeIndirect, text: "reopened"}}},
		{"a_party_leader", "President Joko Widodo later met opposition leader Anthony Albanese in his office. The Labor leader, who had written to Widodo last month, told reporters that he had made clear to the president that Labor would support the trade agreement.",
			[]claimView{
				{speaker: "Anthony Albanese", mode: dipgraph.ModeIndirect, text: "made clear"},
				{speaker: "Anthony Albanese", mode: dipgraph.ModeIndirect, text: "Labor would support", addressees: []string{"Joko Widodo"}},
			}},
		{"quote_then_a_described_name", "“We sent a journalist to do journalism,” the newspaper’s editor-in-chief, Andreas Gustavsson, said on Friday.",
			[]claimView{{speaker: "Andreas Gustavsson", mode: dipgraph.ModeDirect, text: "do journalism"}}},
		{"said_that_day", "“We will not be rushed into anything,” Lavrov said that day.",
			[]claimView{{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "rushed"}}},
		{"a_bare_quote_goes_on_from_the_last_speaker", "“We will not be rushed,” Lavrov said on Monday.\n\nTurkish Foreign Minister Hakan Fidan told the two delegations they stood at a fork in the road. “One path leads to peace, the other to more graves.”",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "rushed"},
				{speaker: "Hakan Fidan", mode: dipgraph.ModeIndirect, text: "fork", addressees: []string{"the two delegations"}},
				{speaker: "Hakan Fidan", mode: dipgraph.ModeDirect, text: "One path", addressees: []string{"the two delegations"}},
			}},
		{"participle_of_a_that_verb", "Lithuanian Foreign Minister Gabrielius Landsbergis dismissed the protest, pointing out that trains were still running.",
			[]claimView{
				{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "the protest"},
				{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "trains were still running"},
			}},
		{"went_on_to_say", "Lithuanian Foreign Minister Gabrielius Landsbergis went on to say that the border would stay open.",
			[]claimView{{speaker: "Gabrielius Landsbergis", mode: dipgraph.ModeIndirect, text: "stay open"}}},
		{"a_common_demonym", "Armenian Prime Minister Nikol Pashinyan met Kazakh President Kassym-Jomart Tokayev on Tuesday. The Kazakh leader told him Kazakhstan supported a peace treaty.",
			[]claimView{{speaker: "Kassym-Jomart Tokayev", mode: dipgraph.ModeIndirect, text: "supported a peace treaty", addressees: []string{"Nikol Pashinyan"}, event: dipgraph.EventMeeting}}},
		{"the_foreign_ministry_in_a_capital", "Iranian President Ebrahim Raisi called the shooting a crime, and the foreign ministry in Baku said a day later that it was evacuating the embassy’s staff.",
			[]claimView{
				{speaker: "Ebrahim Raisi", mode: dipgraph.ModeIndirect, text: "the shooting"},
				{speaker: "Azerbaijan", mode: dipgraph.ModeIndirect, text: "it was evacuating"},
			}},
		{"the_embassy_named_before", "JAKARTA, Jan. 5 — Indonesia delivered a protest note to the Chinese embassy on Monday. The embassy said in a short statement that the two countries should settle their differences.",
			[]claimView{{speaker: "China", mode: dipgraph.ModeIndirect, text: "settle their differences", event: dipgraph.EventAnnouncement}}},
		{"a_known_person_by_first_name", "Indonesian Foreign Minister Retno Marsudi flew to Hanoi on Monday. Retno told reporters that the fishermen would be treated fairly.",
			[]claimView{{speaker: "Retno Marsudi", mode: dipgraph.ModeIndirect, text: "treated fairly"}}},
		{"a_short_name_first_then_the_full_one", "Prince Mohammed greets Biden in Jeddah\n\nJEDDAH, July 16 — President Joe Biden held talks with Crown Prince Mohammed bin Salman on Friday. “Welcome to Jeddah, Mr. President,” Prince Mohammed told his guest.",
			[]claimView{{speaker: "Mohammed bin Salman", mode: dipgraph.ModeDirect, text: "Welcome", addressees: []string{"Joe Biden"}, event: dipgraph.EventMeeting}}},
		{"a_described_person_who_had_thanked", "Widodo later met opposition leader Anthony Albanese in his office. The Labor leader, who had thanked Indonesia for its sympathy over the fires, told reporters that Labor would support the agreement.",
			[]claimView{
				{speaker: "Anthony Albanese", mode: dipgraph.ModeIndirect, text: "its sympathy", addressees: []string{"Indonesia"}},
				{speaker: "Anthony Albanese", mode: dipgraph.ModeIndirect, text: "Labor would support"},
			}},
		{"a_counterpart_named_in_apposition_is_not_the_latest_of_the_state", "Turkish President Tayyip Erdogan was not in Ankara. Swedish Foreign Minister Maria Malmer Stenergard spoke by telephone with her Turkish counterpart, Hakan Fidan, on Saturday. Fidan assured the Swedish minister that the case would be handled swiftly.",
			[]claimView{{speaker: "Hakan Fidan", mode: dipgraph.ModeIndirect, text: "handled swiftly", addressees: []string{"Maria Malmer Stenergard"}, event: dipgraph.EventCall}}},
		{"his_counterpart_holds_his_office", "Turkish Foreign Minister Hakan Fidan met the delegation on Monday. Turkish President Tayyip Erdogan hosted a dinner. Egyptian Foreign Minister Badr Abdelatty arrived late. He told his Turkish counterpart that Cairo wanted calm.",
			[]claimView{{speaker: "Badr Abdelatty", mode: dipgraph.ModeIndirect, text: "wanted calm", addressees: []string{"Hakan Fidan"}}}},
		{"a_group_told_before_an_event", "The Greek side had assured British officials before the visit that Mitsotakis would not campaign.",
			[]claimView{{speaker: "Greece", mode: dipgraph.ModeIndirect, text: "would not campaign", addressees: []string{"British officials"}}}},
		{"members_urged_are_hearers", "Ambassador Linda Thomas-Greenfield urged council members to impose an arms embargo.",
			[]claimView{{speaker: "Linda Thomas-Greenfield", mode: dipgraph.ModeIndirect, text: "arms embargo", addressees: []string{"council members"}}}},
		{"members_told_are_an_audience", "Ambassador Linda Thomas-Greenfield told the 15 members that the launch broke the resolutions.",
			[]claimView{{speaker: "Linda Thomas-Greenfield", mode: dipgraph.ModeIndirect, text: "broke the resolutions"}}},
		{"made_clear_to_a_group", "The Afghan negotiators had made clear to the Turkish and Qatari mediators that the Islamic Emirate would not yield.",
			[]claimView{{speaker: "Afghanistan", mode: dipgraph.ModeIndirect, text: "would not yield", addressees: []string{"the Turkish and Qatari mediators"}}}},
		{"made_clear_to_a_name_unknown", "Lebanon’s foreign minister, Gebran Bassil, said he had made clear to Aboul Gheit at their meeting on Saturday that Beirut would dissociate itself.",
			[]claimView{
				{speaker: "Gebran Bassil", mode: dipgraph.ModeIndirect, text: "made clear to Aboul Gheit"},
				{speaker: "Gebran Bassil", mode: dipgraph.ModeIndirect, text: "dissociate", addressees: []string{"Aboul Gheit"}, event: dipgraph.EventMeeting},
			}},
		{"a_group_told_in_a_call", "Canadian Prime Minister Justin Trudeau said he had told the provincial premiers in a video call on Thursday evening that no option would be excluded.",
			[]claimView{
				{speaker: "Justin Trudeau", mode: dipgraph.ModeIndirect, text: "told the provincial premiers"},
				{speaker: "Justin Trudeau", mode: dipgraph.ModeIndirect, text: "no option", addressees: []string{"the provincial premiers"}, event: dipgraph.EventCall},
			}},
		{"may_after_a_given_name_is_no_month", "Prime Minister Theresa May spoke to Trump on Friday.\n\nMay, addressing Conservative Party members in London on Saturday, said the council would meet next week. Britain, she said, had acted with its allies.",
			[]claimView{
				{speaker: "Theresa May", mode: dipgraph.ModeIndirect, text: "council would meet"},
				{speaker: "Theresa May", mode: dipgraph.ModeIndirect, text: "acted with its allies"},
			}},
		{"a_spokesman_is_no_she", "Transport Secretary Robin Walsh spoke first. A spokesman said the talks would go on. Britain, she said, would act alone if it had to.",
			[]claimView{
				{speaker: "A spokesman", mode: dipgraph.ModeIndirect, text: "talks would go on"},
				{speaker: "Robin Walsh", mode: dipgraph.ModeIndirect, text: "act alone"},
			}},
		{"she_is_the_latest_woman_the_names_list_knows", "Foreign Minister Retno Marsudi met the envoy on Monday. Fisheries Minister Susi Pudjiastuti went further. Speaking to reporters in Jakarta, she said the ramming was illegal.",
			[]claimView{{speaker: "Susi Pudjiastuti", mode: dipgraph.ModeIndirect, text: "ramming was illegal"}}},
		{"a_report_inside_a_bare_quote", "Colombian President Gustavo Petro phoned Foreign Minister Luis Gilberto Murillo late on Sunday.\n\n“I warned him that they would answer with tariffs,” Murillo recalled. “He told me: then we will answer too, and we will not back down.”",
			[]claimView{
				{speaker: "Luis Gilberto Murillo", mode: dipgraph.ModeDirect, text: "answer with tariffs", addressees: []string{"Gustavo Petro"}, event: dipgraph.EventCall},
				{speaker: "Luis Gilberto Murillo", mode: dipgraph.ModeDirect, text: "He told me", addressees: []string{"Gustavo Petro"}, event: dipgraph.EventCall},
				{speaker: "Gustavo Petro", mode: dipgraph.ModeIndirect, text: "not back down", addressees: []string{"Luis Gilberto Murillo"}, event: dipgraph.EventCall},
			}},
		{"called_someone_is_a_phone_call", "Colombian President Gustavo Petro called Foreign Minister Luis Gilberto Murillo on Sunday. Petro called the tariffs a mistake.",
			[]claimView{{speaker: "Gustavo Petro", mode: dipgraph.ModeIndirect, text: "the tariffs a mistake"}}},
		{"asking_in_a_call_to_act", "Presidential spokesman Kim Eui-kyeom said Trump had asked President Moon Jae-in in a phone call on Thursday to help restart the talks.",
			[]claimView{
				{speaker: "Kim Eui-kyeom", mode: dipgraph.ModeIndirect, text: "Trump had asked"},
				{speaker: "Donald Trump", mode: dipgraph.ModeIndirect, text: "restart", addressees: []string{"Moon Jae-in"}, event: dipgraph.EventCall},
			}},
		{"the_envoy_is_the_ambassador", "China’s ambassador, Jiang Zaidong, met Shehbaz Sharif. Lin Jian said the envoy had told the Pakistani leader that Beijing wanted results.",
			[]claimView{
				{speaker: "Lin Jian", mode: dipgraph.ModeIndirect, text: "envoy had told"},
				{speaker: "Jiang Zaidong", mode: dipgraph.ModeIndirect, text: "results", addressees: []string{"Shehbaz Sharif"}},
			}},
		{"adverb_before_the_verb", "Trudeau quietly told the House of Commons in September that there were credible allegations.",
			[]claimView{{speaker: "Justin Trudeau", mode: dipgraph.ModeIndirect, text: "credible"}}},
		{"lone_adverb_before_that", "The Chinese embassy replied overnight that the British side had cooked up the charges.",
			[]claimView{{speaker: "China", mode: dipgraph.ModeIndirect, text: "cooked up"}}},
		{"heard_from", "Li Qiang heard from Ursula von der Leyen, according to an EU official, that the inquiry would follow the evidence and that no conclusion had been reached.",
			[]claimView{
				{speaker: "Ursula von der Leyen", mode: dipgraph.ModeIndirect, text: "follow the evidence", addressees: []string{"Li Qiang"}},
				{speaker: "Ursula von der Leyen", mode: dipgraph.ModeIndirect, text: "no conclusion", addressees: []string{"Li Qiang"}},
			}},
		{"the_aged_leader", "Kenyan President William Ruto addressed the officers on Monday. “Some people have said this is not our fight,” the 57-year-old leader said.",
			[]claimView{{speaker: "William Ruto", mode: dipgraph.ModeDirect, text: "our fight"}}},
		{"his_hosts_are_the_dateline_state", "BEIJING — Secretary of State Antony Blinken met Chinese leaders on Monday. Blinken said he had made clear to his hosts that the United States did not support Taiwan independence.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "made clear", event: dipgraph.EventMeeting},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "Taiwan", addressees: []string{"China"}, event: dipgraph.EventMeeting},
			}},
		{"quote_then_source_quoted_speaker_as_saying", "Chinese Defence Minister Dong Jun spoke on Friday. “The Chinese side hopes the U.S. side will match its words with deeds,” the ministry quoted Dong as saying.",
			[]claimView{{speaker: "Dong Jun", mode: dipgraph.ModeDirect, text: "deeds"}}},
		{"said_after_their_talks_is_not_said_at_them", "Ukrainian Foreign Minister Dmytro Kuleba met NATO Secretary-General Jens Stoltenberg, who said after their talks that Russia had massed more troops than ever.",
			[]claimView{{speaker: "Jens Stoltenberg", mode: dipgraph.ModeIndirect, text: "massed"}}},
		{"his_host_is_of_the_hosting_state", "WASHINGTON — President Joe Biden welcomed Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol on Friday. Kishida said the region was going through a turbulent period. Yoon, in turn, told his host that the summit would be remembered.",
			[]claimView{
				{speaker: "Fumio Kishida", mode: dipgraph.ModeIndirect, text: "turbulent", addressees: []string{"Joe Biden"}, event: dipgraph.EventMeeting},
				{speaker: "Yoon Suk Yeol", mode: dipgraph.ModeIndirect, text: "remembered", addressees: []string{"Joe Biden"}},
			}},
		{"talks_closed_with_a_joint_statement_promising", "Colombia and Hamas closed their first round of talks on Monday with a joint statement promising relief for displaced families.",
			[]claimView{{speaker: "Colombia", mode: dipgraph.ModeIndirect, text: "relief", event: dipgraph.EventAnnouncement}}},
		{"the_statement_set_off_by_a_phrase_said", "Colombia and Hamas issued a joint statement on Monday. The statement, read out at the hotel, said the parties would begin work in Choco.",
			[]claimView{
				{speaker: "Colombia", mode: dipgraph.ModeIndirect, text: "begin work"},
				{speaker: "Hamas", mode: dipgraph.ModeIndirect, text: "begin work"},
			}},
		{"cabinet_secretary_in_apposition", "Japan’s top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said Tokyo looked forward to talks.",
			[]claimView{{speaker: "Yoshimasa Hayashi", mode: dipgraph.ModeIndirect, text: "looked forward"}}},
		{"any_portfolio_before_ministry", "Seoul’s unification ministry said Pyongyang had used the agreement only to buy time.",
			[]claimView{{speaker: "South Korea", mode: dipgraph.ModeIndirect, text: "buy time"}}},
		{"a_family_speaks_as_a_group", "Australian writer Yang Hengjun was sentenced on Monday. Yang Hengjun’s family, who live in Sydney, said the verdict was unjust. The family said he was innocent. Penny Wong expressed her condolences to the families of the victims.",
			[]claimView{
				{speaker: "Yang Hengjun’s family", mode: dipgraph.ModeIndirect, text: "unjust"},
				{speaker: "Yang Hengjun’s family", mode: dipgraph.ModeIndirect, text: "innocent"},
				{speaker: "Penny Wong", mode: dipgraph.ModeIndirect, text: "condolences"},
			}},
		{"told_visiting_chancellor", "German Chancellor Olaf Scholz arrived in Beijing. Xi Jinping told visiting Chancellor Olaf Scholz that China would not supply arms. Xi told the visiting German chancellor that trade would grow.",
			[]claimView{
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "supply arms", addressees: []string{"Olaf Scholz"}},
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "trade", addressees: []string{"Olaf Scholz"}},
			}},
		{"the_former_prime_minister_holds_another_office", "European Council President Charles Michel spoke on Monday. The former Belgian prime minister said the window was open.",
			[]claimView{{speaker: "Charles Michel", mode: dipgraph.ModeIndirect, text: "window"}}},
		{"was_quoted_by_an_agency_as_saying", "Lavrov was cited by TASS as saying that Moscow was ready for talks. “We will wait,” Lavrov was quoted by the state news agency RIA as saying.",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "ready for talks"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "wait"},
			}},
		{"the_ministry_of_the_state_that_spoke_last", "BEIJING/BRUSSELS, Oct 5 — China said on Saturday it would hit back. “We have lodged an objection,” the Ministry of Commerce said.",
			[]claimView{
				{speaker: "China", mode: dipgraph.ModeIndirect, text: "hit back"},
				{speaker: "China", mode: dipgraph.ModeDirect, text: "objection"},
			}},
		{"the_two_eu_leaders", "European Council President Charles Michel and European Commission President Ursula von der Leyen met Chinese President Xi Jinping and Premier Li Qiang on Thursday. Xi told the two EU leaders that China and Europe should be partners.",
			[]claimView{{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "partners", addressees: []string{"Charles Michel", "Ursula von der Leyen"}, event: dipgraph.EventMeeting}}},
		{"his_guests_are_the_visitors_named_together", "President Joe Biden welcomed Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol to Camp David on Friday. Biden told his guests that the summit was the beginning of a habit.",
			[]claimView{{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "habit", addressees: []string{"Fumio Kishida", "Yoon Suk Yeol"}, event: dipgraph.EventMeeting}}},
		{"said_nothing_is_no_claim", "The Chinese embassy said nothing on Tuesday. Peskov said little about the talks. Peskov said nothing would change.",
			[]claimView{{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "nothing would change"}}},
		{"pledged_to_each_other", "Joe Biden and Xi Jinping pledged to each other that neither country would use force.",
			[]claimView{
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "force", addressees: []string{"Joe Biden"}},
				{speaker: "Joe Biden", mode: dipgraph.ModeIndirect, text: "force", addressees: []string{"Xi Jinping"}},
			}},
		{"heard_from_a_counterpart_named_in_apposition", "Wang Yi said he had heard from his German counterpart, Annalena Baerbock, on the margins of the talks that no step would be taken.",
			[]claimView{
				{speaker: "Wang Yi", mode: dipgraph.ModeIndirect, text: "heard from"},
				{speaker: "Annalena Baerbock", mode: dipgraph.ModeIndirect, text: "no step", addressees: []string{"Wang Yi"}, event: dipgraph.EventMeeting},
			}},
		{"his_host_as_a_subject", "Isaac Herzog visited Recep Tayyip Erdogan in Ankara. His host had assured him that Turkey would not allow its territory to be used.",
			[]claimView{{speaker: "Recep Tayyip Erdogan", mode: dipgraph.ModeIndirect, text: "territory", addressees: []string{"Isaac Herzog"}}}},
		{"cautioned_and_reassured_a_hearer", "Blinken cautioned Kuleba against any escalation. Blinken reassured Kuleba that aid would continue.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "escalation", addressees: []string{"Dmytro Kuleba"}},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "aid", addressees: []string{"Dmytro Kuleba"}},
			}},
		{"the_writers_letter_to_a_hearer_said", "Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba are close allies. Blinken’s letter to Kuleba said that aid would continue.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "aid", addressees: []string{"Dmytro Kuleba"}}}},
		{"called_him_to_say_that", "Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba are close allies. Blinken telephoned Kuleba on Monday to assure him that aid would continue and that air defence would follow. Blinken wrote to Kuleba to say that the vote was near. Blinken called Kuleba a friend.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "aid would continue", addressees: []string{"Dmytro Kuleba"}},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "air defence", addressees: []string{"Dmytro Kuleba"}},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "vote", addressees: []string{"Dmytro Kuleba"}},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "friend"},
			}},
		{"conveyed_a_named_possessors_message_to", "Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba are close allies. Blinken conveyed Biden’s condolences to Kuleba.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "condolences", addressees: []string{"Dmytro Kuleba"}}}},
		{"sent_a_message_to_a_hearer_saying", "Secretary of State Antony Blinken and Ukrainian Foreign Minister Dmytro Kuleba are close allies. Blinken sent a message to Kuleba saying that aid would continue.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "aid", addressees: []string{"Dmytro Kuleba"}}}},
		{"told_an_outlet_after_a_meeting", "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi on Monday. Lavrov told The Associated Press that the talks had failed.",
			[]claimView{{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "failed"}}},
		{"told_state_television_without_that", "Russian Foreign Minister Sergei Lavrov spoke on Monday. Lavrov later told state television the talks had failed.",
			[]claimView{{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "failed"}}},
		{"a_speaker_set_off_by_dashes", "MOSCOW — Lavrov — who led the delegation — said the talks had failed.",
			[]claimView{{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "failed"}}},
		{"raised_concerns_about", "Antony Blinken raised concerns about China’s support for Russia.",
			[]claimView{{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "support for Russia"}}},
		{"reported_or_cited_as_saying", "State media reported Xi Jinping as saying that Taiwan was a red line. “We will not yield,” Xinhua cited Xi as saying.",
			[]claimView{
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "red line"},
				{speaker: "Xi Jinping", mode: dipgraph.ModeDirect, text: "yield"},
			}},
		{"a_call_between_the_two_countries_has_two_parties", "U.S. Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergei Lavrov on Saturday, in the first call between the two countries’ top diplomats since 2022, the State Department said. Rubio stressed that any settlement must be durable.",
			[]claimView{
				{speaker: "United States", mode: dipgraph.ModeIndirect, text: "spoke by phone"},
				{speaker: "Marco Rubio", mode: dipgraph.ModeIndirect, text: "durable", addressees: []string{"Sergey Lavrov"}, event: dipgraph.EventCall},
			}},
		{"an_earlier_call_told_later_ends_the_scene", "ATHENS — Prime Minister Kyriakos Mitsotakis spoke by telephone this afternoon with President Recep Tayyip Erdoğan.\n\nEarlier in the day, Mitsotakis had spoken with European Council President Charles Michel. Mitsotakis said Greece was ready to serve as a hub.",
			[]claimView{{speaker: "Kyriakos Mitsotakis", mode: dipgraph.ModeIndirect, text: "hub"}}},
		{"an_act_joined_to_the_words_is_not_said", "Marco Rubio reaffirmed the commitment to ending the war and discussed the possibility of restoring embassy operations. Lavrov welcomed the deal and praised Qatar’s role.",
			[]claimView{
				{speaker: "Marco Rubio", mode: dipgraph.ModeIndirect, text: "commitment"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "deal"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "Qatar"},
			}},
		{"a_question_clause_says_nothing", "Asked whether he regretted his earlier remarks, Macron said he did not. Pressed on whether he had asked Xi for commitments, Prabowo smiled and said only that Xi had promised him a long list of investments.",
			[]claimView{
				{speaker: "Emmanuel Macron", mode: dipgraph.ModeIndirect, text: "did not"},
				{speaker: "Prabowo Subianto", mode: dipgraph.ModeIndirect, text: "promised him"},
				{speaker: "Xi Jinping", mode: dipgraph.ModeIndirect, text: "long list", addressees: []string{"Prabowo Subianto"}},
			}},
		{"a_short_quote_goes_on_in_the_paragraph", "“We will not wait,” Lavrov added. “The talks have failed.”",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "wait"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeDirect, text: "failed"},
			}},
		{"own_state_past_a_phrase_is_no_nested_report", "Kremlin spokesman Dmitry Peskov told reporters on Monday that Russia welcomed any contacts that helped.",
			[]claimView{{speaker: "Dmitry Peskov", mode: dipgraph.ModeIndirect, text: "Russia welcomed"}}},
		{"turning_to_the_press_ends_the_meeting", "LUANDA — Congolese Foreign Minister Christophe Lutundula met Rwandan Foreign Minister Vincent Biruta.\n\nSpeaking to reporters at the end of the day, Lutundula was blunt. “We did not come to Luanda to exchange pleasantries,” he said.",
			[]claimView{{speaker: "Christophe Lutundula", mode: dipgraph.ModeDirect, text: "pleasantries"}}},
		{"wrote_in_a_letter_addressed_to", "Modi wrote in a letter addressed to Putin that India wanted peace.",
			[]claimView{{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "peace", addressees: []string{"Vladimir Putin"}}}},
		{"a_people_is_its_state", "Modi told the Americans that India wanted peace. The Israelis said the talks would continue. Modi urged the North Koreans to talk.",
			[]claimView{
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "peace", addressees: []string{"United States"}},
				{speaker: "Israel", mode: dipgraph.ModeIndirect, text: "continue"},
				{speaker: "Narendra Modi", mode: dipgraph.ModeIndirect, text: "talk", addressees: []string{"North Korea"}},
			}},
		{"speaking_elsewhere_leaves_the_meeting", "MOSCOW, March 3 — Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi.\n\nSpeaking at the United Nations, Lavrov said the talks had failed. Speaking alongside Wang, Lavrov said the talks had been useful.",
			[]claimView{
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "failed"},
				{speaker: "Sergey Lavrov", mode: dipgraph.ModeIndirect, text: "useful"},
			}},
		{"concern_raised_with_or_expressed_to", "Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi are rivals. Blinken raised concerns with Wang about China’s support for Russia. Blinken expressed concern to Wang about the drills.",
			[]claimView{
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "support for Russia", addressees: []string{"Wang Yi"}},
				{speaker: "Antony Blinken", mode: dipgraph.ModeIndirect, text: "drills", addressees: []string{"Wang Yi"}},
			}},
		{"the_ministry_named_last", "India’s Ministry of External Affairs said it had no confidence that the Canadian government would keep its diplomats safe. The ministry said it had summoned the envoy.",
			[]claimView{
				{speaker: "India", mode: dipgraph.ModeIndirect, text: "no confidence"},
				{speaker: "India", mode: dipgraph.ModeIndirect, text: "summoned"},
			}},
		{"a_ministry_in_a_title_is_not_named", "ROME — Italy’s Foreign Ministry protested on Monday. Russian Foreign Ministry spokeswoman Maria Zakharova called the speech an insult. The ministry said the remarks were unacceptable.",
			[]claimView{
				{speaker: "Maria Zakharova", mode: dipgraph.ModeIndirect, text: "insult"},
				{speaker: "Italy", mode: dipgraph.ModeIndirect, text: "unacceptable"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(head+tt.body+"\n"), Options{Published: "2022-02-15"})
			if err != nil {
				t.Fatal(err)
			}
			got := viewClaims(t, doc)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d claims %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.speaker != w.speaker || g.mode != w.mode || !strings.Contains(g.text, w.text) {
					t.Errorf("claim %d: got %s %s %q, want %s %s containing %q", i, g.speaker, g.mode, g.text, w.speaker, w.mode, w.text)
				}
				if strings.Join(g.addressees, ",") != strings.Join(w.addressees, ",") {
					t.Errorf("claim %d addressees: got %v, want %v", i, g.addressees, w.addressees)
				}
				if g.event != w.event {
					t.Errorf("claim %d event: got %q, want %q", i, g.event, w.event)
				}
			}
		})
	}
}

func TestExtract_dates(t *testing.T) {
	tests := []struct {
		name, body string
		want       string // date of the last event, "" for none
	}{
		{"weekday_past", "Biden spoke with Putin on Saturday.", "2022-02-12"},
		{"a_statement_after_the_talks_has_their_day", "Lavrov held talks with Vieira on Monday.\n\nThe visit was his first to Latin America in a year.\n\nIt drew criticism in Washington.\n\nA statement issued by Brazil’s foreign ministry after the talks said cooperation would grow.", "2022-02-14"},
		{"the_leads_day_goes_on_when_no_other_is_named", "Putin met Scholz in Moscow on Tuesday.\n\nThe visit was the chancellor’s first to Russia.\n\nIt drew criticism in Kyiv.\n\nThe two leaders later held a joint news conference.", "2022-02-15"},
		{"a_relative_clauses_day_is_another_events", "Lavrov, who arrived in Beijing on Sunday, held talks with Wang Yi.", ""},
		{"weekday_same_day", "Putin met Scholz on Tuesday.", "2022-02-15"},
		{"which_after_the_events_phrase_is_its_own", "France requested an emergency meeting of the UN Security Council, which diplomats said would take place on Thursday.", "2022-02-17"},
		{"state_radio_is_no_verb", "President Faustin-Archange Touadéra gave an interview with state radio on Saturday.", "2022-02-12"},
		{"press_secretary_is_no_verb", "At her first briefing as press secretary, held on Monday afternoon, Karoline Leavitt said Colombia had agreed.", "2022-02-14"},
		{"since_taking_office_in_a_month_is_a_bound", "Meloni, on her first official visit to Africa since taking office in October, arrived in Algiers on Sunday afternoon.", "2022-02-13"},
		{"the_datelines_day_gives_way_to_the_sentences", "DOHA, Feb. 10 — Two days of indirect talks between the United States and Iran in the Qatari capital ended late on Wednesday without a breakthrough.", "2022-02-08"},
		{"that_year_is_the_year_just_named", "Lamamra returned as foreign minister in July 2019. On Aug. 24 that year, he met the Moroccan envoy.", "2019-08-24"},
		{"a_summit_that_could_be_held_has_no_day", "TOKYO, Feb. 15 — Japanese and North Korean officials met secretly in Ulaanbaatar to explore whether Prime Minister Fumio Kishida could hold a summit with Kim Jong Un.", ""},
		{"a_day_after_the_parties_is_the_talks_day", "U.S. Defense Secretary Pete Hegseth flies to Tokyo on Saturday and is due to hold talks with Japanese Defense Minister Gen Nakatani on Sunday.", "2022-02-20"},
		{"an_earlier_day_in_passing_does_not_end_the_leads_day", "European leaders pledged on Tuesday to stand by Ukraine at their summit in Granada.\n\nAliyev pulled out of the talks late on Monday.\n\nTurkish President Recep Tayyip Erdogan also stayed away.\n\nAfter meeting Pashinyan for an hour, Macron and Scholz issued a joint statement with the Armenian premier.", "2022-02-15"},
		{"since_taking_office_yesterday_is_a_bound", "Scholz spoke to Macron this morning. It was his first call with a foreign leader since taking office yesterday.", "2022-02-15"},
		{"the_previous_day_counts_from_the_sentences_day", "Kristersson said on Saturday that Orbán had assured him during their talks in Budapest the previous day that Hungary would ratify.", "2022-02-11"},
		{"earlier_in_the_day_is_the_sentences_day", "Biden said on Friday that the two men had discussed China during their meeting earlier in the day.", "2022-02-11"},

		{"which_began_on_a_day_dates_the_event", "The minister today concluded a three-day official visit to Indonesia, which began on Monday at the invitation of his counterpart.", "2022-02-14"},
		{"was_set_on_a_day_is_past", "The deadline was set on Wednesday at a summit in Luanda.", "2022-02-09"},
		{"a_scheduled_trip_in_the_present_is_to_come", "Biden, who flies to Saudi Arabia on Friday for talks with the crown prince, was pressed on human rights.", "2022-02-18"},
		{"a_present_progressive_is_to_come", "EU leaders are staying on in Granada on Friday for an informal summit.", "2022-02-18"},
		{"an_adjective_in_ed_is_no_past_clause", "Kenyatta said he would reconvene talks with dozens of armed groups in Nairobi on Monday.", "2022-02-21"},
		{"a_range_of_days_is_its_first", "Jaishankar is paying an official visit to Japan from 6 to 8 March 2022.", "2022-03-06"},
		{"a_year_before_a_noun_fixes_no_day", "North Korea said on Monday it would scrap the military pact. The 2018 deal, signed in Pyongyang during a summit between Kim Jong Un and Moon Jae-in, created no-fly zones.", ""},
		{"an_event_to_come_takes_no_day_from_its_telling", "An Indian official said on Thursday the pullback at Depsang would begin within days.", ""},
		{"a_held_participle_gives_the_events_day", "KCNA said on Tuesday that the first round of talks, held at the party headquarters on Monday afternoon, had been sincere.", "2022-02-14"},
		{"month_day", "Putin met Macron on Feb. 7.", "2022-02-07"},
		{"yesterday", "Scholz met Putin yesterday.", "2022-02-14"},
		{"this_weekend_has_no_day", "Biden spoke with Putin this weekend.", ""},
		{"recent_has_no_day", "Biden held a call with Putin recently.", ""},
		{"an_offer_named_near_a_day_stays_undated", "Blinken met Lavrov on Monday. Lavrov said Moscow was studying the American proposal.", ""},
		{"a_past_act_is_not_dated_after_the_article", "Due to meet Abbas in Ramallah on Friday, Blinken flew to Israel.", ""},
		{"another_summit_is_to_come", "Putin met Zelensky in Paris on Monday. They asked their advisers to prepare another summit.", ""},
		{"the_rest_of_the_week_is_to_come", "Zelensky’s programme for the rest of the week includes a Security Council session on Wednesday.", "2022-02-16"},
		{"negotiations_to_continue_take_no_far_day", "Putin said on Tuesday that Moscow was prepared to continue negotiations with the US and NATO.", ""},
		{"a_ceasefire_urged_in_a_call_has_the_calls_day", "Blinken spoke on Monday with General Abdel Fattah al-Burhan. He urged General al-Burhan to agree to an immediate 24-hour ceasefire.", "2022-02-14"},
		{"an_agreement_in_a_call_under_way_has_the_calls_day", "Estonian Defence Minister Hanno Pevkur spoke on Monday with Italian Defence Minister Guido Crosetto. The two ministers agreed to speak again.", "2022-02-14"},
		{"a_day_after_counts_from_the_sentences_first_day", "The call on Wednesday, the first since their clash on Feb. 3, came a day after Trump spoke to Putin.", "2022-02-08"},
		{"call_for_is_an_appeal", "Blinken met Lavrov on Monday. Guterres renewed his call for a ceasefire.", ""}, // the last event is the ceasefire asked for, undated; no call
		{"spoke_by_phone_late_with", "Johnson spoke by phone on Tuesday evening with Varadkar.", "2022-02-15"},
		{"this_evening_is_the_day", "Johnson spoke to Varadkar this evening.", "2022-02-15"},
		{"a_year_fixes_no_day", "On Monday they revived an accord signed in 2001.", ""},
		{"a_day_earlier_counts_from_the_last_day", "The talks opened on Feb. 10. Putin had met Macron a day earlier.", "2022-02-09"},
		{"future_marker_far_before_the_day", "The two will hold the annual leaders’ meeting in Beijing on Thursday.", "2022-02-17"},
		{"since_a_year_is_a_bound", "Erdogan is due in Athens on Thursday for his first visit since 2017.", "2022-02-17"},
		{"a_season_fixes_no_day", "On Monday Putin said the two leaders would hold a summit in the autumn.", ""},
		{"a_possessive_day_belongs_to_its_noun", "Kishida hoped to build on Thursday's agreements at a three-way meeting later this year.", ""},
		{"earlier_on_a_day_is_that_day", "In a statement issued earlier on Monday, the ministry said the talks would go on.", "2022-02-14"},
		{"future_far_before_the_day", "Peskov said Putin would speak at the plenary session of the Valdai Discussion Club in Sochi on Thursday.", "2022-02-17"},
		{"past_participle_between_modal_and_day", "Carney told Trump that Canada would answer the tariffs on cars announced in Washington on Monday with a summit.", "2022-02-14"},
		{"a_day_next_month_is_this_year", "Macron and Scholz agreed to hold talks after the March 20 election.", "2022-03-20"},
		{"a_day_after_counts_back_from_the_sentence_day", "Leyva said on Friday, a day after he met Faría in San Cristóbal, that the border would reopen.", "2022-02-10"},
		{"days_after_an_event_noun", "Jilani received a call today, three days after Iranian missile strikes near Panjgur.", "2022-02-12"},
		{"a_day_inside_what_was_said_does_not_date_where_it_was_said", "Venezuela is ready to reopen the border, Leyva said on Friday.\n\nFaría had told him on Thursday that Maduro wanted peace, Leyva said at a news conference.", "2022-02-11"},
		{"a_day_inside_what_was_said_does_not_date_what_follows", "Iran launched drones at Israel on Saturday.\n\nAmir-Abdollahian said the strike on its embassy in Damascus on Feb. 1 had been answered. The foreign ministry held a briefing.", "2022-02-12"},
		{"later_that_day_is_the_day_last_named", "Jilani spoke with Fidan on Friday.\n\nThe two discussed the strikes.\n\nPakistan wants calm.\n\nLater that day Jilani received a call from Lavrov.", "2022-02-11"},
		{"a_present_tense_opening_is_to_come", "Modi praised the preparations for a climate summit, which opens in Dubai on November 30.", "2022-11-30"},
		{"a_day_in_a_relative_clause_is_another_events", "India and the UAE signed a deal on Saturday.\n\nPM Modi, who flew in from Paris, where he was the guest at the parade on Friday, was received at the airport. Modi held talks with the crown prince.", "2022-02-12"},
		{"a_dateline_with_a_country", "BELÉM, Brazil, Feb. 15 — Petro flew to Belém on Monday.\n\nThe summit was tense.", "2022-02-14"},
		{"a_statement_issued_after_the_talks_has_their_day", "Blinken met Wang Yi on Thursday.\n\nThe channels would reopen in stages, Blinken said.\n\nBeijing wants the tariffs lifted.\n\nIn a joint statement issued after the talks, the two ministers said relations would improve.", "2022-02-10"},
		{"a_summit_that_ended_is_dated_on_its_first_day", "The two-day summit in Hanoi ended abruptly on Monday.", "2022-02-13"},
		{"talks_reported_on_their_last_day", "Xi told Blinken on Monday that they had made progress in two days of talks in Beijing.", "2022-02-13"},
		{"a_visit_dated_by_its_arrival", "Modi arrived in Paris on Monday for a two-day visit.", "2022-02-14"},
		{"a_lead_day_past_the_dateline_dates_what_follows", "KYIV, Feb. 15 – Ukraine and Poland signed a grain deal on Monday.\n\nThe meeting in Lublin lasted two hours.", "2022-02-14"},
		{"a_day_named_after_another_speakers_verb_is_not_the_events", "The Kremlin said on Tuesday that it had seen no evidence.\n\nPeskov told reporters during a briefing that Moscow had received nothing since Merkel said on Monday that Navalny was poisoned.", "2022-02-15"},
		{"a_day_after_a_clause_dates_that_clause_the_day_before", "Poland and Lithuania signed a border deal on Tuesday.\n\nThe measure took effect at midnight, a day after the Seimas held a special session.", "2022-02-14"},
		{"a_day_after_a_named_day", "Biden met Putin a day after Feb. 10.", "2022-02-11"},
		{"a_bound_does_not_date_what_follows", "Finland will close the border from midnight on Thursday, Orpo said on Tuesday.\n\nThe government met in an extra session.", "2022-02-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte("Headline\n\n"+tt.body+"\n"), Options{Published: "2022-02-15"})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Events) == 0 {
				t.Fatalf("got no event")
			}
			last := doc.Events[len(doc.Events)-1]
			got := ""
			if last.Date != nil {
				got = string(*last.Date)
			}
			if got != tt.want {
				t.Errorf("got date %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtract_eventTypes checks the type of the first event a text names.
func TestExtract_eventTypes(t *testing.T) {
	tests := []struct {
		name, body string
		want       dipgraph.EventType
	}{
		{"spoke_with_a_leader_is_a_call", "German Chancellor Olaf Scholz spoke to Putin on Sunday.", dipgraph.EventCall},
		{"told_reporters_is_a_media_session", "Kremlin spokesman Dmitry Peskov told reporters on Monday that the talks would go on.", dipgraph.EventPressConference},
		{"travel_to_is_a_visit", "Kremlin spokesman Dmitry Peskov said Putin would travel to Bishkek next week.", dipgraph.EventVisit},
		{"a_summons_is_a_meeting", "Zimbabwe’s Foreign Minister Sibusiso Moyo summoned U.S. Ambassador Brian Nichols on Monday.", dipgraph.EventMeeting},
		{"spoke_to_reporters_is_a_media_session", "German Chancellor Olaf Scholz spoke to reporters on Sunday.", dipgraph.EventPressConference},
		{"spoke_to_an_outlet_is_an_interview", "German Chancellor Olaf Scholz spoke to CNN on Sunday.", dipgraph.EventPressConference},
		{"daily_conference_call_is_a_briefing", "Dmitry Peskov said on his daily conference call that the Kremlin had no comment.", dipgraph.EventPressConference},
		{"conference_call_with_reporters_is_a_briefing", "A senior official told reporters on a conference call that the talks would go on.", dipgraph.EventPressConference},
		{"daily_call_with_reporters_is_a_briefing", "On his daily call with reporters, Kremlin spokesman Dmitry Peskov says Russia is not a party to this crisis.", dipgraph.EventPressConference},
		{"a_media_interaction_is_a_media_session", "At a media interaction in Moscow on Monday, Foreign Minister Sergei Lavrov said the two sides had agreed to keep working together.", dipgraph.EventPressConference},
		{"had_spoken_with_is_a_call", "Sikorski had spoken with Katz on Tuesday.", dipgraph.EventCall},
		{"spoke_by_telephone_before_a_day_is_a_call", "Polish Foreign Minister Radosław Sikorski spoke by telephone on Tuesday with his Israeli counterpart.", dipgraph.EventCall},
		{"met_reporters_is_a_media_session", "Maldivian Foreign Minister Abdulla Nazim Ibrahim met reporters in Male on Sunday.", dipgraph.EventPressConference},
		{"conference_call_of_leaders_is_a_call", "Scholz held a conference call with Macron and Meloni on Sunday.", dipgraph.EventCall},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte("Headline\n\n"+tt.body+"\n"), Options{Published: "2022-02-15"})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Events) == 0 {
				t.Fatalf("got no event")
			}
			if got := doc.Events[0].Type; got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestExtract_participants checks who takes part in the first event of a
// text when no phrase near its trigger names them.
func TestExtract_participants(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"coordinated_subject", "Anthony Albanese and Chinese Premier Li Qiang announced new agreements after talks at Parliament House on Monday.",
			[]string{"Anthony Albanese", "Li Qiang"}},
		{"subject_after_a_hyphen_dateline", "CANBERRA, June 17 (AAP) - Anthony Albanese and Chinese Premier Li Qiang announced new agreements after talks at Parliament House on Monday.",
			[]string{"Anthony Albanese", "Li Qiang"}},
		{"every_actor_a_plural_mention_names", "President Joe Biden welcomed the leaders of Japan and South Korea to Camp David on Friday.",
			[]string{"Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte("Headline\n\n"+tt.body+"\n"), Options{Published: "2024-06-17"})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Events) == 0 {
				t.Fatalf("got no event")
			}
			names := map[string]string{}
			for _, a := range doc.Actors {
				names[a.ID] = a.Name
			}
			var got []string
			for _, p := range doc.Events[0].Participants {
				got = append(got, names[p])
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtract_portfolioIsNoName checks that a portfolio ending in "of"
// ("the Minister for Foreign Affairs of the Republic of Indonesia") makes
// no person of its last word.
func TestExtract_portfolioIsNoName(t *testing.T) {
	body := "Official Visit of the Minister of Foreign Affairs to Indonesia\n\nThe Minister of Foreign Affairs of Malaysia, Zambry Abdul Kadir, met his counterpart, the Minister for Foreign Affairs of the Republic of Indonesia, Retno L.P. Marsudi.\n"
	doc, err := Extract([]byte(body), Options{Published: "2023-11-08"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range doc.Actors {
		if a.Name == "Affairs" {
			t.Errorf("got an actor %q (aliases %q), want none", a.Name, a.Aliases)
		}
	}
}

// TestExtract_unnamedSourceCore checks that an unnamed source described at
// length ("A senior Australian official travelling with the delegation")
// is also known by the description's core, as an annotator names it.
func TestExtract_unnamedSourceCore(t *testing.T) {
	body := "Headline\n\nA senior Australian official travelling with the delegation said the case had been raised.\n"
	doc, err := Extract([]byte(body), Options{Published: "2023-11-06"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range doc.Actors {
		if a.Name == "A senior Australian official travelling with the delegation" {
			if !slices.Contains(a.Aliases, "A senior Australian official") {
				t.Errorf("got aliases %q, want them to hold %q", a.Aliases, "A senior Australian official")
			}
			return
		}
	}
	t.Errorf("got no actor named for the source among %d actors", len(doc.Actors))
}

// TestExtract_officeHolders resolves an office named without its holder to
// whoever held it on the publication date, as the annotation guide says.
// TestExtract_officeAffiliation checks that a person data/offices.tsv
// knows as an office holder belongs to that state when the text names no
// state with the title.
func TestExtract_officeAffiliation(t *testing.T) {
	const body = "Headline\n\nIn Mexico City, President Andrés Manuel López Obrador said his government had acted by the book.\n"
	doc, err := Extract([]byte(body), Options{Published: "2022-12-20"})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range doc.Actors {
		names[a.ID] = a.Name
	}
	for _, a := range doc.Actors {
		if a.Name != "Andrés Manuel López Obrador" {
			continue
		}
		if a.Affiliation == nil || names[*a.Affiliation] != "Mexico" {
			got := ""
			if a.Affiliation != nil {
				got = names[*a.Affiliation]
			}
			t.Errorf("affiliation: got %q, want %q", got, "Mexico")
		}
		return
	}
	t.Errorf("no actor Andrés Manuel López Obrador in %v", names)
}

func TestExtract_officeHolders(t *testing.T) {
	const japan = "Headline\n\nThe Japanese prime minister, speaking to reporters, said the talks had been useful.\n"
	const argentina = "Headline\n\nThe Argentine president, speaking to reporters, said the talks had been useful.\n"
	tests := []struct {
		body      string
		published dipgraph.Date
		want      string
	}{
		{japan, "2023-05-01", "Fumio Kishida"},
		{japan, "2025-01-10", "Shigeru Ishiba"},
		{argentina, "2021-06-01", "Alberto Fernández"},
		{argentina, "2024-03-01", "Javier Milei"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			doc, err := Extract([]byte(tt.body), Options{Published: tt.published})
			if err != nil {
				t.Fatal(err)
			}
			if got := viewClaims(t, doc); len(got) != 1 || got[0].speaker != tt.want {
				t.Errorf("got %+v, want one claim by %s", got, tt.want)
			}
		})
	}
}

// TestExtract_seed holds the loader to the seed's gold annotation: every
// required statement found with the right speaker, addressees and events
// right.
func TestExtract_seed(t *testing.T) {
	text := shared.SeedText(t)
	g, err := eval.ReadGold(shared.SeedGoldPath(t))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(text, Options{Published: g.Published, Source: g.Source})
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.Score(g, text, doc)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"statement recall", metric(r.Statements.Recall()), 1},
		{"attribution recall", metric(r.Attribution.Recall()), 1},
		// The guide makes each level of a nested report a statement; the
		// seed's gold annotates only the inner one, so the outer "Putin
		// said the Western powers told him …" counts as one false positive.
		{"attribution precision", metric(r.Attribution.Precision()), 0.93},
		{"addressee F1", metric(r.Addressees.F1()), 1},
		{"event recall", metric(r.Events.Recall()), 1},
		{"event type accuracy", metric(r.EventType.Value()), 1},
	}
	for _, c := range checks {
		if c.got < c.want {
			t.Errorf("%s: got %.3f, want %.3f", c.name, c.got, c.want)
		}
	}
	if t.Failed() {
		var b strings.Builder
		r.WriteErrors(&b)
		t.Log(b.String())
	}
}

// TestExtract_spans checks on every text of the collection that spans lie
// inside the input on UTF-8 boundaries and that references hold together.
func TestExtract_spans(t *testing.T) {
	for _, path := range corpusTexts(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(text, Options{Published: "2023-06-01"})
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, text, doc)
		})
	}
}

func checkDocument(t *testing.T, text []byte, doc *dipgraph.Document) {
	t.Helper()
	if err := doc.Validate(); err != nil {
		t.Fatalf("invalid document: %v", err)
	}
	check := func(what string, s dipgraph.Span) {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("%s span %v outside the %d-byte input", what, s, len(text))
		}
		if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			t.Fatalf("%s span %v splits a character", what, s)
		}
	}
	for _, c := range doc.Claims {
		check("claim", c.Span)
	}
	for _, e := range doc.Events {
		check("event", e.Span)
	}
}

func corpusTexts(t testing.TB) []string {
	t.Helper()
	m, err := filepath.Glob("../testdata/corpus/*/*.txt")
	if err != nil || len(m) == 0 {
		t.Fatalf("no corpus texts: %v", err)
	}
	return m
}

// metric returns a metric's value, 0 when it is undefined.
func metric(v float64, ok bool) float64 {
	if !ok {
		return 0
	}
	return v
}

func TestExtract_headlineShortName(t *testing.T) {
	// a person first named by the family name alone in the headline is one
	// actor with the full name the body gives
	tests := []struct {
		name, text, family, want string
	}{
		{"known_person", "Albanese presses Li on Yang Hengjun\n\nCANBERRA, June 17 (AAP) - Chinese Premier Li Qiang arrived on Monday. Li said the relationship had improved.\n", "Li", "Li Qiang"},
		{"unknown_person_in_a_list", "Ali and Maduro renounce force over Essequibo\n\nCaracas says Ali heard that Venezuela will never accept the court\n\nKINGSTOWN, Dec 14 - Irfaan Ali and Nicolás Maduro pledged on Thursday that neither country would use force.\n", "Ali", "Irfaan Ali"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract([]byte(tt.text), Options{Published: "2024-06-17"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range doc.Actors {
				if strings.HasSuffix(a.Name, tt.family) || strings.HasPrefix(a.Name, tt.family) {
					got = append(got, a.Name)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got actors %q, want one, %s", got, tt.want)
			}
		})
	}
}

func TestTailAttribution(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the words before the closing attribution, "" for none
	}{
		{"the_statement_said", "Szejna told Livne that his remarks were unacceptable, the statement said.", "Szejna told Livne that his remarks were unacceptable"},
		{"the_readout_added", "The two sides would meet again, the readout added.", "The two sides would meet again"},
		{"a_named_source_is_an_attribution_of_its_own", "His remarks were unacceptable, Tusk said.", ""},
		{"no_attribution", "The talks ended on Friday.", ""},
		{"the_readout_said_adding", "Meloni thanked Rama for his courage, the readout said, adding that the two would speak again.", "Meloni thanked Rama for his courage"},
		{"his_office_said", "Erdogan stressed the importance of the deal during the call, his office said.", "Erdogan stressed the importance of the deal during the call"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text), nil)
			got := ""
			if k := tailAttribution(toks); k >= 0 {
				got = spanText(toks[:k])
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSkipDatePhrase(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the words after the date phrase that opens text
	}{
		{"weekday", "on Friday that talks would resume", "that talks would resume"},
		{"a_day_later", "a day later that it was evacuating", "that it was evacuating"},
		{"two_hours_later", "two hours later that the flights would go", "that the flights would go"},
		{"days_later", "days later that nothing had changed", "that nothing had changed"},
		{"no_date", "that a day later the flights would go", "that a day later the flights would go"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text), nil)
			if got := spanText(toks[skipDatePhrase(toks, 0):]); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
