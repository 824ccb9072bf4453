// TABARI/PETRARCH actor dictionaries read through --lexicon (extract/claims/tabari_actors.cpp).
// The real files are the TABARI demo and the Phoenix dictionaries of the shared evaluation
// data beside the repository (../shared/eval/peer, or $IRKG_SHARED/eval/peer); they are
// never copied into the repository. A missing file fails the test, never skips it.
#include <gtest/gtest.h>

#include "tests/claims/temp_file.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/date.h"
#include "extract/claims/lexicon.h"
#include "extract/extractor.h"

namespace irkg {
namespace {

std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("IRKG_SHARED"); env && *env) return env;
  return IRKG_SHARED_DIR;
}

// The peer file's path; fails the calling test (ASSERT in a helper returns early, so the
// caller checks the result) when it is missing.
std::string peer_file(const std::string& relative) {
  const auto path = shared_dir() / "eval/peer" / relative;
  if (!std::filesystem::exists(path))
    ADD_FAILURE() << "peer dictionary missing: " << path
                  << " (put the shared data set beside the repository as ../shared, or set IRKG_SHARED)";
  return path.string();
}

const std::string kDemo = "TABARI-Code/TABARI.Demo.actors";
const std::string kCountries = "petrarch2/dictionaries/Phoenix.Countries.actors.txt";
const std::string kInternational = "petrarch2/dictionaries/Phoenix.International.actors.txt";
const std::string kMilNonState = "petrarch2/dictionaries/Phoenix.MilNonState.actors.txt";

std::shared_ptr<const Lexicon> load_peer(const std::string& relative) {
  const std::string path = peer_file(relative);
  if (!std::filesystem::exists(path)) return nullptr;
  return load_lexicon({path});
}

// The actor a whole phrase names, or nullptr.
const ActorEntry* named(const Lexicon& lex, const std::string& phrase) {
  const auto toks = tokenize(phrase);
  const auto* p = lex.actor_names.longest(toks, 0);
  if (!p || p->lower.size() != toks.size() || p->values.empty() || p->values.front().actor < 0) return nullptr;
  return &lex.actors[static_cast<std::size_t>(p->values.front().actor)];
}

std::string id_named(const Lexicon& lex, const std::string& phrase) {
  const ActorEntry* a = named(lex, phrase);
  return a ? a->id : "(none)";
}

int day(const char* iso) { return static_cast<int>(days_from_civil(*parse_iso_date(iso))); }

using test::temp_file;

