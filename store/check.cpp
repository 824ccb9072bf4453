// Store::check: everything a reader trusts, verified at once (irkg check, issue 19).
// Readers check what they open and what they read; this reads all of it: block checksums
// of every table file, every record, and the invariants ingest keeps in one batch (a claim
// and its index entries, a document and its claim list, refs counts, counters).
#include <rocksdb/sst_file_reader.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "store/claim_entries.h"
#include "store/status_error.h"
#include "store/store_impl.h"

namespace irkg {

using namespace store_schema;
namespace codec = store_codec;

namespace {

// A damaged store can have millions of wrong entries; the first ones say what happened.
constexpr std::size_t kProblemsShown = 40;

class Problems {
 public:
  explicit Problems(std::vector<std::string>& out) : out_(out) {}
  ~Problems() {
    if (hidden_ > 0) out_.push_back("... and " + std::to_string(hidden_) + " more problem(s) of the kinds above");
  }
  void add(std::string line) {
    if (out_.size() < kProblemsShown) {
      out_.push_back(std::move(line));
    } else {
      ++hidden_;
    }
  }

 private:
  std::vector<std::string>& out_;
  std::uint64_t hidden_ = 0;
};

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Every table file in the directory, whole and with good block checksums, whether or not
// the MANIFEST still names it: a reader cannot open a store whose files are damaged, and
// the names of the damaged files are what a user needs first.
void check_table_files(const std::filesystem::path& dir, StoreCheckReport& report, Problems& problems) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".sst") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    ++report.table_files;
    rocksdb::Options options;
    options.info_log = nullptr;
    rocksdb::SstFileReader reader(options);
    auto s = reader.Open(file.string());
    if (s.ok()) s = reader.VerifyChecksum();
    if (!s.ok()) problems.add(file.filename().string() + ": " + s.ToString());
  }
}

}  // namespace

