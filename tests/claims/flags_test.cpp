// Dates from the text, historical claims, "the two countries", repeated headlines, lists
// too long to pair, denial of a that-clause or of a report, the reach of modals, and speakers.
#include <gtest/gtest.h>

#include <map>

#include "extraction_test_util.h"

namespace irkg::test {
namespace {

using Pairs = std::set<std::string>;

TEST(Dates, MonthAndDayResolveAgainstThePublishedYear) {
  const auto claims = claims_of("On July 8 Chile condemned Bolivia over the border closure.", "2021-09-01");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims.front().date, "2021-07-08");
  EXPECT_EQ(claims.front().date_source, "text");
}

TEST(Dates, DecemberReadInJanuaryIsLastYear) {
  const auto claims = claims_of("Peru praised Ecuador on December 30 for the handover.", "2022-01-04");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims.front().date, "2021-12-30");
}

TEST(Dates, WeekdaysAndYesterdayCountBackFromPublication) {
  // 2021-06-23 was a Wednesday: "on Monday" is the 21st, "yesterday" the 22nd.
  EXPECT_EQ(claims_of("Ghana praised Togo on Monday.", "2021-06-23").front().date, "2021-06-21");
  EXPECT_EQ(claims_of("Ghana praised Togo yesterday.", "2021-06-23").front().date, "2021-06-22");
}

TEST(Dates, FullDateNeedsNoPublicationDate) {
  const auto claims = claims_of("Cuba and Mexico signed the accord on 3 March 2019.", "");
  ASSERT_FALSE(claims.empty());
  for (const Claim& c : claims) EXPECT_EQ(c.date, "2019-03-03");
}

TEST(Dates, WithoutAnyDateThePublishedDateIsUsed) {
  const auto claims = claims_of("Ghana praised Togo.", "2021-06-23");
  EXPECT_EQ(claims.front().date, "2021-06-23");
  EXPECT_EQ(claims.front().date_source, "published");
  EXPECT_EQ(claims_of("Ghana praised Togo.", "").front().date_source, "none");
}

TEST(Modality, OldYearsMakeAClaimHistorical) {
  const auto claims = claims_of("In 1962 the Soviet Union threatened the United States from Cuba.", "2021-06-23");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.front().modality, "historical");
}

TEST(Anaphora, TheTwoCountriesAreTheLastPairNamed) {
  EXPECT_EQ(pairs_of("Officials from Kenya and Tanzania met in Arusha. The two countries agreed to reopen the border."),
            (Pairs{"KEN-TZA +"}));
}

TEST(Anaphora, WithoutTwoEarlierActorsNothingIsInvented) {
  EXPECT_EQ(pairs_of("The two countries agreed to reopen the border."), Pairs{});
}

TEST(Repetition, ARepeatedSentenceIsOneClaim) {
  const auto claims = claims_of("Chile praised Peru.\nChile praised Peru.\nMarkets were calm.");
  EXPECT_EQ(claims.size(), 1u);
}

TEST(Lists, LongListsAreNotExpandedToPairs) {
  EXPECT_EQ(pairs_of("France, Germany, Italy, Spain, Poland, Sweden and Austria signed the declaration."), Pairs{});
}

TEST(Negation, DeniedThatClause) {
  const auto claims = claims_of("Ankara denied that Turkey had shelled Armenia.");
  ASSERT_FALSE(claims.empty());
  for (const Claim& c : claims) EXPECT_TRUE(c.negated);
}

}  // namespace
}  // namespace irkg::test

