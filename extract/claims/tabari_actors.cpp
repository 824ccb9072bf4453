// TABARI/PETRARCH actor dictionaries (.actors, Phoenix.*.actors.txt) read into the lexicon,
// so users bring the Phoenix dictionaries they already have (data/README.md, "TABARI/PETRARCH
// actor files", says what each construct becomes). A malformed line is an error naming
// file and line; the oddities the Phoenix and TABARI files really contain are read
// deliberately, each where it is handled.
#include <algorithm>
#include <climits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/date.h"
#include "core/embedded_data.h"
#include "core/strings.h"
#include "extract/claims/lexicon.h"

namespace irkg {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t at = s.find(sep);
    out.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return out;
    s.remove_prefix(at + 1);
  }
}

[[noreturn]] void fail(const std::string& origin, int line, const std::string& problem) {
  throw std::runtime_error(origin + ":" + std::to_string(line) + ": " + problem);
}

// What a code block means (data/cameo_actor_codes.tsv) and which irkg actor a CAMEO country
// or organisation code is (data/cameo_countries.tsv, shared with `irkg import`).
struct CodeTables {
  std::unordered_map<std::string, std::string> countries;      // USA -> USA, ROM -> ROU, USR -> RUS
  std::unordered_set<std::string> regions;                     // EUR, AFR, WST: not actors
  std::unordered_map<std::string, std::string> organisations;  // UNO -> UN, NAT -> NATO
  struct Block {
    std::string reading, target;
  };
  std::unordered_map<std::string, Block> first, role;
};

CodeTables build_code_tables() {
  CodeTables t;
  int number = 0;
  for (std::string_view line : split(embedded_file("cameo_countries.tsv"), '\n')) {
    ++number;
    line = trim_space(line);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> f = split(line, '\t');
    if (f.size() < 4) fail("data/cameo_countries.tsv", number, "expected codes, id, type, name");
    if (f[0] == "-") continue;
    for (std::string_view code : split(f[0], '|')) {
      const std::string c(trim_space(code));
      if (f[2] == "igo") t.organisations[c] = std::string(f[1]);
      else if (f[2] == "region") t.regions.insert(c);
      else t.countries[c] = std::string(f[1]);
    }
  }
  number = 0;
  for (std::string_view line : split(embedded_file("cameo_actor_codes.tsv"), '\n')) {
    ++number;
    line = trim_space(line);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> f = split(line, '\t');
    if (f.size() != 4 || f[1].size() != 3) fail("data/cameo_actor_codes.tsv", number, "expected position, 3-letter block, reading, target");
    CodeTables::Block b{std::string(f[2]), std::string(f[3])};
    if (f[0] == "first") {
      if (b.reading == "country") t.countries[std::string(f[1])] = b.target;
      else if (b.reading != "igo" && b.reading != "group" && b.reading != "none")
        fail("data/cameo_actor_codes.tsv", number, "a first block reads as country, igo, group or none");
      t.first[std::string(f[1])] = b;
    } else if (f[0] == "role") {
      if (b.reading != "state" && b.reading != "person" && b.reading != "group" && b.reading != "place")
        fail("data/cameo_actor_codes.tsv", number, "a role block reads as state, person, group or place");
      t.role[std::string(f[1])] = b;
    } else {
      fail("data/cameo_actor_codes.tsv", number, "position is first or role");
    }
  }
  return t;
}

const CodeTables& code_tables() {
  static const CodeTables tables = build_code_tables();
  return tables;
}

// What one CAMEO code says about the actor that carries it.
enum class Reading : std::uint8_t {
  Country,  // the state itself (AFG), an organ of it (AFGGOV, AFGMIL) or a status of its land (IRQOCC)
  Person,   // an individual (AFGELI)
  Group,    // a non-state actor (AFGREB, NGO..., MNC..., IMG...)
  Igo,      // an organisation (IGOUNO)
  Nothing,  // a region or no-country code with nothing more: no actor
};

struct Resolved {
  Reading reading = Reading::Nothing;
  bool organ = false;     // Country read from an office block (GOV, MIL): a dated one is a person's spell
  std::string country;    // irkg id of the state or organisation; empty when the code names none
  bool own_state = false;  // a first block no table knows: the dictionary's own state (TABARI's demo Arnor)
};

