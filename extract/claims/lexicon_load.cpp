// Assembling the lexicon: embedded dictionaries first, then users' --lexicon files.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/embedded_data.h"
#include "core/hash.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/person_surnames.h"
#include "extract/claims/places.h"
#include "extract/extractor.h"

namespace irkg {
namespace {

enum class TableKind { Actors, Relations, Grammar, TabariActors };

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read lexicon file");
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) throw std::runtime_error(path + ": cannot read lexicon file");
  return out.str();
}

// A TABARI/PETRARCH actor file's first entry: a phrase, then its code in brackets or, on the
// lines below, '+' synonyms and indented codes ("GONDOR\n+MINAS_TIRITH\n\t[GON]").
bool looks_like_tabari_actors(const std::string& text) {
  std::size_t at = 0;
  std::vector<std::string_view> lines;
  while (at < text.size() && lines.size() < 3) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line(text.data() + at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#' || line[0] == '<' || line.find_first_not_of(" \t") == std::string_view::npos) {
      if (lines.empty()) continue;
      break;
    }
    lines.push_back(line);
  }
  if (lines.empty() || lines[0][0] == ' ' || lines[0][0] == '\t' || lines[0].find('\t') < lines[0].find('[')) return false;
  if (lines[0].find('[') != std::string_view::npos) return lines[0].find(']') != std::string_view::npos;
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (lines[i][0] != '+') return (lines[i][0] == '\t' || lines[i][0] == ' ') && lines[i].find('[') != std::string_view::npos;
  return false;
}

// A user file says what it is on its first line ("#! actors", "#! relations",
// "#! grammar", "#! tabari-actors"); a TABARI/PETRARCH actor file may instead be named
// *.actors or *.actors.txt (Phoenix.Countries.actors.txt); otherwise its first entry's
// shape decides.
TableKind kind_of(const std::string& path, const std::string& text) {
  const std::string first = text.substr(0, text.find('\n'));
  const std::string name = path.substr(path.find_last_of('/') + 1);
  if (name.ends_with(".actors") || name.ends_with(".actors.txt")) return TableKind::TabariActors;
  if (first.rfind("#!", 0) == 0) {
    if (first.find("tabari-actors") != std::string::npos) return TableKind::TabariActors;
    if (first.find("actors") != std::string::npos) return TableKind::Actors;
    if (first.find("relations") != std::string::npos) return TableKind::Relations;
    if (first.find("grammar") != std::string::npos) return TableKind::Grammar;
    throw std::runtime_error(path + ":1: unknown lexicon kind (want '#! actors', '#! relations', '#! grammar' or '#! tabari-actors')");
  }
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#' || line == "\r") continue;
    const std::string field = line.substr(0, line.find('\t'));
    if (field == "verb" || field == "noun" || field == "pair" || field == "stance" || field == "speaker") return TableKind::Relations;
    const std::size_t tab = line.find('\t');
    const std::string second = tab == std::string::npos ? "" : line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
    if (second == "state" || second == "territory" || second == "igo" || second == "group" || second == "person" ||
        second == "government")
      return TableKind::Actors;
    break;
  }
  if (looks_like_tabari_actors(text)) return TableKind::TabariActors;
  throw std::runtime_error(path + ": cannot tell whether this is an actors, relations or grammar file; start it with '#! actors' (or relations, grammar)");
}

void load_table(Lexicon& lex, TableKind kind, std::string_view text, const std::string& origin) {
  switch (kind) {
    case TableKind::Actors: load_actor_table(lex, text, origin); break;
    case TableKind::Relations: load_relation_table(lex, text, origin); break;
    case TableKind::Grammar: load_grammar_table(lex, text, origin); break;
    case TableKind::TabariActors: load_tabari_actor_table(lex, text, origin); break;
  }
}

// "the Suga administration", "the Putin government": a leader's surname before a
// government noun names the leader's state. Generated from the persons' offices so every
// head of state or government in data/actors.tsv gets it without listing it by hand.
void add_leader_governments(Lexicon& lex) {
  const auto& nouns = lex.grammar.words("government_noun");
  for (const ActorEntry& person : lex.actors) {
    if (person.type != ActorType::Person) continue;
    const bool leader = std::any_of(person.roles.begin(), person.roles.end(), [](const RoleSpell& r) {
      return r.role == "head_of_state" || r.role == "head_of_government";
    });
    const auto state = lex.actor_by_id.find(person.country);
    if (!leader || state == lex.actor_by_id.end()) continue;
    const std::string surname = person.name.substr(person.name.rfind(' ') + 1);
    if (surname.empty() || !(surname[0] >= 'A' && surname[0] <= 'Z')) continue;
    for (const std::string& noun : nouns)
      lex.actor_names.add(surname + " " + noun, ActorName{state->second, MentionKind::Name}, true);
  }
}

}  // namespace

std::shared_ptr<const Lexicon> load_lexicon(const std::vector<std::string>& extra_files) {
  auto lex = std::make_shared<Lexicon>();
  std::uint64_t version = fnv1a64("irkg-lexicon-1");
  // Grammar first: relation loading consults its irregular verb forms.
  const std::pair<const char*, TableKind> builtin[] = {
      {"grammar.tsv", TableKind::Grammar}, {"actors.tsv", TableKind::Actors}, {"relations.tsv", TableKind::Relations}};
  for (const auto& [name, kind] : builtin) {
    const std::string_view text = embedded_file(name);
    if (text.empty()) throw std::runtime_error(std::string("embedded dictionary data/") + name + " is missing");
    load_table(*lex, kind, text, std::string("data/") + name);
    version = fnv1a64(text, version);
  }
  // The relation rows, one file per CAMEO root code, in file-name order (01_statement.tsv
  // first), after relations.tsv whose synonym sets they use.
  std::vector<std::pair<std::string_view, std::string_view>> relation_files;
  for (const auto& file : embedded_files())
    if (file.first.starts_with("relations/")) relation_files.push_back(file);
  std::sort(relation_files.begin(), relation_files.end());
  if (relation_files.empty()) throw std::runtime_error("embedded dictionary data/relations/ is missing");
  for (const auto& [path, text] : relation_files) {
    load_table(*lex, TableKind::Relations, text, "data/" + std::string(path));
    version = fnv1a64(text, version);
  }
  // User grammar before user relations, whatever the command-line order.
  std::vector<std::pair<TableKind, std::pair<std::string, std::string>>> user;
  for (const std::string& path : extra_files) {
    std::string text = read_file(path);
    user.push_back({kind_of(path, text), {path, std::move(text)}});
  }
  // TABARI/PETRARCH actors after irkg's own actor files: their names never take a name
  // an irkg dictionary gives (extract/claims/tabari_actors.cpp).
  for (TableKind k : {TableKind::Grammar, TableKind::Actors, TableKind::TabariActors, TableKind::Relations})
    for (const auto& [kind, file] : user)
      if (kind == k) {
        load_table(*lex, kind, file.second, file.first);
        version = fnv1a64(file.second, version);
      }
  lex->grammar.finalize();
  add_leader_governments(*lex);
  index_person_surnames(*lex);
  load_places(*lex);
  lex->version = hex64(version);
  return lex;
}

std::string lexicon_version(const Lexicon& lexicon) { return lexicon.version; }

}  // namespace irkg
