// Actor recognition: names, capitals as actors but not as places, demonyms, compounds,
// possessive offices resolved by date, organisations and armed groups.
#include <gtest/gtest.h>

#include "extraction_test_util.h"

namespace irkg::test {
namespace {

using Pairs = std::set<std::string>;

TEST(Actors, CapitalThatActsIsItsState) {
  EXPECT_EQ(pairs_of("Tokyo protested to Beijing over the incursions."), (Pairs{"CHN-JPN -"}));
  EXPECT_EQ(pairs_of("The Kremlin condemned Washington for the new tariffs."), (Pairs{"RUS-USA -"}));
}

TEST(Actors, CapitalAsAPlaceIsNotAnActor) {
  // Moscow is where the talks happen, not a party to them.
  EXPECT_EQ(pairs_of("Japanese and Indian diplomats held talks in Moscow on Tuesday."), (Pairs{"IND-JPN +"}));
}

TEST(Actors, DemonymsModifyingOfficialsAreTheirStates) {
  EXPECT_EQ(pairs_of("Senior Greek and Turkish officials agreed on Monday to reopen the border crossing."),
            (Pairs{"GRC-TUR +"}));
}

TEST(Actors, DemonymForCultureIsNotTheState) {
  EXPECT_TRUE(pairs_of("Fans of Japanese cuisine praised the Italian chef.").empty());
}

TEST(Actors, HyphenatedCompoundsNameBothSides) {
  EXPECT_EQ(pairs_of("Analysts describe the Sino-Russian partnership as a marriage of convenience."),
            (Pairs{"CHN-RUS +"}));
  EXPECT_EQ(pairs_of("The US-India strategic partnership deepened this year."), (Pairs{"IND-USA +"}));
}

TEST(Actors, CombiningFormAloneIsNotAnActor) {
  EXPECT_TRUE(pairs_of("Navies patrol the Indo-Pacific and China watches.").empty());
}

TEST(Actors, OfficeResolvesToHolderOnTheDocumentDate) {
  const auto in_2019 = claims_of("The Japanese prime minister met the Indian prime minister in Osaka.", "2019-06-28");
  ASSERT_FALSE(in_2019.empty());
  EXPECT_EQ(in_2019.front().subject.id, "person:shinzo-abe");
  EXPECT_EQ(in_2019.front().subject.country, "JPN");
  const auto in_2021 = claims_of("The Japanese prime minister met the Indian prime minister in Tokyo.", "2021-03-10");
  ASSERT_FALSE(in_2021.empty());
  EXPECT_EQ(in_2021.front().subject.id, "person:yoshihide-suga");
}

// Two offices of one state held at once: Iran's supreme leader is not its president.
TEST(Actors, EachTitleResolvesToItsOwnOffice) {
  for (const auto& [sentence, holder] : {std::pair{"Iran's supreme leader praised Syria.", "person:ali-khamenei"},
                                         std::pair{"Iran's president praised Syria.", "person:mohammad-khatami"}}) {
    const auto claims = claims_of(sentence, "2001-05-02");
    ASSERT_FALSE(claims.empty()) << sentence;
    EXPECT_EQ(claims.front().subject.id, holder) << sentence;
  }
}

TEST(Actors, OfficeWithoutDateStaysTheState) {
  const auto claims = claims_of("The Japanese prime minister criticised Russia's foreign ministry.", "");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims.front().subject.id, "JPN");
  EXPECT_EQ(claims.front().object.id, "RUS");
}

TEST(Actors, OfficeFollowedByAnUnknownNameIsNotTheDatedHolder) {
  // An article of 2021 quoting an older event: the named premier (a name no dictionary
  // lists) is not 2021's holder.
  const auto claims = claims_of("In 1989 Chinese Premier Hu Dezhen met Japan's foreign minister.", "2021-03-10");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.front().subject.id, "CHN");
  // The holder still resolves when no name follows the title.
  const auto titled = claims_of("The Chinese premier met Japan's foreign minister.", "2021-03-10");
  ASSERT_FALSE(titled.empty());
  EXPECT_NE(titled.front().subject.id, "CHN");
  EXPECT_EQ(titled.front().subject.country, "CHN");
}

TEST(Actors, LeaderGovernmentNamesTheState) {
  EXPECT_EQ(pairs_of("The Suga administration courted Moscow throughout the spring."), (Pairs{"JPN-RUS +"}));
}

TEST(Actors, OrganisationsAndGroupsCount) {
  EXPECT_EQ(pairs_of("NATO condemned the missile test by North Korea."), (Pairs{"NATO-PRK -"}));
  EXPECT_EQ(pairs_of("Hamas fired rockets at Israel overnight."), (Pairs{"ISR-PSE -"}));
}

TEST(Actors, LowerCaseCommonWordsAreNotCountries) {
  EXPECT_TRUE(pairs_of("They ate turkey and praised the china cabinet.").empty());
  EXPECT_TRUE(pairs_of("Let us condemn nothing.").empty());  // "us" is not the US
}

TEST(Actors, ResolveActorAcceptsCodesNamesAndCapitalsInAnyCase) {
  const Extractor& x = shared_extractor();
  EXPECT_EQ(x.resolve_actor("CHN"), "CHN");
  EXPECT_EQ(x.resolve_actor("chn"), "CHN");
  EXPECT_EQ(x.resolve_actor("China"), "CHN");
  EXPECT_EQ(x.resolve_actor("beijing"), "CHN");
  EXPECT_EQ(x.resolve_actor("the Quad"), "QUAD");
  EXPECT_EQ(x.resolve_actor("Shinzo Abe"), "person:shinzo-abe");
  EXPECT_EQ(x.resolve_actor("Atlantis"), "");
}

}  // namespace
}  // namespace irkg::test