bool is_country_block(const CodeTables& t, const Lexicon& lex, const std::string& block) {
  if (t.countries.count(block) || t.regions.count(block)) return true;
  const auto it = lex.actor_by_id.find(block);
  return it != lex.actor_by_id.end() && lex.actors[static_cast<std::size_t>(it->second)].territorial();
}

std::string country_of_block(const CodeTables& t, const Lexicon& lex, const std::string& block) {
  if (const auto it = t.countries.find(block); it != t.countries.end()) return it->second;
  if (t.regions.count(block)) return "";
  // Codes CAMEO writes as ISO does (ROU, MNE, GGY): the lexicon's own state or territory.
  const auto it = lex.actor_by_id.find(block);
  if (it != lex.actor_by_id.end() && lex.actors[static_cast<std::size_t>(it->second)].territorial()) return block;
  return "";
}

// The role blocks after the first: the first one data/cameo_actor_codes.tsv lists decides;
// none listed reads as Group, unless every later block is a country or region (USAASM).
Reading role_reading(const CodeTables& t, const Lexicon& lex, const std::vector<std::string>& blocks, bool& organ) {
  organ = false;
  bool other = false;
  for (std::size_t i = 1; i < blocks.size(); ++i) {
    const auto it = t.role.find(blocks[i]);
    if (it != t.role.end()) {
      organ = it->second.reading == "state";
      return it->second.reading == "person" ? Reading::Person
             : it->second.reading == "group" ? Reading::Group
                                             : Reading::Country;
    }
    if (!is_country_block(t, lex, blocks[i])) other = true;
  }
  return other ? Reading::Group : Reading::Country;
}

Resolved resolve(const std::string& code, const Lexicon& lex) {
  const CodeTables& t = code_tables();
  std::vector<std::string> blocks;
  for (std::size_t i = 0; i < code.size(); i += 3) blocks.push_back(code.substr(i, 3));
  Resolved r;
  const std::string& first = blocks[0];
  if (const auto it = t.first.find(first); it != t.first.end() && it->second.reading != "country") {
    const std::string& reading = it->second.reading;
    if (reading == "igo") {
      // The most specific organisation named: IGOUNOIAE is the IAEA, IGOUNOKID (UNICEF) the UN.
      r.reading = Reading::Igo;
      for (std::size_t i = blocks.size(); i-- > 1;)
        if (const auto org = t.organisations.find(blocks[i]); org != t.organisations.end()) {
          r.country = org->second;
          break;
        }
      return r;
    }
    if (reading == "group") {
      // The first later country block is the group's state. Blocks the table reads as `none`
      // are religions and the like, never a state, though MUS (Muslim) is also Mauritius.
      r.reading = Reading::Group;
      for (std::size_t i = 1; i < blocks.size() && r.country.empty(); ++i) {
        const auto none = t.first.find(blocks[i]);
        if (none == t.first.end() || none->second.reading != "none") r.country = country_of_block(t, lex, blocks[i]);
      }
      return r;
    }
    // `none`: no country. An elite code alone ([ELI]) still marks a person.
    if (const auto role = t.role.find(first); role != t.role.end() && role->second.reading == "person") {
      r.reading = Reading::Person;
      return r;
    }
    bool organ = false;
    r.reading = blocks.size() > 1 ? role_reading(t, lex, blocks, organ) : Reading::Group;
    if (r.reading == Reading::Country) r.reading = Reading::Nothing;
    return r;
  }
  if (is_country_block(t, lex, first)) {
    r.country = country_of_block(t, lex, first);
  } else if (const auto org = t.organisations.find(first); org != t.organisations.end()) {
    // TABARI-era codes name organisations without the IGO prefix ([UNO], [IMF]).
    r.reading = Reading::Igo;
    r.country = org->second;
    return r;
  } else {
    r.country = first;
    r.own_state = true;
  }
  r.reading = role_reading(t, lex, blocks, r.organ);
  if (r.country.empty() && r.reading == Reading::Country) r.reading = Reading::Nothing;  // a region
  return r;
}

// One bracketed code: [USA], [USAGOV 010120-170120], [USAGOV <011214], [IGOUNO >070201].
struct CodeSpell {
  std::string code;  // upper-case; empty for the null codes ---, ###, +++
  int from = INT_MIN, to = INT_MAX;
  bool dated = false;
  bool reversed = false;  // an end before its start
};

