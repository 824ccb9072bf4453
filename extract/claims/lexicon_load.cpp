// Assembling the lexicon: embedded dictionaries first, then users' --lexicon files.
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/embedded_data.h"
#include "core/hash.h"
#include "extract/claims/lexicon.h"
#include "extract/extractor.h"

namespace irkg {
namespace {

enum class TableKind { Actors, Relations, Grammar };

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read lexicon file");
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) throw std::runtime_error(path + ": cannot read lexicon file");
  return out.str();
}

// A user file says what it is on its first line ("#! actors", "#! relations",
// "#! grammar"); otherwise its first entry's shape decides.
TableKind kind_of(const std::string& path, const std::string& text) {
  const std::string first = text.substr(0, text.find('\n'));
  if (first.rfind("#!", 0) == 0) {
    if (first.find("actors") != std::string::npos) return TableKind::Actors;
    if (first.find("relations") != std::string::npos) return TableKind::Relations;
    if (first.find("grammar") != std::string::npos) return TableKind::Grammar;
    throw std::runtime_error(path + ":1: unknown lexicon kind (want '#! actors', '#! relations' or '#! grammar')");
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
  throw std::runtime_error(path + ": cannot tell whether this is an actors, relations or grammar file; start it with '#! actors' (or relations, grammar)");
}

void load_table(Lexicon& lex, TableKind kind, std::string_view text, const std::string& origin) {
  switch (kind) {
    case TableKind::Actors: load_actor_table(lex, text, origin); break;
    case TableKind::Relations: load_relation_table(lex, text, origin); break;
    case TableKind::Grammar: load_grammar_table(lex, text, origin); break;
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
  // User grammar before user relations, whatever the command-line order.
  std::vector<std::pair<TableKind, std::pair<std::string, std::string>>> user;
  for (const std::string& path : extra_files) {
    std::string text = read_file(path);
    user.push_back({kind_of(path, text), {path, std::move(text)}});
  }
  for (TableKind k : {TableKind::Grammar, TableKind::Actors, TableKind::Relations})
    for (const auto& [kind, file] : user)
      if (kind == k) {
        load_table(*lex, kind, file.second, file.first);
        version = fnv1a64(file.second, version);
      }
  lex->version = hex64(version);
  return lex;
}

std::string lexicon_version(const Lexicon& lexicon) { return lexicon.version; }

}  // namespace irkg