namespace irkg::test {
namespace {

TEST(Modality, IntentNeedsItsInfinitive) {
  // "plans to" marks what is planned; "plans" as a noun, or a past verb coordinated after
  // the planned infinitive, is no plan.
  const auto planned = claims_of("Peru plans to sign a fisheries pact with Chile.");
  ASSERT_FALSE(planned.empty());
  EXPECT_EQ(planned.front().modality, "future");
  const auto noun = claims_of("Peru criticised the American plans and praised Chile.");
  ASSERT_FALSE(noun.empty());
  for (const Claim& c : noun) EXPECT_EQ(c.modality, "asserted");
  const auto coordinated = claims_of("Peru worried about plans to divert the river and condemned Bolivia.");
  ASSERT_EQ(coordinated.size(), 1u);
  EXPECT_EQ(coordinated.front().modality, "asserted");
}

TEST(Modality, ReportedWouldIsFuture) {
  const auto claims = claims_of("Kenya announced that it would send troops to Somalia.");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.front().modality, "future");
  EXPECT_TRUE(claims_of("Kenya would send troops to Somalia if asked.").empty());  // a condition: not a claim
}

TEST(Modality, ThatClauseOfAReportNounIsReported) {
  const auto claims = claims_of("Rumours that Chile is courting Bolivia have circulated for months.");
  ASSERT_FALSE(claims.empty());
  for (const Claim& c : claims) EXPECT_EQ(c.modality, "reported");
}

// An act someone is accused of is the accused's, and alleged: the accuser asserts only the
// accusation.
TEST(Modality, AnActSomeoneIsAccusedOfIsReportedAndTheAccusedsOwn) {
  const auto claims = claims_of("Chile accused Peru of arming Bolivia.");
  std::map<std::string, std::string> modality_by_pair;
  for (const Claim& c : claims) modality_by_pair[c.subject.country + "-" + c.object.country] = c.modality;
  EXPECT_EQ(modality_by_pair["CHL-PER"], "asserted");
  EXPECT_EQ(modality_by_pair["PER-BOL"], "reported");
  EXPECT_FALSE(modality_by_pair.count("CHL-BOL")) << "the accuser is not the one arming";
  for (const Claim& c : claims_of("Peru was accused by Chile of arming Bolivia."))
    if (c.subject.country == "PER") {
      EXPECT_EQ(c.modality, "reported");
    }
}

// The one claim of a sentence (test fails when there is not exactly one).
Claim only_claim(const std::string& text) {
  const auto claims = claims_of(text);
  EXPECT_EQ(claims.size(), 1u) << text;
  return claims.empty() ? Claim{} : claims.front();
}

TEST(Denial, AReportCalledFalseIsNegatedAndReported) {
  for (const char* text : {"Beijing called claims that China had hacked Australia ridiculous.",
                           "Iran dismissed reports that it had supplied drones to Russia.",
                           "Seoul rejected claims that South Korea had sold weapons to Ukraine."}) {
    const Claim c = only_claim(text);
    EXPECT_TRUE(c.negated) << text;
    EXPECT_EQ(c.modality, "reported") << text;
  }
  // Confirmed, the report stands.
  EXPECT_FALSE(only_claim("Japan confirmed reports that China had attacked Vietnam.").negated);
}

TEST(Modality, WouldHaveIsACounterfactualAlsoAfterAReportingVerb) {
  EXPECT_TRUE(claims_of("Turkey said it would have attacked Syria.").empty());
  // "would" alone after a reporting verb is the future seen from the past.
  EXPECT_EQ(only_claim("Tokyo said it would sanction Moscow.").modality, "future");
}

TEST(Modality, AModalDoesNotReachAPastVerbCoordinatedAfterIt) {
  for (const Claim& c : claims_of("Germany said it would not sanction Russia and criticized Poland."))
    if (c.object.country == "POL") {
      EXPECT_EQ(c.modality, "asserted");
    }
}

TEST(Speaker, InvertedTailAfterAQuoteOrAComma) {
  EXPECT_EQ(only_claim("\"China is threatening Taiwan,\" said the US ambassador.").speaker, "USA");
  EXPECT_EQ(only_claim("China is threatening Taiwan, said a spokesman for the Japanese foreign ministry.").speaker, "JPN");
  EXPECT_EQ(only_claim("Russia attacked Ukraine, according to Britain.").speaker, "GBR");
}

TEST(Speaker, TheSpeakerBeforeAnAppositive) {
  const Claim c = only_claim("Wang Wenbin, a spokesman for the Chinese foreign ministry, said Beijing opposed Washington's sanctions.");
  EXPECT_EQ(c.subject.country, "CHN");
  EXPECT_EQ(c.speaker, "person:wang-wenbin");
}

TEST(Speaker, AnActorRightAfterTheVerbOfAnUnnamedSpeakerIsTheReportedSubject) {
  for (const char* text : {"A spokesman said Beijing opposed Washington's sanctions.", "An official said China attacked Vietnam."}) {
    const Claim c = only_claim(text);
    EXPECT_EQ(c.subject.country, "CHN") << text;
    EXPECT_EQ(c.speaker, "") << text;
  }
}

}  // namespace
}  // namespace irkg::test
