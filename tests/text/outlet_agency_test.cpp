// Publisher and wire agency of a page: the outlet is never a section label, a byline, a
// blog platform or the agency; the agency comes from datelines, bylines and credit lines,
// never from a mention inside the story or a photo credit.
#include <gtest/gtest.h>

#include "extract/text/agency.h"
#include "extract/text/outlet_choice.h"
#include "tests/text/test_helpers.h"

namespace irkg {
namespace {

MainText outlets_fixture(const std::string& name) { return testing::extract_fixture("../outlets/" + name); }

TEST(OutletChoice, SectionInSiteNameGivesWayToThePublisher) {
  const MainText m = outlets_fixture("section_site_name.html");
  EXPECT_EQ(m.outlet, "The Lakeside Courier");
  EXPECT_EQ(m.agency, "");
  EXPECT_EQ(m.published, "2026-02-02");
}

TEST(OutletChoice, BlogPlatformIsNotThePublisher) {
  const MainText m = outlets_fixture("blog_platform.html");
  // JSON-LD says "Blogger"; og:site_name carries the blog's name and a tagline.
  EXPECT_EQ(m.outlet, "Ridgeline Notes");
  EXPECT_EQ(m.agency, "");
}

TEST(OutletChoice, WireStoryKeepsThePaperAsOutletAndTheAgencyApart) {
  // Harbour Times' JSON-LD publisher is the agency; Steppe Herald credits it as author;
  // Meridian Wire only through the dateline and byline.
  for (const auto& [file, outlet] : {std::pair{"wire_harbour_times.html", "Harbour Times"},
                                     std::pair{"wire_steppe_herald.html", "Steppe Herald"},
                                     std::pair{"wire_meridian_wire.html", "Meridian Wire"}}) {
    const MainText m = outlets_fixture(file);
    EXPECT_EQ(m.outlet, outlet) << file;
    EXPECT_EQ(m.agency, "Associated Press") << file;
  }
}

TEST(OutletChoice, ListedHostWinsOverWhatThePageCallsItself) {
  text::PageMetadata meta;
  meta.url = "https://www.reuters.com/article/us-markets/some-story";
  meta.outlet_candidates = {{"og:site_name", "U.S."}, {"json-ld publisher", "Reuters"}};
  EXPECT_EQ(text::choose_outlet(meta).outlet, "Reuters");
  // A syndicated copy's canonical link names the original; og:url names this copy's site.
  meta.url = "https://www.cnn.com/2026/01/02/world/story";
  meta.site_url = "https://www.msn.com/en-us/news/world/story/ar-XYZ";
  meta.outlet_candidates = {{"og:site_name", "MSN"}};
  EXPECT_EQ(text::choose_outlet(meta).outlet, "MSN");
}

TEST(OutletChoice, SlugsAndUnlistedHosts) {
  text::PageMetadata meta;
  meta.url = "https://www.riverbendgazette.example/local/story";
  meta.outlet_candidates = {{"og:site_name", "riverbendgazette"}};
  // A lower-case slug is the host's name, not the paper's: the host says it better.
  EXPECT_EQ(text::choose_outlet(meta).outlet, "riverbendgazette.example");
  meta.outlet_candidates = {{"og:site_name", "DH News Service"}, {"title suffix", "Riverbend Gazette"}};
  EXPECT_EQ(text::choose_outlet(meta).outlet, "Riverbend Gazette");
  meta.outlet_candidates = {{"json-ld publisher", "Associated Press"}, {"og:site_name", "Riverbend Gazette"}};
  const auto choice = text::choose_outlet(meta);
  EXPECT_EQ(choice.outlet, "Riverbend Gazette");
  EXPECT_EQ(choice.agency_hint, "Associated Press");
  meta.outlet_candidates.clear();
  EXPECT_EQ(text::choose_outlet(meta).outlet, "riverbendgazette.example");
}

TEST(OutletChoice, RejectsSectionsBylinesPlatformsAndAgencies) {
  const std::vector<std::string> sections{"Asia Pacific"};
  EXPECT_EQ(text::reject_outlet_name("U.S.", {}), "section");
  EXPECT_EQ(text::reject_outlet_name("Asia Pacific", sections), "section");
  EXPECT_EQ(text::reject_outlet_name("DH News Service", {}), "byline");
  EXPECT_EQ(text::reject_outlet_name("By Staff Reporter", {}), "byline");
  EXPECT_EQ(text::reject_outlet_name("Blogger", {}), "platform");
  EXPECT_EQ(text::reject_outlet_name("WordPress.com", {}), "platform");
  EXPECT_EQ(text::reject_outlet_name("AFP", {}), "agency");
  EXPECT_EQ(text::reject_outlet_name("The Lakeside Courier", {}), "");
  EXPECT_EQ(text::reject_outlet_name("The Hollywood Reporter", {}), "");
  EXPECT_EQ(text::reject_outlet_name("Staffordshire Live", {}), "");
}

TEST(OutletChoice, NamesHost) {
  EXPECT_TRUE(text::names_host("NJ.com", "nj.com"));
  EXPECT_TRUE(text::names_host("The Verge", "theverge.com"));
  EXPECT_TRUE(text::names_host("The Detroit News", "detroitnews.com"));
  EXPECT_TRUE(text::names_host("Smithsonian", "smithsonianmag.com"));
  EXPECT_TRUE(text::names_host("IGN", "ign.com"));
  EXPECT_FALSE(text::names_host("Connecticut Post", "ctpost.com"));
  EXPECT_FALSE(text::names_host("News", "newsweek.com"));
}

TEST(Agency, Datelines) {
  EXPECT_EQ(text::detect_agency({"WASHINGTON (Reuters) - The Senate voted on Tuesday."}, "", {}), "Reuters");
  EXPECT_EQ(text::detect_agency({"NEW DELHI (PTI): India and Nepal agreed on Friday."}, "", {}), "Press Trust of India");
  EXPECT_EQ(text::detect_agency({"BEIJING, March 3 (Xinhua) -- China and Laos opened a rail link."}, "", {}),
            "Xinhua");
  EXPECT_EQ(text::detect_agency({"MOSCOW, March 3. /TASS/. Russia and Belarus held talks."}, "", {}), "TASS");
  EXPECT_EQ(text::detect_agency({"Headline first", "SEOUL (AP) \xE2\x80\x94 The two Koreas met."}, "", {}),
            "Associated Press");
}

TEST(Agency, BylinesAndCreditLines) {
  EXPECT_EQ(text::detect_agency({"Body."}, "Reuters Staff", {}), "Reuters");
  EXPECT_EQ(text::detect_agency({"Body."}, "By Jane Roe, Associated Press", {}), "Associated Press");
  EXPECT_EQ(text::detect_agency({"Body.", "(With inputs from PTI)"}, "", {}), "Press Trust of India");
  EXPECT_EQ(text::detect_agency({"Body.", "\xE2\x80\x94 AFP"}, "", {}), "Agence France-Presse");
  EXPECT_EQ(text::detect_agency({"Body."}, "", {"Copyright 2026 The Associated Press. All rights reserved."}),
            "Associated Press");
  EXPECT_EQ(text::detect_agency({"Body.", "Reporting by Jane Roe; Editing by John Doe"}, "", {}), "Reuters");
}

TEST(Agency, MentionsAndPhotoCreditsAreNoCredit) {
  EXPECT_EQ(text::detect_agency({"The minister told Reuters (in an interview) that talks would resume.",
                                 "AP reporters were at the border."},
                                "Jane Roe", {"\xC2\xA9 REUTERS / POOL", "(AP Photo/John Doe)"}),
            "");
  // "AP" is an acronym: lower-case or inside a word it is not the agency.
  EXPECT_EQ(text::detect_agency({"LIMA (ap) - Text."}, "Apple Staff", {}), "");
}

}  // namespace
}  // namespace irkg