std::string load_error(const std::string& name, const std::string& text) {
  try {
    load_lexicon({temp_file(name, text)});
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(loaded)";
}

TEST(TabariActors, DemoFile) {
  const auto lex = load_peer(kDemo);
  ASSERT_TRUE(lex);
  // GOLLUM, +SMEAGOL, then [HOB < 950601] [HOBGOV 950601 - 990815] [HOBREB > 990816]:
  // a synonym names the entry; dated office codes make it a person with dated spells.
  const ActorEntry* gollum = named(*lex, "Smeagol");
  ASSERT_TRUE(gollum);
  EXPECT_EQ(gollum->id, "person:gollum");
  EXPECT_EQ(gollum->type, ActorType::Person);
  EXPECT_EQ(gollum->country, "HOB");  // a code no table knows is the dictionary's own state
  ASSERT_EQ(gollum->roles.size(), 3u);
  EXPECT_EQ(gollum->roles[1].role, "cameo:HOBGOV");
  EXPECT_EQ(gollum->roles[1].from, day("1995-06-01"));
  EXPECT_EQ(gollum->roles[1].to, day("1999-08-15"));
  // GONDOR, +MINAS_TIRITH, [GON]: the fictional state, under its code.
  EXPECT_EQ(id_named(*lex, "Minas Tirith"), "GON");
  EXPECT_EQ(named(*lex, "Gondor")->type, ActorType::State);
  // TABARI-era organisation codes without the IGO prefix: U.N. [UNO], SECURITY_COUNCIL [UNO].
  EXPECT_EQ(id_named(*lex, "Secretary General"), "UN");
  // ENT [### <890101] [ENT]: '#' inside brackets is TABARI's discard code, not a comment.
  // A lone word of up to three letters stays upper-case and matches only as written.
  EXPECT_EQ(id_named(*lex, "ENT"), "ENT");
  EXPECT_EQ(id_named(*lex, "Ent"), "(none)");
  // NASGUL [###], ISILDUR [+++]: null codes are no actor; the <NOUN> list is no actor.
  EXPECT_EQ(id_named(*lex, "Nasgul"), "(none)");
  EXPECT_EQ(id_named(*lex, "Isildur"), "(none)");
  EXPECT_EQ(id_named(*lex, "Goats"), "(none)");
  // A name irkg already knows keeps its actor: JAPAN [JAP] does not take "Japan" from JPN.
  EXPECT_EQ(id_named(*lex, "Japan"), "JPN");
}

TEST(TabariActors, PhoenixCountries) {
  const auto lex = load_peer(kCountries);
  ASSERT_TRUE(lex);
  // AFGHAN_NATIONAL_SECURITY_FORCES +AFGHAN_NATIONAL_ARMY [AFGMIL]: a state organ is a
  // name of its state, as in actors.tsv.
  EXPECT_EQ(id_named(*lex, "Afghan National Army"), "AFG");
  EXPECT_EQ(id_named(*lex, "AFGHAN NATIONAL SECURITY FORCES"), "AFG");
  EXPECT_EQ(id_named(*lex, "afghan national security forces"), "(none)");  // names are capitalised
  // Function words match in any case: ISLAMIC_REPUBLIC_OF_AFGHANISTAN.
  EXPECT_EQ(id_named(*lex, "Islamic Republic of Afghanistan"), "AFG");
  // BABRAK_KARMAL_ [AFGGOV 791227-861124] [AFGGOV 791227-810611] [AFGELI].
  const ActorEntry* karmal = named(*lex, "Babrak Karmal");
  ASSERT_TRUE(karmal);
  EXPECT_EQ(karmal->id, "person:babrak-karmal");
  EXPECT_EQ(karmal->type, ActorType::Person);
  EXPECT_EQ(karmal->country, "AFG");
  EXPECT_EQ(karmal->roles.front().role, "cameo:AFGGOV");
  EXPECT_EQ(karmal->roles.front().from, day("1979-12-27"));
  // A person irkg already has gains the Phoenix names and spells: PUTIN_ is a synonym of
  // VLADIMIR_PUTIN_, whose slug is actors.tsv's person:vladimir-putin.
  const ActorEntry* putin = named(*lex, "President Vladimir Putin");
  ASSERT_TRUE(putin);
  EXPECT_EQ(putin->id, "person:vladimir-putin");
}

TEST(TabariActors, PhoenixInternational) {
  const auto lex = load_peer(kInternational);
  ASSERT_TRUE(lex);
  // IGO codes go to irkg's organisations through data/cameo_countries.tsv.
  EXPECT_EQ(id_named(*lex, "UNSG"), "UN");                     // UN_SECRETARY_GENERAL +UNSG [IGOUNO]
  EXPECT_EQ(id_named(*lex, "EU High Representative"), "EU");  // [IGOEUREEC]
  EXPECT_EQ(id_named(*lex, "Intergovernmental Panel on Climate Change"), "UN");  // [IGOUNOENV]
  EXPECT_EQ(id_named(*lex, "International Energy Agency"), "UN");  // [IGOUNOAIE]: AIE is no known group
  // ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]: a dated code resolves by date.
  const ActorEntry* veneman = named(*lex, "Ann Veneman");
  ASSERT_TRUE(veneman);
  EXPECT_EQ(veneman->type, ActorType::Person);
  EXPECT_EQ(veneman->country_on(day("2003-03-01")), "USA");
  EXPECT_EQ(veneman->country_on(day("2007-03-01")), "UN");
  EXPECT_EQ(veneman->country, "UN");  // the spell reaching furthest forward
  // The indented synonym with its own code (\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]).
  EXPECT_EQ(id_named(*lex, "John McCloy"), "person:john-j-mccloy");
  // A.H._BELO_CORPORATION_ [MNCMED] Newspapers/Magazines $137,000,000: trailing text ignored.
  EXPECT_EQ(id_named(*lex, "A.H. Belo Corporation"), "group:a-h-belo-corporation");
}

TEST(TabariActors, PhoenixMilNonState) {
  const auto lex = load_peer(kMilNonState);
  ASSERT_TRUE(lex);
  const ActorEntry* faction = named(*lex, "Anarchist Faction");  // ANARCHIST_FACTION_ [GRCREB]
  ASSERT_TRUE(faction);
  EXPECT_EQ(faction->id, "group:anarchist-faction");
  EXPECT_EQ(faction->type, ActorType::Group);
  EXPECT_EQ(faction->country, "GRC");
  // ABU_NIDAL_ORGANIZATION [IMGMUSALQ] +FATAH_REVOLUTIONARY_COUNCIL_: no country block, so
  // the group counts as itself.
  const ActorEntry* abu_nidal = named(*lex, "Fatah Revolutionary Council");
  ASSERT_TRUE(abu_nidal);
  EXPECT_EQ(abu_nidal->id, "group:abu-nidal-organization");
  EXPECT_EQ(abu_nidal->country, "group:abu-nidal-organization");
  // +ARMY_OF_MOHAMMED_AND_THE_JAISH_ADAN_AL_ISLAMI+_ISLAMIC_ADEN_ARMY_: two synonyms on a line.
  EXPECT_EQ(id_named(*lex, "Islamic Aden Army"), "group:aden-abyan-islamic-army-aaia");
}

// The brief's budget: the Phoenix country file (18,390 entries) loads in well under 200 ms
// over the built-in dictionaries; the bound here is loose so a loaded machine passes.
TEST(TabariActors, FormatIsDetected) {
  // By name (.actors), by header, and by shape.
  const std::string entry = "ZEMBLA_\n+ZEMBLAN_ARMY\n\t[ZMBMIL]\n";
  EXPECT_EQ(id_named(*load_lexicon({temp_file("a.actors", entry)}), "Zemblan Army"), "ZMB");
  EXPECT_EQ(id_named(*load_lexicon({temp_file("b.txt", "#! tabari-actors\n" + entry)}), "Zembla"), "ZMB");
  EXPECT_EQ(id_named(*load_lexicon({temp_file("c.txt", "# a comment\n\n" + entry)}), "Zembla"), "ZMB");
  EXPECT_EQ(id_named(*load_lexicon({temp_file("d.txt", "KINBOTE_ [ZMBGOV 590101-620101] [ZMBELI]\n")}), "Kinbote"),
            "person:kinbote");
}

TEST(TabariActors, MalformedLinesNameFileAndLine) {
  EXPECT_NE(load_error("e1.actors", "ZEMBLA_ [ZMB\n").find("e1.actors:1: '[' without ']'"), std::string::npos);
  EXPECT_NE(load_error("e2.actors", "\t[ZMB]\n").find("e2.actors:1: codes before any actor phrase"), std::string::npos);
  EXPECT_NE(load_error("e3.actors", "+ZEMBLAN\n").find("e3.actors:1: a '+' synonym before any actor phrase"),
            std::string::npos);
  EXPECT_NE(load_error("e4.actors", "ZEMBLA_\n\tZMB\n").find("e4.actors:2: an indented line holds codes"),
            std::string::npos);
  // TABARI's own "incorrect code block" checks: a date without a code, a date run into it.
  EXPECT_NE(load_error("e5.actors", "ZEMBLA_\n\t[950601-990815]\n").find("e5.actors:2: bad code '950601-990815'"),
            std::string::npos);
  EXPECT_NE(load_error("e6.actors", "ZEMBLA_\n\t[AAA950601-990815]\n").find("e6.actors:2: bad code"), std::string::npos);
  EXPECT_NE(load_error("e7.actors", "ZEMBLA_ [ZMBGOV 951301-990815]\n").find("e7.actors:1: bad date '951301'"),
            std::string::npos);
  EXPECT_NE(load_error("e8.actors", "ZEMBLA_ [ZMBGOV <95]\n").find("e8.actors:1: bad date '95'"), std::string::npos);
  EXPECT_NE(load_error("e9.actors", "ZEMBLA_ [ZMB]\n<!-- open\n").find("e9.actors:3: '<!--' without '-->'"),
            std::string::npos);
  EXPECT_NE(load_error("e10.actors", "ZEMBLA_ []\n").find("e10.actors:1: empty code"), std::string::npos);
}

TEST(TabariActors, DatesAsTheCodersReadThem) {
  const auto lex = load_lexicon({temp_file("dates.actors",
                                           "SHADE_\n"
                                           "\t[ZMBGOV 301230-301231]\n"      // YY up to 30 is 20YY
                                           "\t[ZMBGOV 19310101-19310201]\n"  // YYYYMMDD
                                           "\t[ZMBGOV 9008223-911221]\n"     // 7 digits: the first 6
                                           "\t[ZMBGOV 2004017-20061201]\n"   // reads reversed: dropped
                                           "\t[ZMBGOV 20121204]\n"           // a bare date starts a spell
                                           "\t[ZMBELI]\n")});
  const ActorEntry* shade = named(*lex, "Shade");
  ASSERT_TRUE(shade);
  ASSERT_EQ(shade->roles.size(), 4u);
  EXPECT_EQ(shade->roles[0].from, day("2030-12-30"));
  EXPECT_EQ(shade->roles[1].from, day("1931-01-01"));
  EXPECT_EQ(shade->roles[2].from, day("1990-08-22"));
  EXPECT_EQ(shade->roles[3].from, day("2012-12-04"));
  EXPECT_EQ(shade->roles[3].to, INT_MAX);
}

}  // namespace
}  // namespace irkg