// YYMMDD (YY up to 30 is 20YY, as TABARI and PETRARCH read it) or YYYYMMDD. The Phoenix
// files hold five dates of other lengths (9008223, 2004017, 201005011, 1920030320 twice);
// they are read as PETRARCH reads them: up to seven digits, the first six as YYMMDD; more,
// the first eight as YYYYMMDD.
int parse_date(std::string_view s, const std::string& origin, int line) {
  s = trim_space(s);
  const bool digits = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || s.size() < 6) fail(origin, line, "bad date '" + std::string(s) + "' (want YYMMDD or YYYYMMDD)");
  int year = 0, month = 0, day = 0;
  auto num = [&](std::size_t at, std::size_t n) { return std::stoi(std::string(s.substr(at, n))); };
  if (s.size() <= 7) {
    year = num(0, 2);
    year += year <= 30 ? 2000 : 1900;
    month = num(2, 2);
    day = num(4, 2);
  } else {
    year = num(0, 4);
    month = num(4, 2);
    day = num(6, 2);
  }
  if (!is_valid_date(year, month, day)) fail(origin, line, "bad date '" + std::string(s) + "' (not a calendar day)");
  return static_cast<int>(days_from_civil(Ymd{year, month, day}));
}

CodeSpell parse_code(std::string_view inner, const std::string& origin, int line) {
  inner = trim_space(inner);
  CodeSpell spell;
  std::size_t end = 0;
  while (end < inner.size() && inner[end] != ' ' && inner[end] != '\t' && inner[end] != '<' && inner[end] != '>') ++end;
  std::string code = upper(inner.substr(0, end));
  const std::string_view rest = trim_space(inner.substr(end));
  if (code.empty()) fail(origin, line, "empty code in [...]");
  if (code.starts_with("---") || code == "###" || code == "+++") {
    code.clear();  // no actor: TABARI's null, discard and complex codes
  } else {
    // TABARI's compound codes ([ELR/GAL], in its demo file) stand for several actors; irkg
    // takes the first.
    code = code.substr(0, code.find('/'));
    const bool letters_first = !code.empty() && code[0] >= 'A' && code[0] <= 'Z';
    const bool alnum = std::all_of(code.begin(), code.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (!letters_first || !alnum)
      fail(origin, line, "bad code '" + std::string(inner.substr(0, end)) + "' (want a CAMEO code such as USAGOV, then an optional date restriction)");
  }
  spell.code = code;
  if (rest.empty()) return spell;
  spell.dated = true;
  if (rest.front() == '<') {
    spell.to = parse_date(rest.substr(1), origin, line);
  } else if (rest.front() == '>') {
    spell.from = parse_date(rest.substr(1), origin, line);
  } else if (const std::size_t dash = rest.find('-'); dash != std::string_view::npos) {
    spell.from = parse_date(rest.substr(0, dash), origin, line);
    spell.to = parse_date(rest.substr(dash + 1), origin, line);
    // One Phoenix range ends before it starts ([KORGOVBUS 2004017-20061201]); PETRARCH
    // skips such a restriction and so does irkg.
    spell.reversed = spell.to < spell.from;
  } else {
    // A bare date ([MNEGOV 20121204], once in Phoenix.Countries, between the earlier
    // spells of the same office) starts the current spell.
    spell.from = parse_date(rest, origin, line);
  }
  return spell;
}

// The brackets of a line, which starts with one. Text after the last bracket is a comment:
// three Phoenix.International lines write an MNC's sector and revenue there without '#'
// ("[MNCMED]\tNewspapers/Magazines\t$137,000,000"), and both coders ignore it.
void parse_codes(std::string_view text, std::vector<CodeSpell>& out, const std::string& origin, int line) {
  while (true) {
    text = trim_space(text);
    if (text.empty() || text.front() != '[') return;
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos) fail(origin, line, "'[' without ']'");
    out.push_back(parse_code(text.substr(1, close - 1), origin, line));
    text.remove_prefix(close + 1);
  }
}

// Where a line's comment starts: the first '#' or ';' outside brackets, else npos.
std::size_t comment_start(std::string_view line) {
  bool inside = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') inside = true;
    else if (line[i] == ']') inside = false;
    else if (!inside && (line[i] == '#' || line[i] == ';')) return i;
  }
  return std::string_view::npos;
}

