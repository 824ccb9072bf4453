// Relation frames: verbs (active, passive, infinitive complements), nouns with
// prepositions, pairs, stances, speakers; negation and modality.
#include <gtest/gtest.h>

#include "extraction_test_util.h"

namespace irkg::test {
namespace {

using Pairs = std::set<std::string>;
using Triples = std::set<std::string>;

const Claim* find_claim(const std::vector<Claim>& claims, const std::string& relation) {
  for (const Claim& c : claims)
    if (c.relation == relation) return &c;
  return nullptr;
}

TEST(Relations, ActiveVerbSubjectAndObject) {
  const auto claims = claims_of("Canada sanctioned Belarus after the disputed election.");
  const Claim* c = find_claim(claims, "sanction");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->subject.id, "CAN");
  EXPECT_EQ(c->object.id, "BLR");
  EXPECT_EQ(c->polarity, -1);
  EXPECT_EQ(c->category, "SANCTION");
  EXPECT_LT(c->weight, 0);
}

TEST(Relations, InflectedFormsOfOneDictionaryEntry) {
  for (const char* text : {"Japan courts Russia.", "Japan courted Russia.", "Japan is courting Russia."}) {
    const auto claims = claims_of(text);
    ASSERT_EQ(claims.size(), 1u) << text;
    EXPECT_EQ(claims.front().relation, "court") << text;
    EXPECT_EQ(claims.front().subject.id, "JPN") << text;
  }
}

TEST(Relations, PassiveSwapsTheActors) {
  const auto claims = claims_of("Venezuela was condemned by Brazil and Colombia on Friday.");
  ASSERT_EQ(claims.size(), 2u);
  for (const Claim& c : claims) EXPECT_EQ(c.object.id, "VEN");
  EXPECT_EQ(claims[0].subject.id, "BRA");
  EXPECT_EQ(claims[1].subject.id, "COL");
}

TEST(Relations, CoordinatedSubjectsAndReciprocalVerbs) {
  // The object sits inside the opposed noun phrase ("the invitation issued to Belarus").
  EXPECT_EQ(triples_of("Denmark and the Netherlands opposed the invitation issued to Belarus."),
            (Triples{"DNK oppose BLR", "NLD oppose BLR"}));
  EXPECT_EQ(pairs_of("Egypt and Sudan signed a water-sharing accord on Sunday."), (Pairs{"EGY-SDN +"}));
}

TEST(Relations, InfinitiveComplementCarriesTheObject) {
  // The threat is aimed at what the threatened act would hit; the bombing has not happened.
  EXPECT_EQ(triples_of("Azerbaijan threatened to bomb Armenian border posts."), (Triples{"AZE threaten ARM"}));
  // An agreement's infinitive is the agreement's content, read through when it is no relation.
  EXPECT_EQ(triples_of("Kenya agreed to expand its grain terminals for Ethiopia."), (Triples{"KEN agree ETH"}));
}

TEST(Relations, PurposeClauseIsNotThePartner) {
  // Poland and Lithuania work together; Russia is what they work against, not a partner.
  const std::string text = "Poland and Lithuania agreed to work together to blunt the Russian threat.";
  const Pairs pairs = pairs_of(text);
  EXPECT_TRUE(pairs.count("LTU-POL +"));
  EXPECT_FALSE(pairs.count("POL-RUS +"));
  EXPECT_FALSE(pairs.count("LTU-RUS +"));
  const Triples triples = triples_of(text);
  EXPECT_TRUE(triples.count("POL cooperate LTU"));
  EXPECT_TRUE(triples.count("POL enemy RUS"));
  EXPECT_TRUE(triples.count("LTU enemy RUS"));
}

TEST(Relations, NounWithPrepositionAndModifierSubject) {
  EXPECT_EQ(pairs_of("New US sanctions on Iran took effect at midnight."), (Pairs{"IRN-USA -"}));
  EXPECT_EQ(pairs_of("Russia's attack on Ukraine drew wide condemnation."), (Pairs{"RUS-UKR -"}));
}

TEST(Relations, OppositePolarityNounTakesTheObject) {
  // Supporting sanctions against Russia is not support for Russia.
  EXPECT_EQ(pairs_of("Poland supports tougher sanctions against Russia."), (Pairs{"POL-RUS -"}));
}

TEST(Relations, OpposingAHostileActIsFriendly) {
  // The sanctions are someone else's: Hungary's stance toward Russia is the product.
  EXPECT_EQ(pairs_of("Hungary opposes new sanctions on Russia."), (Pairs{"HUN-RUS +"}));
  EXPECT_EQ(pairs_of("In May Beijing suspended the China-Australia trade dialogue."), (Pairs{"AUS-CHN -"}));
}

TEST(Relations, CoordinatedVerbPhraseSharesTheSubject) {
  EXPECT_EQ(pairs_of("Ghana praised Togo, but was still refusing entry to Nigerians."),
            (Pairs{"GHA-TGO +", "GHA-NGA -"}));
}

TEST(Relations, UnknownSubjectMakesNoClaim) {
  // "state media" is nobody the dictionaries know; Pakistan is not its subject.
  EXPECT_EQ(pairs_of("Pakistan said the vote was fair, and state media accused India of meddling."), Pairs{});
}

TEST(Relations, CapitalBeforeAnEventNounIsAPlace) {
  EXPECT_EQ(pairs_of("After the Kremlin talks, Kazakhstan praised Kyrgyzstan."), (Pairs{"KAZ-KGZ +"}));
}

TEST(Relations, PairNounsBetweenAndAlliancesOf) {
  EXPECT_EQ(pairs_of("Tensions between Armenia and Azerbaijan flared again."), (Pairs{"ARM-AZE -"}));
  EXPECT_EQ(pairs_of("The Visegrad Group, an alliance of Poland, Hungary, Slovakia and the Czech Republic, met again."),
            (Pairs{"CZE-HUN +", "CZE-POL +", "CZE-SVK +", "HUN-POL +", "HUN-SVK +", "POL-SVK +"}));
}

TEST(Relations, StanceOfPossessorTowardTheClauseSubject) {
  EXPECT_EQ(pairs_of("Belarus remains Russia's closest ally in Europe."), (Pairs{"BLR-RUS +"}));
  EXPECT_EQ(pairs_of("Vietnam, Beijing's old rival, bought Indian missiles."), (Pairs{"CHN-VNM -", "IND-VNM +"}));
}

TEST(Relations, PerceivedAsStance) {
  EXPECT_EQ(pairs_of("Polish planners see Belarus as the main threat to the east."), (Pairs{"BLR-POL -"}));
  EXPECT_EQ(pairs_of("Kenya regards Ethiopia as a trusted partner."), (Pairs{"ETH-KEN +"}));
}

TEST(Relations, EasingARivalryIsFriendly) {
  EXPECT_EQ(pairs_of("Greece is easing tensions with Turkey after the earthquake."), (Pairs{"GRC-TUR +"}));
  EXPECT_TRUE(pairs_of("Greece eased Turkey.").empty());  // "ease" alone relates nobody
}

TEST(Relations, AnActorAfterTheClauseVerbIsNotItsSubject) {
  // The statement (nobody we know) criticised; Japan is what it was concerned about.
  EXPECT_EQ(pairs_of("The statement expressed concern about Japan's whaling and criticised its cooperation with Norway."),
            Pairs{});
}

TEST(Relations, VisitOfAnActorToAnother) {
  EXPECT_EQ(pairs_of("The visit of the Indonesian president to Australia went smoothly."), (Pairs{"AUS-IDN +"}));
}

TEST(Relations, StanceReferentInAppositionAfterIt) {
  EXPECT_EQ(pairs_of("Moscow's closest partner in Central Asia, Kazakhstan has kept its distance."), (Pairs{"KAZ-RUS +"}));
}

TEST(Relations, NegationBelongsToItsOwnVerb) {
  const auto claims = claims_of("The crisis has not hampered the cooperation between Chile and Peru.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims.front().negated);
}

TEST(Relations, ObjectPronounEndsTheObject) {
  // Chad helps "him"; Chad did not attack the rebels' leader itself.
  EXPECT_EQ(pairs_of("Chad sent troops to help him expel Sudanese fighters."), Pairs{});
}

TEST(Relations, WhatAnOfferIsForHasNotHappened) {
  EXPECT_EQ(pairs_of("Qatar rejected a Saudi offer to sign a security pact with Bahrain."), (Pairs{"QAT-SAU -"}));
}

TEST(Relations, SportIsNotDiplomacy) {
  EXPECT_EQ(pairs_of("Spain takes on defending champion Croatia in the Davis Cup final."), Pairs{});
}

TEST(Relations, NounCompoundIsNotAVerb) {
  // "extradition request" is a noun; Britain approved, it did not demand.
  EXPECT_EQ(pairs_of("Britain approved an extradition request from Sweden."), (Pairs{"GBR-SWE +"}));
}

TEST(Relations, ObjectsDeepInPrepositionalChainsAreNotObjects) {
  // Releasing a transcript does nothing to Ukraine; the call it records is a claim of its
  // own, the call's ("his" stands for the subject).
  EXPECT_EQ(triples_of("Trump released the transcript of his call with the Ukrainian president."),
            (Triples{"person:donald-trump phone_call person:volodymyr-zelensky"}));
}

TEST(Relations, NegationPassesThroughControlVerbs) {
  const auto claims = claims_of("Beijing does not want to send troops to Hong Kong.");
  ASSERT_FALSE(claims.empty());
  EXPECT_TRUE(claims.front().negated);
}

TEST(Relations, BareFormAfterAFiniteVerbIsItsObject) {
  // "pressure" is what Qatar mobilised, not Qatar pressuring the United States.
  EXPECT_EQ(find_claim(claims_of("Qatar mobilized pressure groups to lobby the United States."), "demand"), nullptr);
}

TEST(Relations, PronounMustFitWhatItContinues) {
  // "they" are the backers, not Chile; "it" may continue one state.
  EXPECT_EQ(pairs_of("Chile raised tariffs. Backers of tariffs say that they help Peru."), Pairs{});
  EXPECT_EQ(pairs_of("Chile raised tariffs. It also praised Peru."), (Pairs{"CHL-PER +"}));
}

TEST(Relations, ProspectsAreNotEvents) {
  EXPECT_EQ(pairs_of("Markets rose on expectations of a trade deal between Chile and Peru."), Pairs{});
}

TEST(Relations, PossessedBaseFormIsANoun) {
  EXPECT_EQ(pairs_of("Mr. Lula's warm embrace is not limited to Venezuela."), Pairs{});
}

TEST(Relations, ANounDeniedByItsPredicateIsNegated) {
  const auto claims = claims_of("A Chile-Bolivia rapprochement is not on the table.");
  ASSERT_FALSE(claims.empty());
  for (const Claim& c : claims) EXPECT_TRUE(c.negated);
}

TEST(Relations, NegatedClaimsAreMarked) {
  const auto claims = claims_of("Turkey did not condemn Azerbaijan.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims.front().negated);
}

TEST(Relations, PossibilitiesAreNotClaims) {
  EXPECT_TRUE(pairs_of("Germany could sanction Hungary if the vote fails.").empty());
}

TEST(Relations, FutureIsKeptAsFuture) {
  const auto claims = claims_of("Mexico will host Chile for trade talks next month.");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.front().modality, "future");
}

TEST(Relations, SpeakerIsRecordedAndNotAParty) {
  const auto claims = claims_of("Kenya condemned Somalia for the raid, the Ugandan foreign ministry said.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims.front().subject.id, "KEN");
  EXPECT_EQ(claims.front().object.id, "SOM");
  EXPECT_EQ(claims.front().speaker, "UGA");
}

TEST(Relations, SpeakerDemandsOfTheReportedSubject) {
  EXPECT_EQ(pairs_of("A senior Dutch minister said that Suriname must extradite the suspects."),
            (Pairs{"NLD-SUR -"}));
}

TEST(Relations, PronounContinuesThePreviousSentence) {
  EXPECT_EQ(pairs_of("Norway hosted the peace talks. It also praised Colombia for its restraint."),
            (Pairs{"COL-NOR +"}));
}

TEST(Relations, EvidenceIsTheSentenceWithOffsets) {
  const std::string text = "Markets were calm. Chile praised Peru for the deal. Rain fell.";
  const auto claims = claims_of(text);
  ASSERT_EQ(claims.size(), 1u);
  const Evidence& e = claims.front().evidence;
  EXPECT_EQ(e.text, "Chile praised Peru for the deal.");
  EXPECT_EQ(text.substr(e.start, e.end - e.start), e.text);
}

TEST(Relations, ClaimsCarryDocumentProvenanceAndStableIds) {
  const auto a = claims_of("Chile praised Peru for the deal.", "2020-02-03");
  const auto b = claims_of("Chile praised Peru for the deal.", "2020-02-03");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a.front().date, "2020-02-03");
  EXPECT_EQ(a.front().date_source, "published");
  EXPECT_EQ(a.front().outlet, "Test Outlet");
  EXPECT_EQ(a.front().id.size(), 24u);
  EXPECT_EQ(a.front().id, b.front().id);
}

}  // namespace
}  // namespace irkg::test
