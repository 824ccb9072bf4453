#include "extract/text/furniture.h"

#include <array>
#include <cctype>
#include <string>

#include "extract/text/text_util.h"

namespace irkg::text {
namespace {

// Headers that open a list of other articles. Matched against the whole line (with
// trailing punctuation removed), so body sentences that merely contain the words pass.
constexpr std::array<std::string_view, 44> kRelatedHeaders = {
    "also read",         "read also",           "read more",          "related",
    "related articles",  "related stories",     "related news",       "related posts",
    "related content",   "related coverage",    "related topics",     "related links",
    "related reading",   "you may also like",   "you might also like", "you may like",
    "recommended",       "recommended for you", "recommended stories", "more stories",
    "more news",         "top stories",         "latest news",        "latest stories",
    "latest",            "trending",            "trending now",       "most popular",
    "most read",         "popular",             "popular posts",      "see also",
    "further reading",   "editor's picks",      "editors' picks",     "don't miss",
    "more like this",    "read next",           "up next",            "what to read next",
    "in case you missed it", "more coverage",   "more from",          "other news"};

// Prefixes that put one related headline on the same line: "Also Read: ...".
constexpr std::array<std::string_view, 12> kInlinePrefixes = {
    "also read", "read also", "read more", "see also", "also see", "related",
    "recommended", "must read", "don't miss", "read:", "watch:", "also watch"};

// Headers after which the article is over: tags, sharing, author box, comments, newsletter.
struct Marker {
  std::string_view words;
  const char* reason;
};
constexpr std::array<Marker, 31> kEndMarkers = {{
    {"tags", "tags"},
    {"tagged", "tags"},
    {"topics", "tags"},
    {"filed under", "tags"},
    {"share", "share"},
    {"share this", "share"},
    {"share this article", "share"},
    {"share this story", "share"},
    {"share this post", "share"},
    {"share via", "share"},
    {"share on", "share"},
    {"about the author", "author-bio"},
    {"about the authors", "author-bio"},
    {"author", "author-bio"},
    {"leave a reply", "comments"},
    {"leave a comment", "comments"},
    {"post a comment", "comments"},
    {"add a comment", "comments"},
    {"comments", "comments"},
    {"join the discussion", "comments"},
    {"join the conversation", "comments"},
    {"subscribe", "subscribe"},
    {"newsletter", "subscribe"},
    {"stay in the loop", "subscribe"},
    {"sign up for our newsletter", "subscribe"},
    {"subscribe to our newsletter", "subscribe"},
    {"follow us", "share"},
    {"continue reading", "end-of-article"},
    {"continue to the full article", "end-of-article"},
    {"more in", "related-headlines"},
    {"more on", "related-headlines"},
}};

// Words that, anywhere in a short line, make it furniture on their own.
struct Cue {
  std::string_view words;
  const char* reason;
};
constexpr std::array<Cue, 42> kLineCues = {{
    {"uses cookies", "cookie-notice"},
    {"use cookies", "cookie-notice"},
    {"use of cookies", "cookie-notice"},
    {"cookie policy", "cookie-notice"},
    {"accept cookies", "cookie-notice"},
    {"cookie settings", "cookie-notice"},
    {"consent to cookies", "cookie-notice"},
    {"all rights reserved", "copyright"},
    {"privacy policy", "site-links"},
    {"terms of use", "site-links"},
    {"terms of service", "site-links"},
    {"terms and conditions", "site-links"},
    {"forgot password", "login"},
    {"forgotten password", "login"},
    {"forgot your password", "login"},
    {"reset your password", "login"},
    {"username or email", "login"},
    {"login to your account", "login"},
    {"log in to your account", "login"},
    {"sign in to your account", "login"},
    {"create an account", "login"},
    {"you are commenting using", "comments"},
    {"your email address will not be published", "comments"},
    {"required fields are marked", "comments"},
    {"reduce spam", "comments"},
    {"notify me of", "comments"},
    {"share on facebook", "share"},
    {"share on twitter", "share"},
    {"share on whatsapp", "share"},
    {"share on linkedin", "share"},
    {"click to share", "share"},
    {"subscribe to our newsletter", "subscribe"},
    {"sign up for our newsletter", "subscribe"},
    {"delivered straight to your inbox", "subscribe"},
    {"skip to content", "navigation"},
    {"slideshow requires javascript", "widget"},
    {"enable javascript", "widget"},
    {"like this story", "share"},
    {"share it with a friend", "share"},
    {"click to email", "share"},
    {"click to print", "share"},
    {"opens in new window", "share"},
}};

// Lines that are nothing but one of these words are widgets.
constexpr std::array<std::string_view, 20> kWidgetLines = {
    "advertisement", "advertising", "sponsored", "log in", "login", "sign in", "sign up", "register",
    "menu",          "search",      "close",     "print", "email",  "tweet",   "whatsapp", "to top",
    "permalink",     "back to top", "advert", "ad"};

std::string_view trim_punct(std::string_view s) {
  auto strip = [](char c) { return c == ' ' || c == ':' || c == '.' || c == '|' || c == '-' || c == '>' || c == '!'; };
  while (!s.empty() && strip(s.back())) s.remove_suffix(1);
  while (!s.empty() && strip(s.front())) s.remove_prefix(1);
  // Trailing arrows/chevrons "»", "›", "→" (UTF-8).
  for (std::string_view tail : {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92"})
    while (s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail) {
      s.remove_suffix(tail.size());
      while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    }
  return s;
}

bool equals_ci(std::string_view a, std::string_view lower_b) { return a.size() == lower_b.size() && starts_with_ci(a, lower_b); }

// "About Jane Doe": an author box header (two to four capitalised words after "About").
bool is_about_person(std::string_view s) {
  if (!starts_with_ci(s, "about ") || s.size() > 50) return false;
  std::string_view rest = s.substr(6);
  int names = 0;
  while (!rest.empty()) {
    const std::size_t sp = rest.find(' ');
    const std::string_view w = rest.substr(0, sp);
    if (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0x80)) return false;
    ++names;
    if (sp == std::string_view::npos) break;
    rest.remove_prefix(sp + 1);
  }
  return names >= 2 && names <= 4;
}

// "12 Comments", "Comments (3)".
bool is_comment_count(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == 0 && (starts_with_ci(s, "one ") || starts_with_ci(s, "no "))) i = s.find(' ');
  if (i > 0 && i < s.size() && s[i] == ' ') {
    const std::string_view rest = s.substr(i + 1);
    // "34 responses to “Headline”", "2 thoughts on “Headline”": a comment section.
    for (std::string_view opener : {"responses to", "response to", "thoughts on", "thought on", "replies to",
                                    "comments on", "comments to"})
      if (starts_with_ci(rest, opener)) return true;
    return equals_ci(rest, "comments") || equals_ci(rest, "comment") || equals_ci(rest, "responses") ||
           equals_ci(rest, "replies") || equals_ci(rest, "shares");
  }
  return starts_with_ci(s, "comments (");
}

bool is_all_share_words(std::string_view s) {
  // "ShareTweetSend", "Share1383TweetSend", "Facebook Twitter LinkedIn Email": only share
  // verbs, network names and counts.
  static constexpr std::array<std::string_view, 14> kParts = {
      "share", "tweet", "send", "pin", "email", "facebook", "twitter", "linkedin", "whatsapp", "reddit",
      "telegram", "print", "copy link", "youtube"};
  std::size_t matched_words = 0;
  while (!s.empty()) {
    if (s.front() == ' ' || s.front() == '|' || (s.front() >= '0' && s.front() <= '9')) {
      s.remove_prefix(1);
      continue;
    }
    bool hit = false;
    for (auto p : kParts)
      if (starts_with_ci(s, p)) {
        s.remove_prefix(p.size());
        hit = true;
        ++matched_words;
        break;
      }
    if (!hit) return false;
  }
  return matched_words >= 1;
}

}  // namespace

std::string_view copyright_holder(std::string_view line) {
  if (line.size() > 200) return {};
  const std::string lower = lower_ascii(line);
  std::size_t mark = std::string::npos, mark_end = 0;
  for (std::string_view m : {"\xC2\xA9", "(c)", "copyright"}) {
    const std::size_t p = lower.find(m);
    if (p != std::string::npos && p < mark) {
      mark = p;
      mark_end = p + m.size();
    }
  }
  if (mark == std::string::npos) return {};
  std::string_view s = line.substr(mark_end);
  // "© 2025 ..." / "Copyright 2019 ..." open the line or put a year right after the mark;
  // "the copyright of this essay" in a sentence does neither.
  std::string_view after = s;
  while (!after.empty() && (after.front() == ' ' || after.front() == ':')) after.remove_prefix(1);
  if (after.substr(0, 2) == "\xC2\xA9") after.remove_prefix(2);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  const bool year_follows = after.size() >= 4 && std::isdigit(static_cast<unsigned char>(after[0])) &&
                            std::isdigit(static_cast<unsigned char>(after[3]));
  const std::size_t lead = line.find_first_not_of(' ');
  if (!year_follows && mark > lead + 2) return {};
  // Skip years, dashes, the sign itself and the word "Copyright" before the holder's name.
  auto skip_noise = [&] {
    for (bool again = true; again && !s.empty();) {
      again = false;
      for (std::string_view noise : {" ", "-", ",", ".", ":", "\xC2\xA9", "\xE2\x80\x93", "\xE2\x80\x94"})
        if (s.substr(0, noise.size()) == noise) {
          s.remove_prefix(noise.size());
          again = true;
        }
      if (!s.empty() && s.front() >= '0' && s.front() <= '9') {
        s.remove_prefix(1);
        again = true;
      }
    }
  };
  skip_noise();
  if (starts_with_ci(s, "copyright")) s.remove_prefix(9);
  skip_noise();
  // Cut at the first sentence end or "All rights reserved".
  for (std::string_view stop : {". ", "all rights", "|", " - ", "\xE2\x80\x93"}) {
    const std::string lower = lower_ascii(s);
    const std::size_t p = lower.find(stop);
    if (p != std::string::npos) s = s.substr(0, p);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
  for (std::string_view suffix : {" private limited", " pvt ltd", " pvt. ltd", " limited", " ltd", " inc", " llc",
                                  " gmbh", " corporation", " corp", " co"}) {
    if (s.size() > suffix.size() && equals_ci(s.substr(s.size() - suffix.size()), suffix)) {
      s.remove_suffix(suffix.size());
      while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
    }
  }
  if (s.empty() || s.size() > 60) return {};
  return s;
}

Furniture classify_furniture(std::string_view line) {
  const std::string_view core = trim_punct(line);
  if (core.empty()) return {};
  const bool short_line = core.size() <= 60;

  if (short_line) {
    for (auto h : kRelatedHeaders)
      if (equals_ci(core, h)) return {FurnitureKind::RelatedHeader, "related-headlines"};
    for (const auto& m : kEndMarkers) {
      if (equals_ci(core, m.words)) return {FurnitureKind::EndMarker, m.reason};
      // "Tags: Russia, Japan", "More in Politics", "Share this:": marker plus a few words.
      if (starts_with_ci(core, m.words) && core.size() > m.words.size()) {
        const char next = core[m.words.size()];
        const bool tag_list = next == ':' && (m.words == "tags" || m.words == "topics" || m.words == "tagged");
        const bool section = next == ' ' && (m.words == "more in" || m.words == "more on" || m.words == "share on" ||
                                             m.words == "filed under" || m.words == "tagged" || m.words == "share this");
        if (tag_list || section) return {FurnitureKind::EndMarker, m.reason};
      }
    }
    if (is_about_person(core)) return {FurnitureKind::EndMarker, "author-bio"};
    if (is_comment_count(core)) return {FurnitureKind::EndMarker, "comments"};
    if (starts_with_ci(core, "more ") && core.size() <= 30 && (core.find(" from ") != std::string_view::npos))
      return {FurnitureKind::RelatedHeader, "related-headlines"};
  }
  // Tag lists run long on topic-heavy pages: "Topics: European Union · Russia · Sanctions ...".
  for (std::string_view tag : {"tags:", "tags :", "topics:", "topics :", "tagged:", "filed under:"})
    if (starts_with_ci(core, tag)) return {FurnitureKind::EndMarker, "tags"};

  for (auto p : kInlinePrefixes) {
    if (!starts_with_ci(core, p) || core.size() <= p.size() + 3) continue;
    const char next = core[p.size()];
    const bool separated = p.back() == ':' || next == ':' || next == '|' || next == '-' || next == '\xC2' /* » or NBSP */ ||
                           next == '\xE2' /* – → */ || (next == ' ' && p != "related" && p != "recommended");
    if (separated) return {FurnitureKind::RelatedInline, "related-headlines"};
  }

  if (short_line) {
    for (auto w : kWidgetLines)
      if (equals_ci(core, w)) return {FurnitureKind::Line, "widget"};
    if (is_all_share_words(core)) return {FurnitureKind::Line, "share"};
  }
  if (starts_with_ci(core, "liked this story") || starts_with_ci(core, "enjoyed this article") ||
      starts_with_ci(core, "did you like this"))
    return {FurnitureKind::EndMarker, "subscribe"};
  if (is_comment_count(core) && core.size() <= 200) return {FurnitureKind::EndMarker, "comments"};
  if (core.size() <= 400) {
    const std::string lower = lower_ascii(core);
    for (const auto& c : kLineCues)
      if (lower.find(c.words) != std::string::npos) return {FurnitureKind::Line, c.reason};
    // Newsletter prompts come in many wordings; the pair of words is what they share.
    if (lower.find("newsletter") != std::string::npos &&
        (lower.find("sign up") != std::string::npos || lower.find("subscribe") != std::string::npos))
      return {FurnitureKind::Line, "subscribe"};
    if (!copyright_holder(core).empty() && core.size() <= 160) return {FurnitureKind::Line, "copyright"};
  }
  return {};
}

}  // namespace irkg::text
