#pragma once
// A clean stop on SIGINT/SIGTERM for long-running writers (irkg ingest). The first signal
// only sets a flag: the command finishes the batch it is storing, says what was stored and
// exits 128 + the signal number (130 for SIGINT, 143 for SIGTERM), as a shell reports a
// process the signal killed. The handler then reverts to the default, so a second signal
// stops the process at once (the store is crash safe: one WriteBatch per batch).
namespace irkg::cli {

class StopSignals {
 public:
  StopSignals();   // installs the handlers
  ~StopSignals();  // restores the previous ones
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // The signal received so far, 0 when none.
  static int received();
  // 128 + the signal's number.
  static int exit_code() { return 128 + received(); }
};

// Thrown from a reader callback to stop reading inputs. Not a std::exception, so that no
// handler meant for a bad document or file swallows it.
struct StopRequested {};

}  // namespace irkg::cli
