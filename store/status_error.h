#pragma once
// What a failed RocksDB call means for the user, as the one line of a StoreError. The
// wording matters: "database is corrupt" sends a user to restore a backup, so a full disk
// or a read-only directory must never be reported that way (issue 19).
#include <rocksdb/status.h>

#include <filesystem>

#include "store/store.h"

namespace irkg {

enum class StoreStep {
  Open,   // opening the database: nothing of the store has been changed yet
  Write,  // committing a batch: that batch is lost, earlier ones are intact
  Read,   // a query
};

StoreError error_from_status(const rocksdb::Status& s, const std::filesystem::path& dir, StoreStep step);

// The status says a file could not be written or created for lack of space.
bool is_out_of_space(const rocksdb::Status& s);
// The status says the database directory or one of its files cannot be written.
bool is_read_only(const rocksdb::Status& s);

}  // namespace irkg
