// Parsers for the dictionary files. Every malformed line is an error naming file and line:
// a silently skipped entry would be a silently missing actor or relation.
#include <algorithm>
#include <climits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/tag_tables.h"

namespace irkg {
namespace {

// The British or American spelling of a name's -ization/-isation and -ense/-ence words
// ("World Health Organization" <-> "... Organisation", "Ministry of Defense" <-> "Defence"),
// or "" when it has none.
std::string other_spelling(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"ization", "isation"}, {"isation", "ization"}, {"Defense", "Defence"}, {"Defence", "Defense"}};
  for (const auto& [from, to] : kPairs)
    if (const std::size_t at = name.find(from); at != std::string_view::npos) {
      std::string out(name);
      out.replace(at, from.size(), to);
      return out;
    }
  return {};
}

// An all-capitals name of four letters or more written as a word ("NATO" -> "Nato"), or ""
// when it is shorter, has other characters, or is an English word in lower case.
std::string acronym_as_word(std::string_view name) {
  if (name.size() < 4 || !std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return {};
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(c - 'A' + 'a');
  if (tag_tables::find(tag_tables::kLexicon, lower)) return {};
  lower[0] = name[0];
  return lower;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

// Blanks and CR only: a tab is a field separator, and a row's empty last field must stay.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

[[noreturn]] void fail(const std::string& origin, int line, const std::string& problem) {
  throw std::runtime_error(origin + ":" + std::to_string(line) + ": " + problem);
}

// Calls fn(line_number, fields) for every content line.
template <class Fn>
void for_each_row(std::string_view text, Fn&& fn) {
  int number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++number;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split(line, '\t');
    for (auto& f : fields) f = trim(f);
    fn(number, fields);
  }
}

int day_or(std::string_view text, int open, const std::string& origin, int line) {
  if (text.empty()) return open;
  const auto ymd = parse_iso_date(text);
  if (!ymd) fail(origin, line, "bad date '" + std::string(text) + "' (want YYYY-MM-DD)");
  return static_cast<int>(days_from_civil(*ymd));
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

}  // namespace

bool Grammar::in(std::string_view cls, const std::string& lower_word) const {
  const auto it = classes.find(cls);
  return it != classes.end() && it->second.find(lower_word) != it->second.end();
}

void Grammar::finalize() {
  masks.clear();
  for (std::size_t i = 0; i < kWordClasses.size(); ++i) {
    const auto it = classes.find(kWordClasses[i]);
    if (it == classes.end()) continue;
    for (const std::string& w : it->second) masks[w] |= class_bit(static_cast<int>(i));
  }
}

const WordSet& Grammar::words(std::string_view cls) const {
  static const WordSet none;
  const auto it = classes.find(cls);
  return it == classes.end() ? none : it->second;
}

std::int32_t Lexicon::role_holder(const std::string& country, const std::string& role, int day) const {
  for (std::size_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& a = actors[i];
    if (a.type != ActorType::Person || a.country != country) continue;
    for (const RoleSpell& r : a.roles)
      if (r.role == role && r.from <= day && day < r.to) return static_cast<std::int32_t>(i);
  }
  return -1;
}

void load_actor_table(Lexicon& lex, std::string_view text, const std::string& origin) {
  for_each_row(text, [&](int line, const std::vector<std::string_view>& f) {
    if (f.size() < 3) fail(origin, line, "an actor needs id, type and country separated by TABs");
    const auto type = std::find(kActorTypeNames.begin(), kActorTypeNames.end(), f[1]);
    if (type == kActorTypeNames.end()) fail(origin, line, "unknown actor type '" + std::string(f[1]) + "'");
    const std::string key = upper(f[0]);
    auto [it, fresh] = lex.actor_by_id.try_emplace(key, static_cast<std::int32_t>(lex.actors.size()));
    if (fresh) lex.actors.push_back(ActorEntry{std::string(f[0]), static_cast<ActorType>(type - kActorTypeNames.begin()),
                                                  std::string(f[2]), "", {}, {}});
    const std::int32_t index = it->second;
    for (std::size_t k = 3; k < f.size(); ++k) {
      if (f[k].empty()) continue;
      const std::size_t eq = f[k].find('=');
      if (eq == std::string_view::npos) fail(origin, line, "field '" + std::string(f[k]) + "' is not name=value");
      const std::string_view field = f[k].substr(0, eq);
      const std::vector<std::string_view> values = split(f[k].substr(eq + 1), '|');
      for (std::string_view v : values) {
        v = trim(v);
        if (v.empty()) continue;
        ActorEntry& actor = lex.actors[static_cast<std::size_t>(index)];
        if (field == "name" || field == "adj" || field == "metonym" || field == "combining") {
          const MentionKind kind = field == "name" ? MentionKind::Name
                                   : field == "adj" ? MentionKind::Adjective
                                   : field == "metonym" ? MentionKind::Metonym
                                                        : MentionKind::Combining;
          if (field == "name" && actor.name.empty()) actor.name = std::string(v);
          lex.actor_names.add(v, ActorName{index, kind}, true);
          // "Organization"/"Organisation", "Defense"/"Defence": a name written in the other
          // spelling is the same name; dictionaries need list only one.
          if (field == "name")
            if (const std::string other = other_spelling(v); !other.empty()) lex.actor_names.add(other, ActorName{index, kind}, true);
          // "Nato", "Opec", "Ecowas": British house style writes an acronym of four letters or
          // more said as a word with one capital. Not where that is an English word ("PACE":
          // "pace"; Brill's lexicon knows it).
          if (field == "name")
            if (const std::string word = acronym_as_word(v); !word.empty()) lex.actor_names.add(word, ActorName{index, kind}, true);
        } else if (field == "members") {
          actor.members.emplace_back(v);
        } else if (field == "role") {
          const std::vector<std::string_view> parts = split(v, ':');
          if (parts.size() != 3) fail(origin, line, "role '" + std::string(v) + "' is not role:from:to");
          actor.roles.push_back(RoleSpell{std::string(parts[0]), day_or(parts[1], INT_MIN, origin, line),
                                          day_or(parts[2], INT_MAX, origin, line)});
        } else {
          fail(origin, line, "unknown actor field '" + std::string(field) + "'");
        }
      }
    }
    ActorEntry& actor = lex.actors[static_cast<std::size_t>(index)];
    if (actor.name.empty()) actor.name = actor.id;
    // An id such as "NATO" is also a name; "person:..." ids are not.
    if (actor.id.find(':') == std::string::npos) lex.actor_names.add(actor.id, ActorName{index, MentionKind::Name}, true);
  });
}

void load_relation_table(Lexicon& lex, std::string_view text, const std::string& origin) {
  for_each_row(text, [&](int line, const std::vector<std::string_view>& f) {
    // set <TAB> &NAME <TAB> word|word|...: a synonym set the patterns below may use.
    if (f[0] == "set") {
      if (f.size() != 3 || f[1].size() < 2 || f[1].front() != '&')
        fail(origin, line, "a set is set<TAB>&NAME<TAB>word|word|...");
      std::vector<std::string> words;
      for (std::string_view w : split(f[2], '|')) {
        w = trim(w);
        if (w.empty()) continue;
        if (w.find(' ') != std::string_view::npos) fail(origin, line, "set members are single words: '" + std::string(w) + "'");
        std::string lower(w);
        for (char& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
        words.push_back(lower);
      }
      if (words.empty()) fail(origin, line, "empty set " + std::string(f[1]));
      lex.relation_patterns.define_set(f[1], words);
      return;
    }
    if (f.size() < 6)
      fail(origin, line, "a relation needs frame, phrases, relation, category, cameo, weight separated by TABs");
    RelationEntry r;
    if (f[0] == "verb") r.frame = Frame::Verb;
    else if (f[0] == "noun") r.frame = Frame::Noun;
    else if (f[0] == "pair") r.frame = Frame::Pair;
    else if (f[0] == "stance") r.frame = Frame::Stance;
    else if (f[0] == "speaker") r.frame = Frame::Speaker;
    else fail(origin, line, "unknown frame '" + std::string(f[0]) + "' (verb, noun, pair, stance, speaker)");
    r.relation = std::string(f[2]);
    r.category = std::string(f[3]);
    r.violent = r.category == "ASSAULT" || r.category == "FIGHT";
    r.threat = r.category == "THREATEN";
    r.cameo = f[4] == "-" ? "" : std::string(f[4]);
    try {
      std::size_t used = 0;
      r.weight = std::stod(std::string(f[5]), &used);
      if (used != f[5].size() || r.weight < -10 || r.weight > 10) throw std::invalid_argument("range");
    } catch (const std::exception&) {
      fail(origin, line, "weight '" + std::string(f[5]) + "' is not a number in -10..10");
    }
    bool inflect = r.frame == Frame::Verb;
    bool coalition = false, invited = false, literal_option = false;
    for (std::size_t k = 6; k < f.size(); ++k) {
      for (std::string_view opt : split(f[k], ' ')) {
        if (opt.empty()) continue;
        if (opt == "sym") r.symmetric = true;
        else if (opt == "across") r.across = true;
        else if (opt == "direct") r.direct = true;
        else if (opt == "place-agent") r.place_agent = true;
        else if (opt == "ends-conflict") r.ends_conflict = true;
        else if (opt == "ties-subject") r.ties_subject = true;
        else if (opt == "guests-meet") r.guests_meet = true;
        else if (opt == "coalition") coalition = true;
        else if (opt == "invited") invited = true;
        else if (opt == "off-pitch") r.off_pitch = true;
        else if (opt == "with-partner") r.with_partner = true;
        else if (opt == "organisation-object") r.object_kind = RelationEntry::ObjectKind::Organisation;
        else if (opt == "no-organisation-object") r.object_kind = RelationEntry::ObjectKind::NotOrganisation;
        else if (opt == "inf") r.infinitive = true;
        else if (opt == "agent-of") r.agent_of = true;
        else if (opt == "owned") r.owned = true;
        else if (opt == "goods-subject") r.goods_subject = true;
        else if (opt == "arms-goods") r.arms_goods = true;
        else if (opt == "undoes-sanctions") r.undoes_sanctions = true;
        else if (opt == "force-subject") r.force_subject = true;
        else if (opt == "answers-act") r.answers_act = true;
        else if (opt == "bare-object") r.bare_object = true;
        else if (opt == "craft-object") r.craft_object = true;
        else if (opt == "copies-act") r.copies_act = true;
        else if (opt == "goods-from") r.goods_from = true;
        else if (opt == "goods-by") r.goods_from = r.goods_by = true;
        else if (opt == "object-acts") r.object_acts = true;
        else if (opt == "perceived") r.perceived_only = true;
        else if (opt == "compose") r.compose = true;
        else if (opt == "compose-only") r.compose = r.compose_only = true;
        else if (opt == "literal") inflect = false, literal_option = true;
        else if (opt.substr(0, 5) == "prep=")
          for (std::string_view p : split(opt.substr(5), '|')) r.preps.emplace_back(p);
        else fail(origin, line, "unknown option '" + std::string(opt) + "'");
      }
    }
    const auto index = static_cast<std::int32_t>(lex.relations.size());
    if (r.relation == "refuse_yield" && lex.refusal_relation < 0) lex.refusal_relation = index;
    if (r.relation == "warn" && lex.warning_relation < 0) lex.warning_relation = index;
    if (r.relation == "suspend" && r.frame == Frame::Verb && lex.suspension_relation < 0) lex.suspension_relation = index;
    if (r.relation == "sanction" && r.frame == Frame::Verb && lex.sanction_relation < 0) lex.sanction_relation = index;
    if (r.relation == "show_force" && r.frame == Frame::Verb && lex.show_force_relation < 0) lex.show_force_relation = index;
    if (r.relation == "meet" && lex.meeting_relation < 0) lex.meeting_relation = index;
    if (r.relation == "undermine" && r.frame == Frame::Verb && lex.undermining_relation < 0) lex.undermining_relation = index;
    if (r.relation == "reject" && r.frame == Frame::Verb && lex.prevention_relation < 0) lex.prevention_relation = index;
    if (r.relation == "host" && r.frame == Frame::Verb && lex.hosting_relation < 0) lex.hosting_relation = index;
    if (r.relation == "mediate" && r.frame == Frame::Verb && lex.mediation_relation < 0) lex.mediation_relation = index;
    if (r.relation == "accuse" && r.frame == Frame::Verb && lex.finding_relation < 0) lex.finding_relation = index;
    if (r.relation == "threaten" && r.frame == Frame::Verb && lex.conditional_threat_relation < 0)
      lex.conditional_threat_relation = index;
    if (coalition) lex.coalition_relation = index;
    if (invited) lex.invited_relation = index;
    lex.relations.push_back(r);
    const auto head = inflect                                   ? RelationPatterns::Head::Verb
                      : r.frame == Frame::Noun && !literal_option ? RelationPatterns::Head::Noun
                                                                  : RelationPatterns::Head::Literal;
    for (std::string_view phrase : split(f[1], '|')) {
      phrase = trim(phrase);
      if (phrase.empty()) continue;
      if (const std::string error = lex.relation_patterns.add(phrase, index, head, lex.grammar, r.compose); !error.empty())
        fail(origin, line, error + " in '" + std::string(phrase) + "'");
    }
  });
}

void load_grammar_table(Lexicon& lex, std::string_view text, const std::string& origin) {
  for_each_row(text, [&](int line, const std::vector<std::string_view>& f) {
    if (f.size() != 2) fail(origin, line, "a grammar line is CLASS<TAB>word|word|...");
    const std::string cls(f[0]);
    for (std::string_view v : split(f[1], '|')) {
      v = trim(v);
      if (v.empty()) continue;
      if (cls.rfind("role:", 0) == 0) {
        lex.role_titles.add(v, cls.substr(5), false);
      } else if (cls == "pair_anaphor") {
        lex.pair_anaphora.add(v, true, false);
      } else if (cls == "state_anaphor") {
        lex.state_anaphora.add(v, true, false);
      } else if (cls == "neighbour_anaphor") {
        lex.neighbour_anaphora.add(v, true, false);
      } else if (cls == "owner_state_anaphor") {
        lex.owner_state_anaphora.add(v, true, false);
      } else if (cls == "org_anaphor") {
        lex.org_anaphora.add(v, true, false);
      } else if (cls == "not_actor") {
        lex.actor_names.add(v, ActorName{-1, MentionKind::Blocked}, true);
      } else {
        std::string lower(v);
        for (char& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
        lex.grammar.classes[cls].insert(lower);
      }
    }
  });
}

}  // namespace irkg
