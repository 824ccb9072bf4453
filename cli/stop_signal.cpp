#include "cli/stop_signal.h"

#include <signal.h>

#include <csignal>

namespace irkg::cli {
namespace {

volatile std::sig_atomic_t g_received = 0;
struct sigaction g_previous_int, g_previous_term;

extern "C" void on_stop_signal(int signal_number) { g_received = signal_number; }

void install(int signal_number, struct sigaction& previous) {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // SA_RESTART: reads and RocksDB's writes carry on rather than fail with EINTR mid-batch.
  // SA_RESETHAND: a second signal takes the default action and ends the process.
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(signal_number, &action, &previous);
  // A signal ignored by whoever started us (a shell's background job, nohup) stays ignored.
  if (previous.sa_handler == SIG_IGN) sigaction(signal_number, &previous, nullptr);
}

}  // namespace

StopSignals::StopSignals() {
  g_received = 0;
  install(SIGINT, g_previous_int);
  install(SIGTERM, g_previous_term);
}

StopSignals::~StopSignals() {
  sigaction(SIGINT, &g_previous_int, nullptr);
  sigaction(SIGTERM, &g_previous_term, nullptr);
}

int StopSignals::received() { return g_received; }

}  // namespace irkg::cli
