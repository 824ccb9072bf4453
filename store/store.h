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
#include "core/near_duplicate.h"
#include "core/pair_stats.h"

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
  std::string agency;           // wire service of a syndicated story, or empty
  std::string story;            // story group id: the first document's id (empty or its own id for the first)
  MinHashSignature signature;   // of the main text (core/near_duplicate.h); indexed, not in the record
};

enum class IngestResult { Added, Replaced, Unchanged };

struct ClaimFilter {
  std::string subject;  // actor code (matches subject.country or subject.id)
  std::string object;
  bool either_direction = false;  // subject/object may be swapped (dyad query)
  std::string outlet;
  // Claims of any of these outlets (each outlet's range of the outlet index, merged in the
  // date index's order: date, then claim id).
  std::vector<std::string> outlets;
  std::string agency;        // canonical agency (data/agencies.tsv); checked on the decoded claim
  std::string since, until;  // inclusive YYYY-MM-DD bounds
  std::size_t limit = 0;     // 0 = no limit
};

struct StoreStats {
  std::uint64_t documents = 0, claims = 0, actors = 0, outlets = 0;
  std::string first_date, last_date;
  std::uint64_t bytes_on_disk = 0;
  std::string schema_version, lexicon_version;
};

// One claim as the dyad index holds it: the key's codes, date, outlet and claim id, and
// (schema 3) the value's relation facts. Whole-store aggregations (the graph, the outlet
// matrix) read these instead of decoding 10M claim records. The views point into the
// scan's buffers: valid during the callback only.
struct DyadFact {
  std::string_view a, b;  // actor codes, a <= b (a == b for a claim between one state's actors)
  std::string_view date, outlet, claim_id;
  std::string_view relation, category, modality;
  int polarity = 0;
  double weight = 0.0;
  bool negated = false;
  bool subject_is_a = true;  // a is the subject's code, b the object's (equal codes: either)
  // Which code each side is: the actor's state-level code (its country, or its id when it has
  // none) and/or its own id. One claim has an entry per combination of its actors' codes.
  bool a_state = false, a_actor = false, b_state = false, b_actor = false;
  bool copy = false;  // from a later copy of a syndicated story (Claim is_copy)
  std::string_view agency;  // the claim's wire agency (schema 9), empty when it has none
};

// One claim as an actor index (by_subject / by_object) holds it (schema 3): both actors'
// state-level code and own id, the date, outlet, claim id and relation facts. One actor's
// counterparts (`irkg opposes CHN`) are aggregated from these without a claim record.
// Views are valid during the callback only.
struct ActorFact {
  bool as_subject = true;  // found through by_subject (the actor acts) or by_object
  std::string_view subject_state, subject_id, object_state, object_id;
  std::string_view date, outlet, claim_id;
  std::string_view relation, category, modality;
  int polarity = 0;
  double weight = 0.0;
  bool negated = false;
};

class Staging;
class AggregateStaging;

// Which pair aggregates to read (docs/STORE.md "Pair aggregates"). Totals: every pair's
// totals; the rows of these outlets; or the claims dated since..until (inclusive
// YYYY-MM-DD, either may be empty: unbounded), read as whole years and months plus the days
// at either end. Classes: every pair's rows per relation class (the exports). Cells: every
// pair's outlet-matrix row (compare --outlets). The store keeps those two for the whole
// store; a window's are summed from its dyad index entries (docs/STORE.md).
struct PairStatsQuery {
  enum class Rows { Totals, Classes, Cells };
  std::vector<std::string> outlets;
  std::string since, until;
  Rows rows = Rows::Totals;
  // for_each_pair_row only: false passes over the rows' relation names (PairRowView's
  // `relations` stays empty) when nothing shown needs an edge's top relation.
  bool relations = true;
  // for_each_pair_row only: true fills only the counts, dates and days of each row (the
  // class rows' days for the GEXF nodes' spells): no name or evidence is decoded.
  bool days_only = false;
  // Only the rows of pairs whose key "A \x1f B" lies in [pairs_from, pairs_to) (empty:
  // unbounded): a scan split between threads (pair_split_key).
  std::string pairs_from = {}, pairs_to = {};
  // Wire agencies (schema 9): their pair x agency rows, over the whole store and every
  // outlet (Totals only; not with outlets or a window).
  std::vector<std::string> agencies = {};
};
// a <= b: state-level codes (a == b only in Cells rows). label: the outlet of a per-outlet
// row (its stats list no outlets) or the relation class of a Classes row, else empty.
// Views and stats are valid during the call only.
using PairStatsVisitor =
    std::function<void(std::string_view a, std::string_view b, std::string_view label, const PairStats& stats)>;