StoreCheckReport Store::check(const std::filesystem::path& dir) {
  StoreCheckReport report;
  Problems problems(report.problems);
  // The files must hold still while they are read: a running writer's compactions replace
  // them. A writer starting during the check waits a second and is then refused.
  DirectoryLock no_writer;
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) {
    DirectoryLock::Outcome outcome;
    no_writer = DirectoryLock::acquire(dir, DirectoryLock::Kind::Shared, 0, outcome);
    if (outcome == DirectoryLock::Outcome::Busy)
      throw StoreError("database is in use by another process: " + dir.string() + " (check it when the writer is done)");
    check_table_files(dir, report, problems);
  }

  std::optional<Store> opened;
  try {
    opened.emplace(Store::open(dir, Mode::ReadOnly));
  } catch (const StoreError& e) {
    // Damage is a finding; "no database at DIR" or "not an irkg database" is not.
    if (!std::string_view(e.what()).starts_with("database is corrupt") && report.problems.empty()) throw;
    problems.add(e.what());
    return report;
  }
  const Impl& impl = *opened->impl_;
  // A point read. A read error (a damaged block) is reported once per distinct message and
  // says nothing about whether the key is there: `unreadable` tells the caller to infer nothing.
  std::set<std::string> read_errors;
  bool unreadable = false;
  auto get = [&](Cf cf, std::string_view key) -> std::optional<std::string> {
    unreadable = false;
    try {
      return impl.get(cf, std::string(key));
    } catch (const StoreError& e) {
      unreadable = true;
      if (read_errors.insert(e.what()).second) problems.add(std::string("cannot read ") + family_names()[cf] + ": " + e.what());
      return std::nullopt;
    }
  };
  auto missing = [&](Cf cf, std::string_view key) { return !get(cf, key) && !unreadable; };
  // One pass over a family; a read error ends the pass and is reported.
  auto scan = [&](Cf cf, const std::function<void(std::string_view, std::string_view)>& fn) {
    std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(scan_options(), impl.cfs[cf]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) fn(view(it->key()), view(it->value()));
    if (it->status().ok()) return;
    const std::string error = error_from_status(it->status(), dir, StoreStep::Read).what();
    if (read_errors.insert(error).second) problems.add("cannot read " + family_names()[cf] + ": " + error);
  };

  if (get(Meta, kSchemaKey).value_or("") != kSchemaVersion) problems.add("meta: schema version is missing or wrong");

  scan(Docs, [&](std::string_view id, std::string_view value) {
    ++report.documents;
    try {
      codec::decode_document(id, value);
    } catch (const StoreError&) {
      problems.add("document " + std::string(id) + ": malformed record");
    }
  });

  // Each claim: its record decodes, its document is stored, every index entry it implies is
  // there with the value it implies. Entries are counted, so an index holding more entries
  // than its claims imply (entries of a lost claim) shows up below.
  std::map<Cf, std::uint64_t> expected;
  std::map<std::string, RefCount> refs;
  ClaimEntries entries;
  Claim claim;
  scan(Claims, [&](std::string_view id, std::string_view value) {
    ++report.claims;
    try {
      codec::decode_claim_into(id, value, claim);
    } catch (const StoreError&) {
      problems.add("claim " + std::string(id) + ": malformed record");
      return;
    }
    if (missing(Docs, claim.doc)) problems.add("claim " + claim.id + " names document " + claim.doc + ", which is not stored");
    for (const auto& e : entries.of(claim)) {
      ++expected[e.cf];
      const auto stored = get(e.cf, e.key);
      if (unreadable) continue;
      if (!stored) {
        problems.add("claim " + claim.id + ": its " + family_names()[e.cf] + " index entry is missing");
      } else if (*stored != e.value) {
        problems.add("claim " + claim.id + ": its " + family_names()[e.cf] + " index entry differs from the claim");
      }
    }
    for (auto& [key, actor] : ref_keys(claim)) {
      RefCount& ref = refs[key];
      if (ref.count++ == 0 && actor) ref.actor = *actor;
    }
  });

  for (const Cf cf : kIndexCfs) {
    std::uint64_t found = 0;
    std::vector<std::string> orphans;
    scan(cf, [&](std::string_view key, std::string_view) {
      ++found;
      // The claim id is the key's last part (undated by_date keys are the id alone).
      const std::size_t last = key.rfind(kSep);
      const std::string_view id = last == std::string_view::npos ? key : key.substr(last + 1);
      if (orphans.size() < 3 && missing(Claims, id)) orphans.emplace_back(id);
    });
    report.index_entries += found;
    if (found != expected[cf])
      problems.add(family_names()[cf] + ": " + std::to_string(found) + " entries where the claims imply " +
                   std::to_string(expected[cf]));
    for (const auto& id : orphans) problems.add(family_names()[cf] + ": an entry names claim " + id + ", which is not stored");
  }

  // Pair aggregates: every row is what the dyad index (checked against the claims above)
  // implies, and the family holds no other row.
  std::uint64_t expected_rows = 0, stored_rows = 0;
  const auto printable = [](std::string key) {
    std::replace(key.begin(), key.end(), kSep, '/');
    return key;
  };
  try {
    impl.derive_pair_rows([&](pair_rows::RowSet& rows) {
      std::vector<const std::string*> keys;
      for (const auto& [key, stats] : rows) keys.push_back(&key);
      std::sort(keys.begin(), keys.end(), [](const std::string* x, const std::string* y) { return *x < *y; });
      for (const std::string* key : keys) {
        ++expected_rows;
        const auto stored = get(PairStatsCf, *key);
        if (unreadable) continue;
        if (!stored) {
          problems.add("pair_stats: the aggregate " + printable(*key) + " is missing");
          continue;
        }
        PairStats have;
        try {
          pair_rows::decode_into(*stored, have);
        } catch (const StoreError&) {
          problems.add("pair_stats: the aggregate " + printable(*key) + " is malformed");
          continue;
        }
        if (!(have == rows.at(*key)))
          problems.add("pair_stats: the aggregate " + printable(*key) + " differs from the claims");
      }
    });
  } catch (const StoreError& e) {
    if (read_errors.insert(e.what()).second) problems.add(std::string("cannot read by_dyad: ") + e.what());
  }
  scan(PairStatsCf, [&](std::string_view, std::string_view) { ++stored_rows; });
  if (stored_rows != expected_rows)
    problems.add("pair_stats: " + std::to_string(stored_rows) + " aggregates where the claims imply " +
                 std::to_string(expected_rows));

  // Document claim lists: every listed claim is stored and belongs to the document; the
  // lists together name each claim once (their sizes add up to the number of claims).
  std::uint64_t listed = 0;
  scan(DocClaims, [&](std::string_view doc, std::string_view value) {
    if (missing(Docs, doc)) problems.add("doc_claims: lists claims of document " + std::string(doc) + ", which is not stored");
    std::vector<std::string> ids;
    try {
      ids = codec::decode_ids(value);
    } catch (const StoreError&) {
      problems.add("doc_claims: the list of document " + std::string(doc) + " is malformed");
      return;
    }
    listed += ids.size();
    for (const auto& id : ids) {
      const auto record = get(Claims, id);
      if (unreadable) continue;
      if (!record) {
        problems.add("document " + std::string(doc) + " lists claim " + id + ", which is not stored");
        continue;
      }
      try {
        if (codec::decode_claim(id, *record).doc != doc)
          problems.add("document " + std::string(doc) + " lists claim " + id + " of another document");
      } catch (const StoreError&) {
        // reported by the claims pass
      }
    }
  });
  if (listed != report.claims)
    problems.add("doc_claims: the documents list " + std::to_string(listed) + " claims, " +
                 std::to_string(report.claims) + " are stored");

  // Reference counts and counters against what the claims imply.
  std::uint64_t stored_refs = 0;
  scan(Refs, [&](std::string_view key, std::string_view value) {
    ++stored_refs;
    const auto it = refs.find(std::string(key));
    std::uint64_t count = 0;
    try {
      count = codec::decode_ref_count(value);
    } catch (const StoreError&) {
      problems.add("refs: malformed count for " + std::string(key.substr(std::min<std::size_t>(2, key.size()))));
      return;
    }
    const std::uint64_t want = it == refs.end() ? 0 : it->second.count;
    if (count != want)
      problems.add("refs: " + std::string(key.substr(std::min<std::size_t>(2, key.size()))) + " counted " +
                   std::to_string(count) + " times, named by " + std::to_string(want) + " claim(s)");
  });
  if (stored_refs != refs.size())
    problems.add("refs: " + std::to_string(stored_refs) + " actors and outlets counted, the claims name " +
                 std::to_string(refs.size()));

  if (get(Meta, kCountersStaleKey)) {
    problems.add("meta: counters are marked stale (a bulk load was interrupted); the next writer recounts them");
  } else if (auto record = get(Meta, kCountersKey)) {
    codec::Counters actual;
    actual.documents = report.documents;
    actual.claims = report.claims;
    for (const auto& [key, ref] : refs) ++(is_actor_ref(key) ? actual.actors : actual.outlets);
    try {
      const codec::Counters stored = codec::decode_counters(*record);
      auto compare = [&](const char* what, std::uint64_t have, std::uint64_t want) {
        if (have != want)
          problems.add(std::string("meta: the counters say ") + std::to_string(have) + " " + what + ", the store holds " +
                       std::to_string(want));
      };
      compare("documents", stored.documents, actual.documents);
      compare("claims", stored.claims, actual.claims);
      compare("actors", stored.actors, actual.actors);
      compare("outlets", stored.outlets, actual.outlets);
    } catch (const StoreError&) {
      problems.add("meta: malformed counters");
    }
  } else {
    problems.add("meta: counters are missing");
  }
  return report;
}

}  // namespace irkg