struct Entry {
  std::vector<std::string> phrases;
  std::vector<CodeSpell> codes;
  int line = 0;
};

// A dictionary phrase as a name irkg matches: underscores and blanks separate words (TABARI's
// blank connector allows words in between, irkg reads both as adjacent words); words are
// title-cased so that matching ignores case the way actors.tsv names do, except function
// words (lower-case, any case in the text) and a lone word of up to three letters (kept
// upper-case, so "US" and "UN" never match "us" and "un").
std::string display_name(std::string_view phrase, const Grammar& grammar) {
  std::vector<std::string> words;
  std::string word;
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else if (c != ']' && c != '=') {  // a stray ']' (FAEROYENE]_) and TABARI's MOUSE=
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::string out;
  for (std::string& w : words) {
    const bool keep_caps = words.size() == 1 && w.size() <= 3;
    std::string lower = w;
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (!keep_caps) {
      const bool function_word = grammar.in("determiner", lower) || grammar.in("preposition", lower) ||
                                 grammar.in("coordinator", lower);
      w = lower;
      if (!function_word)
        for (char& c : w)
          if ((c >= 'a' && c <= 'z') || (c & 0x80)) {
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
            break;
          }
    }
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string slug(std::string_view phrase) {
  std::string out;
  bool dash = false;
  for (char c : phrase) {
    const char l = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += l;
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

std::int32_t actor_index(Lexicon& lex, const std::string& id, ActorType type, const std::string& country) {
  auto [it, fresh] = lex.actor_by_id.try_emplace(upper(id), static_cast<std::int32_t>(lex.actors.size()));
  if (fresh) lex.actors.push_back(ActorEntry{id, type, country, "", {}, {}});
  return it->second;
}

// Turns one dictionary entry into an irkg actor (or names of an existing one).
void add_entry(Lexicon& lex, const Entry& e) {
  struct Spell {
    CodeSpell code;
    Resolved r;
  };
  std::vector<Spell> spells;
  for (const CodeSpell& c : e.codes)
    if (!c.code.empty() && !c.reversed) spells.push_back({c, resolve(c.code, lex)});
  if (spells.empty()) return;  // only null codes: TABARI's way of saying "not an actor"
  // A person: an elite code, or a dated office, membership or organisation post. Dated
  // plain country codes are places that changed hands (Yerevan: USRARM, then ARM).
  const bool person = std::any_of(spells.begin(), spells.end(), [](const Spell& s) {
    return s.r.reading == Reading::Person ||
           (s.code.dated && (s.r.organ || s.r.reading == Reading::Group || s.r.reading == Reading::Igo));
  });
  // The entry's own code: the last undated one, else the spell reaching furthest forward.
  const Spell* home = nullptr;
  for (const Spell& s : spells)
    if (!s.code.dated) home = &s;
  if (!home)
    for (const Spell& s : spells)
      if (!home || s.code.to > home->code.to || (s.code.to == home->code.to && s.code.from > home->code.from)) home = &s;

  const std::string& primary = e.phrases.front();
  std::int32_t index = -1;
  if (person) {
    std::string country = home->r.country;
    for (auto it = spells.rbegin(); country.empty() && it != spells.rend(); ++it) country = it->r.country;
    if (country.empty()) return;  // no code places the person anywhere
    index = actor_index(lex, "person:" + slug(primary), ActorType::Person, country);
    for (const Spell& s : spells)
      if (s.code.dated && !s.r.country.empty())
        lex.actors[static_cast<std::size_t>(index)].roles.push_back(
            RoleSpell{"cameo:" + s.code.code, s.code.from, s.code.to, s.r.country});
  } else {
    const Resolved& r = home->r;
    switch (r.reading) {
      case Reading::Country:
        index = actor_index(lex, r.country, ActorType::State, r.country);
        break;
      case Reading::Igo:
        if (r.country.empty()) {
          const std::string id = "igo:" + slug(primary);
          index = actor_index(lex, id, ActorType::Igo, id);
        } else {
          index = actor_index(lex, r.country, ActorType::Igo, r.country);
        }
        break;
      case Reading::Group: {
        const std::string id = "group:" + slug(primary);
        index = actor_index(lex, id, ActorType::Group, r.country.empty() ? id : r.country);
        break;
      }
      case Reading::Person:
      case Reading::Nothing:
        return;
    }
  }
  ActorEntry& actor = lex.actors[static_cast<std::size_t>(index)];
  for (const std::string& phrase : e.phrases) {
    const std::string name = display_name(phrase, lex.grammar);
    if (name.empty()) continue;
    if (actor.name.empty()) actor.name = name;
    // A name the lexicon already has keeps its reading: the built-in dictionaries and
    // earlier entries win, so Phoenix's KABUL (a name of AFG) stays a metonym and a second
    // ABDUL_QADIR stays the first.
    if (lex.actor_names.knows(name)) continue;
    lex.actor_names.add(name, ActorName{index, MentionKind::Name}, true);
  }
  if (actor.name.empty()) actor.name = actor.id;
}

}  // namespace

void load_tabari_actor_table(Lexicon& lex, std::string_view text, const std::string& origin) {
  Entry entry;
  bool open = false;
  auto finish = [&] {
    if (open) add_entry(lex, entry);
    entry = Entry{};
    open = false;
  };
  bool in_comment = false;  // inside a multi-line <!-- ... -->
  std::string section;      // inside TABARI's <NOUN> ... </NOUN> word lists (not actors)
  int number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (in_comment) {
      in_comment = line.find("-->") == std::string_view::npos;
      continue;
    }
    // TABARI ends a file at "~~FINISH", PETRARCH at "---STOP---".
    if (line.starts_with("~~FINISH") || line.find("---STOP---") != std::string_view::npos) break;
    if (line.starts_with("<")) {
      if (line.starts_with("<!--")) {
        in_comment = line.find("-->") == std::string_view::npos;
      } else if (section.empty()) {
        section = std::string(line.substr(1, line.find('>') - 1));
      } else if (line.starts_with("</" + section)) {
        section.clear();
      }
      continue;
    }
    if (!section.empty()) continue;
    // Comments: '#' (PETRARCH; Phoenix also writes them with no blank before, "[ELI]# ...")
    // and ';' (TABARI), except inside brackets, where ### is TABARI's discard code.
    line = line.substr(0, comment_start(line));
    if (trim_space(line).empty()) continue;
    if (line.front() == ' ' || line.front() == '\t') {
      // An indented line: (dated) codes of the entry above.
      if (!open) fail(origin, number, "codes before any actor phrase");
      const std::size_t bracket = line.find('[');
      if (bracket == std::string_view::npos) fail(origin, number, "an indented line holds codes: [CODE] or [CODE DATES]");
      // One Phoenix line indents a synonym with its own code ("\tJOHN_MCCLOY_\t[IGOUNODEVWBK
      // 470301-490630]" below JOHN_J MCCLOY_): the phrase joins the entry like a '+' line.
      if (const std::string_view phrase = trim_space(line.substr(0, bracket)); !phrase.empty()) entry.phrases.emplace_back(phrase);
      parse_codes(line.substr(bracket), entry.codes, origin, number);
    } else if (line.front() == '+') {
      if (!open) fail(origin, number, "a '+' synonym before any actor phrase");
      const std::size_t bracket = line.find('[');
      // One Phoenix line holds two synonyms joined by '+' (..._AL_ISLAMI+_ISLAMIC_ADEN_ARMY_).
      for (std::string_view name : split(line.substr(1, bracket == std::string_view::npos ? bracket : bracket - 1), '+'))
        if (!trim_space(name).empty()) entry.phrases.emplace_back(trim_space(name));
      if (bracket != std::string_view::npos) parse_codes(line.substr(bracket), entry.codes, origin, number);
    } else {
      finish();
      open = true;
      entry.line = number;
      const std::size_t bracket = line.find('[');
      const std::string_view phrase = trim_space(line.substr(0, bracket));
      if (phrase.empty()) fail(origin, number, "codes without an actor phrase");
      entry.phrases.emplace_back(phrase);
      if (bracket != std::string_view::npos) parse_codes(line.substr(bracket), entry.codes, origin, number);
    }
  }
  if (in_comment) fail(origin, number, "'<!--' without '-->'");
  finish();
}

}  // namespace irkg