// The same as views into the rows (PairRowView): Totals and Classes rows.
using PairRowVisitor =
    std::function<void(std::string_view a, std::string_view b, std::string_view label, const PairRowView& row)>;

// What `irkg check` found. Each problem is one line; none means every table file's
// checksums, every record, every index entry, document claim list, reference count and
// counter agree with the claims.
struct StoreCheckReport {
  std::vector<std::string> problems;
  std::uint64_t table_files = 0, documents = 0, claims = 0, index_entries = 0;
  bool sound() const { return problems.empty(); }
};

struct SstShardSummary {
  std::uint64_t documents = 0, claims = 0;
  std::vector<std::filesystem::path> files;
};

struct SstIngestSummary {
  std::uint64_t shards = 0, added = 0, replaced = 0, unchanged = 0;
  std::uint64_t claims_added = 0;    // claims of added or replaced documents
  std::uint64_t claims_removed = 0;  // old claims of replaced documents
};

class Store {
 public:
  enum class Mode { ReadWrite, ReadOnly };
  // ReadWrite creates the database if missing and takes the writer lock; a second writer
  // gets StoreError("database is in use ..."). ReadOnly works while a writer runs.
  // How a reader reads table files: through a memory mapping (point lookups of claim
  // records, the default), or with buffered reads. A scan through the mapping leaves every
  // page it touched in the process's resident set; a scan-only reader takes Buffered.
  enum class ReadAccess { Mapped, Buffered };
  static Store open(const std::filesystem::path& dir, Mode mode, ReadAccess access = ReadAccess::Mapped);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Stores a document and its claims in one atomic batch. Same id and same content hash:
  // Unchanged, nothing written. Same id, new hash: old claims and index entries replaced.
  // Story groups (syndicated copies, store/story_index.cpp): the story id of the stored
  // document whose signature is most similar to `signature` at or above kSameStory, or
  // empty. put_documents indexes each document's signature with its story id.
  std::string find_story(const MinHashSignature& signature) const;

  IngestResult put_document(const StoredDocument& doc, const std::vector<Claim>& claims);
  // Many documents in one atomic batch (bulk paths); returns one result per document.
  std::vector<IngestResult> put_documents(
      const std::vector<std::pair<StoredDocument, std::vector<Claim>>>& docs);

  // Re-extraction: replaces a stored document's claims (and their index entries) in one
  // atomic batch, whatever its content hash; the document record is kept as it is.
  // StoreError when the document is not stored.
  void replace_claims(const std::string& doc_id, const std::vector<Claim>& claims);

  // Bulk path (docs/SCALE.md). Writes one shard's claims as sorted SST files, one per
  // column family, into out_dir (created; existing shard files are overwritten). Needs no
  // database. Claims are grouped by their `doc`: each document gets a record without text
  // whose content hash is a hash of its claims. A document's claims must all be in one
  // shard (the map stage emits them together).
  static SstShardSummary write_sst_shard(const std::vector<Claim>& claims, const std::filesystem::path& out_dir);
  // Ingests shards written by write_sst_shard, one atomic IngestExternalFiles per shard.
  // A document already stored with the same hash is unchanged; with another hash its old
  // claims are deleted first. Counters are exact: see docs/STORE.md "Bulk path".
  SstIngestSummary ingest_sst(const std::vector<std::filesystem::path>& shard_dirs);

  // Rewrites every family into one sorted run per level (RocksDB CompactRange). After a
  // bulk load the shards' files overlap and every scan merges them; a 10M-claim outlet
  // matrix ran ~25 % faster compacted (docs/STORE.md). Contents do not change.
  void compact();

  std::optional<StoredDocument> document(const std::string& id) const;
  void for_each_document(const std::function<void(const StoredDocument&)>& fn) const;

