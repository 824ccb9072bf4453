// Persons of data/actors.tsv: offices resolved to their holder on the document's date across
// the decades the dictionary covers (1980 on), and spelling variants and transliterations
// of one person's name.
#include <gtest/gtest.h>

#include "extraction_test_util.h"

namespace irkg::test {
namespace {

// The subject of the first claim of a sentence published on a date.
std::string subject_on(const std::string& sentence, const std::string& published) {
  const auto claims = claims_of(sentence, published);
  return claims.empty() ? std::string("(no claim)") : claims.front().subject.id;
}

TEST(Persons, OfficeResolvesToTheHolderOfTheDocumentsYear) {
  const std::string pm = "The British prime minister criticised Russia.";
  EXPECT_EQ(subject_on(pm, "1985-03-01"), "person:margaret-thatcher");
  EXPECT_EQ(subject_on(pm, "1995-03-01"), "person:john-major");
  EXPECT_EQ(subject_on(pm, "2005-03-01"), "person:tony-blair");
  EXPECT_EQ(subject_on(pm, "2020-03-01"), "person:boris-johnson");
  const std::string chancellor = "The German chancellor criticised Russia.";
  EXPECT_EQ(subject_on(chancellor, "1981-05-01"), "person:helmut-schmidt");
  EXPECT_EQ(subject_on(chancellor, "1990-10-03"), "person:helmut-kohl");
  const std::string president = "The French president criticised Russia.";
  EXPECT_EQ(subject_on(president, "1980-05-01"), "person:valery-giscard-destaing");
  EXPECT_EQ(subject_on(president, "1991-05-01"), "person:francois-mitterrand");
}

TEST(Persons, EachMinistryHasItsOwnHolder) {
  EXPECT_EQ(subject_on("The US secretary of state criticised China.", "1985-06-01"), "person:george-shultz");
  EXPECT_EQ(subject_on("The US defense secretary criticised China.", "1985-06-01"), "person:caspar-weinberger");
  EXPECT_EQ(subject_on("The German foreign minister criticised China.", "1990-06-01"),
            "person:hans-dietrich-genscher");
  EXPECT_EQ(subject_on("The Chinese foreign minister criticised Japan.", "1995-06-01"), "person:qian-qichen");
}

TEST(Persons, SovietOfficesCountAsRussia) {
  const auto claims = claims_of("The Soviet foreign minister criticised the United States.", "1987-06-01");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.front().subject.id, "person:eduard-shevardnadze");
  EXPECT_EQ(claims.front().subject.country, "RUS");
  EXPECT_EQ(subject_on("Mikhail Gorbachev criticised the United States.", "1987-06-01"),
            "person:mikhail-gorbachev");
  EXPECT_EQ(subject_on("The Soviet president criticised the United States.", "1990-06-01"),
            "person:mikhail-gorbachev");
  // After the Soviet Union: the Russian president and prime minister of the 1990s.
  EXPECT_EQ(subject_on("The Russian prime minister criticised Ukraine.", "1995-06-01"),
            "person:viktor-chernomyrdin");
  EXPECT_EQ(subject_on("The Russian foreign minister criticised Ukraine.", "1994-06-01"), "person:andrei-kozyrev");
}

TEST(Persons, SpellingVariantsAreOnePerson) {
  for (const char* name : {"Muammar Gaddafi", "Qaddafi", "Qadhafi", "Kadhafi", "Moammar Gadhafi"}) {
    const std::string sentence = std::string(name) + " criticised the United States.";
    const auto claims = claims_of(sentence, "1986-04-10");
    ASSERT_FALSE(claims.empty()) << sentence;
    EXPECT_EQ(claims.front().subject.id, "person:muammar-gaddafi") << sentence;
    EXPECT_EQ(claims.front().subject.country, "LBY") << sentence;
  }
  for (const char* name : {"Turgut Özal", "Turgut Ozal"})
    EXPECT_EQ(subject_on(std::string(name) + " criticised Greece.", "1987-06-01"), "person:turgut-ozal") << name;
  for (const char* name : {"Lech Wałęsa", "Lech Walesa"})
    EXPECT_EQ(subject_on(std::string(name) + " criticised Russia.", "1992-06-01"), "person:lech-walesa") << name;
}

TEST(Persons, OrganisationLeadersCountAsTheirOrganisation) {
  const auto un = claims_of("Javier Perez de Cuellar criticised Iraq.", "1990-08-10");
  ASSERT_FALSE(un.empty());
  EXPECT_EQ(un.front().subject.id, "person:javier-perez-de-cuellar");
  EXPECT_EQ(un.front().subject.country, "UN");
  const auto nato = claims_of("Manfred Woerner criticised Serbia.", "1993-06-01");
  ASSERT_FALSE(nato.empty());
  EXPECT_EQ(nato.front().subject.country, "NATO");
}

TEST(Persons, GroupLeadersCountAsTheGroupsState) {
  const auto claims = claims_of("Abu Musab al-Zarqawi threatened the United States.", "2005-06-01");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.front().subject.id, "person:abu-musab-al-zarqawi");
  EXPECT_EQ(claims.front().subject.country, "IRQ");
}

}  // namespace
}  // namespace irkg::test
