// RocksDB-backed claim store: one column family per table/index, every document written in
// one WriteBatch so a crash never leaves a claim without its index entries.
#include "store/store.h"

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

#include <set>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace irkg {
namespace {

constexpr const char* kSchemaVersion = "1";
constexpr char kSep = '\x1f';  // below every printable char, so "A|" sorts before "AB|"

const std::vector<std::string> kFamilies = {
    "default",  // meta (a literal: rocksdb::kDefaultColumnFamilyName may not be initialised yet)
    "documents", "claims", "by_subject", "by_object", "by_dyad",
    "by_outlet", "by_date", "doc_claims"};
enum Cf { Meta, Docs, Claims, BySubject, ByObject, ByDyad, ByOutlet, ByDate, DocClaims };

std::string join(std::initializer_list<std::string_view> parts) {
  std::string key;
  for (auto p : parts) {
    if (!key.empty()) key += kSep;
    key += p;
  }
  return key;
}

// Codes an actor is indexed under: its country and, when different, its own id.
std::vector<std::string> actor_codes(const Actor& a) {
  std::vector<std::string> codes{a.country.empty() ? a.id : a.country};
  if (!a.id.empty() && a.id != codes[0]) codes.push_back(a.id);
  return codes;
}

std::vector<std::string> index_keys(Cf cf, const Claim& c) {
  std::vector<std::string> keys;
  switch (cf) {
    case BySubject:
      for (auto& s : actor_codes(c.subject)) keys.push_back(join({s, c.date, c.outlet, c.id}));
      break;
    case ByObject:
      for (auto& o : actor_codes(c.object)) keys.push_back(join({o, c.date, c.outlet, c.id}));
      break;
    case ByDyad:
      for (auto& s : actor_codes(c.subject))
        for (auto& o : actor_codes(c.object)) {
          auto [a, b] = std::minmax(s, o);
          keys.push_back(join({a, b, c.date, c.outlet, c.id}));
        }
      break;
    case ByOutlet: keys.push_back(join({c.outlet, c.date, c.id})); break;
    case ByDate: keys.push_back(join({c.date, c.id})); break;
    default: break;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::string encode_doc(const StoredDocument& d) {
  return nlohmann::json{{"id", d.id}, {"outlet", d.outlet}, {"url", d.url},
                        {"published", d.published}, {"title", d.title},
                        {"source", d.source}, {"hash", d.content_hash}, {"text", d.text}}
      .dump();
}

StoredDocument decode_doc(const std::string& s) {
  auto j = nlohmann::json::parse(s);
  return {j.at("id"), j.at("outlet"), j.at("url"), j.at("published"), j.at("title"),
          j.at("source"), j.at("hash"), j.at("text")};
}

bool matches(const Actor& a, const std::string& code) {
  return code.empty() || a.country == code || a.id == code;
}

bool passes(const Claim& c, const ClaimFilter& f) {
  bool direct = matches(c.subject, f.subject) && matches(c.object, f.object);
  bool swapped = f.either_direction && matches(c.subject, f.object) && matches(c.object, f.subject);
  if (!direct && !swapped) return false;
  if (!f.outlet.empty() && c.outlet != f.outlet) return false;
  if (!f.since.empty() && c.date < f.since) return false;
  if (!f.until.empty() && c.date > f.until) return false;
  return true;
}

}  // namespace

struct Store::Impl {
  std::filesystem::path dir, secondary;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs;  // owned by db; destroyed in ~Impl

  ~Impl() {
    for (auto* h : cfs)
      if (db) db->DestroyColumnFamilyHandle(h);
    db.reset();
    std::error_code ec;
    if (!secondary.empty()) std::filesystem::remove_all(secondary, ec);
  }

  void check(const rocksdb::Status& s) const {
    if (!s.ok()) throw StoreError("database error: " + dir.string() + ": " + s.ToString());
  }
  std::optional<std::string> get(Cf cf, const std::string& key) const {
    std::string value;
    auto s = db->Get(rocksdb::ReadOptions(), cfs[cf], key, &value);
    if (s.IsNotFound()) return std::nullopt;
    check(s);
    return value;
  }
  IngestResult stage(rocksdb::WriteBatch& batch, const StoredDocument& doc,
                     const std::vector<Claim>& claims);
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store Store::open(const std::filesystem::path& dir, Mode mode) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  bool exists = std::filesystem::exists(dir / "CURRENT");
  if (mode == Mode::ReadOnly && !exists) throw StoreError("no database at " + dir.string());
  if (exists) {
    std::vector<std::string> names;
    auto s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.string(), &names);
    if (!s.ok()) throw StoreError("database is corrupt: " + dir.string() + ": " + s.ToString());
    if (std::set<std::string>(names.begin(), names.end()) !=
        std::set<std::string>(kFamilies.begin(), kFamilies.end()))
      throw StoreError("not an irkg database: " + dir.string());
  } else if (std::filesystem::exists(dir) && !std::filesystem::is_empty(dir)) {
    throw StoreError("not an irkg database: " + dir.string());
  }

  if (mode == Mode::ReadWrite) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);  // RocksDB only creates the last level
    if (ec) throw StoreError("cannot create database directory " + dir.string() + ": " + ec.message());
  }
  rocksdb::Options options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  options.write_buffer_size = 64 << 20;
  options.compression = rocksdb::kLZ4Compression;  // fast; documents' text dominates size
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (auto& n : kFamilies) descs.emplace_back(n, rocksdb::ColumnFamilyOptions(options));

  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (mode == Mode::ReadWrite) {
    s = rocksdb::DB::Open(options, dir.string(), descs, &impl->cfs, &raw);
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos)
      throw StoreError("database is in use by another process: " + dir.string());
  } else {
    // A secondary instance reads while a writer holds the lock; it needs its own dir.
    impl->secondary = std::filesystem::temp_directory_path() /
                      ("irkg-secondary-" + std::to_string(::getpid()) + "-" +
                       std::to_string(reinterpret_cast<std::uintptr_t>(impl.get())));
    options.max_open_files = -1;
    s = rocksdb::DB::OpenAsSecondary(options, dir.string(), impl->secondary.string(), descs,
                                     &impl->cfs, &raw);
    if (s.ok()) s = raw->TryCatchUpWithPrimary();
  }
  if (!s.ok()) throw StoreError("database is corrupt: " + dir.string() + ": " + s.ToString());
  impl->db.reset(raw);

  auto version = impl->get(Meta, "schema_version");
  if (!version && mode == Mode::ReadWrite) {
    impl->check(impl->db->Put(rocksdb::WriteOptions(), impl->cfs[Meta], "schema_version",
                              kSchemaVersion));
  } else if (version && *version != kSchemaVersion) {
    throw StoreError("schema version " + *version + " in " + dir.string() +
                     " is not supported (expected " + kSchemaVersion + ")");
  }
  return Store(std::move(impl));
}

IngestResult Store::Impl::stage(rocksdb::WriteBatch& batch, const StoredDocument& doc,
                                const std::vector<Claim>& claims) {
  auto old = get(Docs, doc.id);
  if (old && decode_doc(*old).content_hash == doc.content_hash) return IngestResult::Unchanged;
  if (old) {  // remove the previous version's claims and every index entry they had
    auto ids = get(DocClaims, doc.id);
    for (auto& id : nlohmann::json::parse(ids.value_or("[]"))) {
      auto rec = get(Claims, id.get<std::string>());
      if (!rec) continue;
      Claim c = claim_from_json_line(*rec);
      for (Cf cf : {BySubject, ByObject, ByDyad, ByOutlet, ByDate})
        for (auto& k : index_keys(cf, c)) batch.Delete(cfs[cf], k);
      batch.Delete(cfs[Claims], c.id);
    }
  }
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& c : claims) {
    if (c.id.empty()) throw StoreError("claim without id in document " + doc.id);
    auto existing = get(Claims, c.id);  // ids include the doc; guard anyway
    if (existing && claim_from_json_line(*existing).doc != doc.id)
      throw StoreError("claim id " + c.id + " already belongs to another document");
    batch.Put(cfs[Claims], c.id, claim_to_json_line(c));
    for (Cf cf : {BySubject, ByObject, ByDyad, ByOutlet, ByDate})
      for (auto& k : index_keys(cf, c)) batch.Put(cfs[cf], k, "");
    ids.push_back(c.id);
  }
  batch.Put(cfs[DocClaims], doc.id, ids.dump());
  batch.Put(cfs[Docs], doc.id, encode_doc(doc));
  return old ? IngestResult::Replaced : IngestResult::Added;
}

IngestResult Store::put_document(const StoredDocument& doc, const std::vector<Claim>& claims) {
  return put_documents({{doc, claims}}).at(0);
}

std::vector<IngestResult> Store::put_documents(
    const std::vector<std::pair<StoredDocument, std::vector<Claim>>>& docs) {
  if (!impl_->secondary.empty()) throw StoreError("database is open read-only");
  rocksdb::WriteBatch batch;
  std::vector<IngestResult> results;
  for (const auto& [doc, claims] : docs) results.push_back(impl_->stage(batch, doc, claims));
  if (batch.Count() > 0) impl_->check(impl_->db->Write(rocksdb::WriteOptions(), &batch));
  return results;
}

std::optional<StoredDocument> Store::document(const std::string& id) const {
  auto v = impl_->get(Docs, id);
  if (!v) return std::nullopt;
  return decode_doc(*v);
}

void Store::for_each_document(const std::function<void(const StoredDocument&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator({}, impl_->cfs[Docs]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) fn(decode_doc(it->value().ToString()));
  impl_->check(it->status());
}

void Store::for_each_claim(const std::function<void(const Claim&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator({}, impl_->cfs[Claims]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) fn(claim_from_json_line(it->value().ToString()));
  impl_->check(it->status());
}

std::vector<Claim> Store::claims(const ClaimFilter& f) const {
  std::vector<Claim> out;
  auto done = [&] { return f.limit != 0 && out.size() >= f.limit; };
  if (f.subject.empty() && f.object.empty() && f.outlet.empty() && f.since.empty() &&
      f.until.empty()) {
    for_each_claim([&](const Claim& c) { if (!done()) out.push_back(c); });
    return out;
  }
  // Pick the narrowest index; the key's last component is always the claim id.
  Cf cf = ByDate;
  std::string prefix;
  if (!f.subject.empty() && !f.object.empty()) {
    auto [a, b] = std::minmax(f.subject, f.object);
    cf = ByDyad, prefix = join({a, b}) + kSep;
  } else if (!f.subject.empty()) {
    cf = f.either_direction ? ByDate : BySubject, prefix = f.either_direction ? "" : f.subject + kSep;
  } else if (!f.object.empty()) {
    cf = f.either_direction ? ByDate : ByObject, prefix = f.either_direction ? "" : f.object + kSep;
  } else if (!f.outlet.empty()) {
    cf = ByOutlet, prefix = f.outlet + kSep;
  }
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator({}, impl_->cfs[cf]));
  std::string start = prefix + ((cf != ByOutlet) ? f.since : "");
  for (it->Seek(start); it->Valid() && !done(); it->Next()) {
    auto key = it->key().ToString();
    if (key.compare(0, prefix.size(), prefix) != 0) break;
    auto rest = key.substr(prefix.size());  // date comes first after the prefix (not outlet)
    if (cf != ByOutlet && !f.until.empty() && rest.substr(0, rest.find(kSep)) > f.until) break;
    auto id = key.substr(key.rfind(kSep) + 1);
    auto rec = impl_->get(Claims, id);
    if (!rec) continue;
    Claim c = claim_from_json_line(*rec);
    if (passes(c, f)) out.push_back(std::move(c));
  }
  impl_->check(it->status());
  return out;
}

StoreStats Store::stats() const {
  StoreStats st;
  std::set<std::string> actors, outlets;
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator({}, impl_->cfs[Docs]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++st.documents;
  for_each_claim([&](const Claim& c) {
    ++st.claims;
    actors.insert(c.subject.id);
    actors.insert(c.object.id);
    outlets.insert(c.outlet);
    if (!c.date.empty() && (st.first_date.empty() || c.date < st.first_date)) st.first_date = c.date;
    if (c.date > st.last_date) st.last_date = c.date;
  });
  st.actors = actors.size();
  st.outlets = outlets.size();
  for (auto& e : std::filesystem::recursive_directory_iterator(impl_->dir))
    if (e.is_regular_file()) st.bytes_on_disk += e.file_size();
  st.schema_version = impl_->get(Meta, "schema_version").value_or("");
  st.lexicon_version = impl_->get(Meta, "lexicon_version").value_or("");
  return st;
}

void Store::set_lexicon_version(const std::string& version) {
  impl_->check(impl_->db->Put(rocksdb::WriteOptions(), impl_->cfs[Meta], "lexicon_version", version));
}

std::string Store::fingerprint() const {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a: stable across machines, no deps
  auto mix = [&h](rocksdb::Slice s) {
    for (char ch : std::string_view(s.data(), s.size())) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ULL;
    h = (h ^ 0xff) * 1099511628211ULL;  // separator so "ab","c" differs from "a","bc"
  };
  for (std::size_t cf = Docs; cf < impl_->cfs.size(); ++cf) {
    mix(kFamilies[cf]);
    std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator({}, impl_->cfs[cf]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) mix(it->key()), mix(it->value());
    impl_->check(it->status());
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace irkg