  // Claims matching the filter, using the narrowest index the filter allows.
  std::vector<Claim> claims(const ClaimFilter& filter) const;
  void for_each_claim(const std::function<void(const Claim&)>& fn) const;
  // Streams the claims passing `filter` (its limit included) through the narrowest index:
  // dyad, subject, object, an actor in either direction (subject then object index, each
  // claim once), outlet, date range; a scan of every claim only without any of these.
  void for_each_claim(const ClaimFilter& filter, const std::function<void(const Claim&)>& fn) const;
  // Whether any stored claim names this actor id (O(1): the refs family).
  bool has_actor(const std::string& id) const;
  // The name, type and country the first stored claim naming this actor id gave it.
  std::optional<Actor> actor(const std::string& id) const;
  // Claims an index entry named (graph representatives, an outlet's evidence), in the
  // ids' order. Each must be stored: a missing one means the store is damaged, and that
  // is a StoreError ("database is corrupt"), never an empty claim shown as evidence.
  // `bulk`: one of many reads of records each read once (an export's evidence, block by
  // block): the block cache is not filled.
  std::vector<Claim> indexed_claims(const std::vector<std::string>& ids, bool bulk = false) const;
  // One claim by id (nullopt when not stored).
  std::optional<Claim> claim(const std::string& id) const;
  // Many claims by id in one MultiGet (nullopt where not stored), in the ids' order.
  std::vector<std::optional<Claim>> claims_by_id(const std::vector<std::string>& ids) const;
  // Every entry of the dyad index, in key order, without reading a claim record.
  void for_each_dyad_fact(const std::function<void(const DyadFact&)>& fn) const;
  // Every claim naming `code` (an actor's state-level code or own id) as subject or object,
  // each once, dated within [since, until] when given: the subject index, then the object
  // index without the claims the first scan gave. No claim record is read.
  void for_each_actor_fact(const std::string& code, const std::string& since, const std::string& until,
                           const std::function<void(const ActorFact&)>& fn) const;
  // The id of the first claim, by (date, claim id), dated within [since, until] when given,
  // that names the actor `code` itself (its own id and its state-level code are both
  // `code`) facing another state, not negated: the claim a scan of the date index meets
  // first naming that actor, which describes its vertex in a graph read from the claims
  // (labels of a windowed export, cli/graph_source.cpp). Empty when there is none. Reads
  // the actor's subject and object index from `since` to that claim's date.
  std::string first_claim_naming_itself(const std::string& code, const std::string& since,
                                        const std::string& until) const;
  // Every claim of these outlets, dated within [since, until] when given (either may be
  // empty), from their ranges of the outlet index merged by (date, claim id): the claims
  // for_each_claim gives for that filter, in its order, as the index's digests hold them
  // (schema 7, docs/STORE.md): no claim record is read. `as_subject` means nothing here.
  void for_each_outlet_fact(const std::vector<std::string>& outlets, const std::string& since,
                            const std::string& until, const std::function<void(const ActorFact&)>& fn) const;
  // Every claim credited to one of these wire agencies (canonical names), dated within
  // [since, until] when given, from their ranges of the agency index (schema 8) merged by
  // (date, claim id), with the agency each came from: the claims for_each_claim gives for
  // that agency and window, in date order, as the index's digests hold them (outlet
  // included). No claim record is read. `as_subject` means nothing here.
  void for_each_agency_fact(const std::vector<std::string>& agencies, const std::string& since,
                            const std::string& until,
                            const std::function<void(const ActorFact&, std::string_view agency)>& fn) const;
  // The dyad index entries of one unordered pair of codes (one prefix seek).
  void for_each_dyad_fact(const std::string& x, const std::string& y, const std::function<void(const DyadFact&)>& fn) const;

  // The pair aggregates the query names, in key order. False (nothing visited) when they
  // cannot answer exactly: a bulk load was interrupted (the next writer rebuilds them), or
  // a date window while some claim has a date that is not YYYY-MM-DD. Classes and Cells
  // take no outlets; with a window they are summed from the dyad index (always answered,
  // the dates compared as text, as GraphFilter and the matrix compare them).
  bool for_each_pair_stats(const PairStatsQuery& query, const PairStatsVisitor& fn) const;
  // The same rows as views, without copying a name (Totals and Classes rows: the graph's
  // commands and the exports); query.relations false passes over the relation names.
  bool for_each_pair_row(const PairStatsQuery& query, const PairRowVisitor& fn) const;
  // A pair key "A \x1f B" that splits the pair aggregates' pairs into two halves of about
  // the same size (from RocksDB's size estimates of the whole-store rows); empty when the
  // store is too small to be worth splitting. Any key gives the same answers: this one
  // only balances the halves.
  std::string pair_split_key() const;

  // Verifies a whole store (store/check.cpp): reads every block of every table file on
  // disk, opens the store as a reader, decodes every record, and checks each claim's index
  // entries, each document's claim list, the refs counts and the counters against a full
  // scan. Reads everything once plus a point lookup per index entry. Damage is reported,
  // not thrown; StoreError for a directory that holds no store, or while a writer runs
  // (its compactions replace files under the check).
  static StoreCheckReport check(const std::filesystem::path& dir);

  // O(1) in the store's size: counters kept in the meta column family (plus one
  // directory listing for bytes_on_disk).
  StoreStats stats() const;
  void set_lexicon_version(const std::string& version);

  // A hash of every key and value in every column family, in key order (meta excluded):
  // two stores with equal fingerprints hold the same documents, claims and index entries.
  std::string fingerprint() const;

 private:
  struct Impl;
  friend class Staging;  // store/store_impl.h: builds one batch against Impl
  friend class AggregateStaging;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg
