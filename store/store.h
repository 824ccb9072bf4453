#pragma once
// The claim store: documents and claims in an embedded RocksDB database, with indexes by
// actor, dyad, outlet and date. See docs/STORE.md for the key schema.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/claim.h"

namespace irkg {

// Every store failure carries one readable line: "database is in use by another
// process: DIR", "not an irkg database: DIR", "database is corrupt: ...".
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StoredDocument {
  std::string id;
  std::string outlet, url, published, title;
  std::string source = "text";  // text, gdelt, icews
  std::string content_hash;     // of the raw input; equal hash => ingest is a no-op
  std::string text;             // main text, kept (compressed) for re-extraction
};

enum class IngestResult { Added, Replaced, Unchanged };

struct ClaimFilter {
  std::string subject;  // actor code (matches subject.country or subject.id)
  std::string object;
  bool either_direction = false;  // subject/object may be swapped (dyad query)
  std::string outlet;
  std::string since, until;  // inclusive YYYY-MM-DD bounds
  std::size_t limit = 0;     // 0 = no limit
};

struct StoreStats {
  std::uint64_t documents = 0, claims = 0, actors = 0, outlets = 0;
  std::string first_date, last_date;
  std::uint64_t bytes_on_disk = 0;
  std::string schema_version, lexicon_version;
};

class Store {
 public:
  enum class Mode { ReadWrite, ReadOnly };
  // ReadWrite creates the database if missing and takes the writer lock; a second writer
  // gets StoreError("database is in use ..."). ReadOnly works while a writer runs.
  static Store open(const std::filesystem::path& dir, Mode mode);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Stores a document and its claims in one atomic batch. Same id and same content hash:
  // Unchanged, nothing written. Same id, new hash: old claims and index entries replaced.
  IngestResult put_document(const StoredDocument& doc, const std::vector<Claim>& claims);
  // Many documents in one atomic batch (bulk paths); returns one result per document.
  std::vector<IngestResult> put_documents(
      const std::vector<std::pair<StoredDocument, std::vector<Claim>>>& docs);

  std::optional<StoredDocument> document(const std::string& id) const;
  void for_each_document(const std::function<void(const StoredDocument&)>& fn) const;

  // Claims matching the filter, using the narrowest index the filter allows.
  std::vector<Claim> claims(const ClaimFilter& filter) const;
  void for_each_claim(const std::function<void(const Claim&)>& fn) const;

  StoreStats stats() const;
  void set_lexicon_version(const std::string& version);

  // A hash of every key and value in every column family, in key order (meta excluded):
  // two stores with equal fingerprints hold the same documents, claims and index entries.
  std::string fingerprint() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg
